/**
 * Every shared case rates identically through the command from its .json file, from a CSV row, and from its
 * generated .xlsx sample — every field of the cases README, plus dimensions, notes and warnings.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CASES_DIR, loadCases } from "../helpers/cases";
import { rateJson, ROOT } from "./runCli";

type Rec = Record<string, unknown> & { issues?: { code: string; subject: string }[] };

const cases = loadCases();
const ITEMS = [...new Set(cases.flatMap((c) => Object.keys(c.statements.cur ?? {})))];
const J = ["J1", "J2", "J3", "J4", "J5", "J6", "J7"];

/** One CSV with a row per case: client fields, unit, cur./pri. items, J1…J7. */
function casesCsv(): string {
  const cols = [
    "client.name",
    "client.industry",
    "client.type",
    "unit",
    ...ITEMS.flatMap((i) => [`cur.${i}`, `pri.${i}`]),
    ...J,
  ];
  const esc = (v: unknown): string => {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = cases.map((c) =>
    [
      c.client.name,
      c.client.industry,
      c.client.type,
      c.unit,
      ...ITEMS.flatMap((i) => [c.statements.cur?.[i], c.statements.pri?.[i]]),
      ...J.map((j) => c.qualitative?.[j]),
    ]
      .map(esc)
      .join(",")
  );
  return [cols.join(","), ...rows].join("\r\n") + "\r\n";
}

/** The parts that must agree; issue messages differ only in the cell they name. */
const comparable = (r: Rec) => ({
  status: r.status,
  client: r.client,
  scorecard: r.scorecard,
  unit: r.unit,
  ratios: r.ratios,
  scores: r.scores,
  answers: r.answers,
  dimensions: r.dimensions,
  total: r.total,
  modelGrade: r.modelGrade,
  caps: r.caps,
  capReasons: r.capReasons,
  grade: r.grade,
  approval: r.approval,
  nextGrade: r.nextGrade,
  issues: (r.issues ?? []).map((i) => [i.code, i.subject]),
  warnings: r.warnings,
  notes: r.notes,
});

let csvResults: Rec[];
let xlsxResults: Rec[];
let jsonResults: Rec[];

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cr-csv-"));
  const csv = path.join(dir, "cases.csv");
  fs.writeFileSync(csv, casesCsv());
  csvResults = rateJson([csv]).json as Rec[];
  xlsxResults = rateJson([path.join(ROOT, "templates/samples")]).json as Rec[];
  jsonResults = rateJson(cases.map((c) => path.join(CASES_DIR, `${c.case}.json`))).json as Rec[];
});

test("each route rated every case", () => {
  expect(csvResults).toHaveLength(cases.length);
  expect(xlsxResults).toHaveLength(cases.length);
  expect(jsonResults).toHaveLength(cases.length);
  expect(csvResults.map((r) => r.row)).toEqual(cases.map((_, i) => i + 2));
});

describe.each(cases.map((c, i) => [c.case, i] as const))("%s", (_name, i) => {
  test(".json, .csv and .xlsx give the same result", () => {
    const j = comparable(jsonResults[i]);
    expect(j.status).toBe(cases[i].expected.status);
    expect(comparable(csvResults[i])).toEqual(j);
    expect(comparable(xlsxResults[i])).toEqual(j);
  });

  test("issues name the cell they come from in .csv and .xlsx", () => {
    for (const r of [csvResults[i], xlsxResults[i]])
      for (const issue of (r.issues ?? []) as { code: string; cell?: string }[])
        if (["MISSING_INPUT", "MISSING_ANSWER", "NEGATIVE_INPUT"].includes(issue.code))
          expect(issue.cell).toMatch(/^(cases\.csv|资产负债表|利润及现金流量|定性评价)![A-Z]+\d+$/);
  });
});
