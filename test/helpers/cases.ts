/** Loads the worked cases from ../shared/domain/cases (beside the project root). */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CaseFile } from "../../src/node/caseJson";

export const CASES_DIR = path.resolve(__dirname, "../../../shared/domain/cases");

export interface Expected {
  status: string;
  ratios?: Record<string, string | null>;
  scores?: Record<string, string>;
  total: string | null;
  modelGrade: string | null;
  grade: string | null;
  caps: string[] | null;
  approval: string | null;
  issues: [string, string][];
}

export type WorkedCase = CaseFile & { case: string; expected: Expected };

export function loadCases(): WorkedCase[] {
  return fs
    .readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(CASES_DIR, f), "utf8")) as WorkedCase);
}
