/**
 * Where the generated template and samples live, and how each is produced — shared by the generator script and
 * the test that fails when the committed files are stale.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import type { CompiledModel } from "../../model";
import { caseToInput, type CaseFile } from "../caseJson";
import { buildTemplate } from "./build";

/** `templates/cccb-corporate-2026.1.xlsx` for the default model. */
export const templateFileName = (model: CompiledModel): string =>
  `${model.doc.modelId}-${model.doc.modelVersion}.xlsx`;

/** One file to generate: its path under `templates/` and how to build it. */
export interface GeneratedFile {
  readonly file: string;
  readonly build: () => ExcelJS.Workbook;
}

/**
 * The template and one sample per worked case (`samples/<case>.xlsx`).
 * @param casesDir the worked cases, normally ../shared/domain/cases.
 */
export function generatedFiles(model: CompiledModel, casesDir: string): GeneratedFile[] {
  const out: GeneratedFile[] = [
    { file: templateFileName(model), build: () => buildTemplate(model) },
  ];
  for (const f of fs
    .readdirSync(casesDir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const c = JSON.parse(fs.readFileSync(path.join(casesDir, f), "utf8")) as CaseFile;
    const name = c.case ?? path.basename(f, ".json");
    out.push({ file: `samples/${name}.xlsx`, build: () => buildTemplate(model, caseToInput(c)) });
  }
  return out;
}
