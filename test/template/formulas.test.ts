/**
 * The template's RATING formulas, evaluated by a real formula engine (the add-in's functions in HyperFormula,
 * test/formulas/harness.ts) over each generated sample, give the same numbers as the `credit-rating` command —
 * every ratio, score, subtotal, total, grade, cap, approval route and next grade. Blanks reach the functions the
 * way desktop Excel passes them (as 0), so a missing "" pass-through would show here.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellValue, createFormulaEngine } from "../formulas/harness";
import { runCli, ROOT } from "../cli/runCli";
import { workbookSheets } from "./workbookSheets";

type Json = {
  file: string;
  status: string;
  ratios: Record<string, number | null>;
  scores: Record<string, string | null>;
  dimensions: Record<string, { score: string | null }>;
  total: string | null;
  modelGrade: string | null;
  grade: string | null;
  caps: string[];
  approvalLabel: string | null;
  nextGrade: { grade: string; pointsNeeded: string } | null;
};

const SAMPLES = path.join(ROOT, "templates/samples");
const ids = [
  "R01",
  "R02",
  "S01",
  "S02",
  "S03",
  "S04",
  "S05",
  "S06",
  "S07",
  "S08",
  "S09",
  "S10",
  "S11",
  "S12",
];
let byId: Map<string, Json>;

beforeAll(() => {
  const r = runCli(["rate", SAMPLES, "--format", "jsonl"]);
  byId = new Map(
    r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Json)
      .map((j) => [path.basename(j.file).slice(0, 3), j])
  );
  expect(byId.size).toBe(ids.length);
});

async function engineFor(id: string) {
  const file = [...byId.values()].find((j) => path.basename(j.file).startsWith(id))!.file;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const { sheets, names } = workbookSheets(wb);
  const hf = createFormulaEngine(sheets, names);
  const calc = sheets["评价计算表"];
  const rowOf = (x: string): number => calc.findIndex((row) => row[1] === x || row[2] === x) + 1;
  const at = (ref: string) => cellValue(hf, ref);
  const named = (name: string) => {
    const n = names.find((x) => x.name === name)!;
    return at(n.expression.slice(1).replace(/\$/g, ""));
  };
  return { at, rowOf, named };
}

const isError = (v: unknown): boolean => typeof v === "object" && v !== null;

describe.each(ids)("%s", (id) => {
  test("ratios, scores and subtotals match the command", async () => {
    const j = byId.get(id)!;
    const { at, rowOf } = await engineFor(id);
    for (const [q, score] of Object.entries(j.scores)) {
      const r = rowOf(q);
      expect(r).toBeGreaterThan(0);
      const got = at(`评价计算表!H${r}`);
      if (score === null) expect([q, isError(got)]).toEqual([q, true]);
      else expect([q, (got as number).toFixed(2)]).toEqual([q, score]);
      const ratio = j.ratios[q];
      if (ratio !== undefined) {
        const g = at(`评价计算表!G${r}`);
        if (ratio === null) expect([q, isError(g)]).toEqual([q, true]);
        else
          expect(Math.abs((g as number) - ratio)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(ratio))
          );
      }
    }
    for (const [d, v] of Object.entries(j.dimensions)) {
      const label = {
        economic: "经济实力",
        solvency: "偿债能力",
        efficiency: "财务效益",
        prospects: "发展前景",
        credit: "信誉状况",
        management: "管理水平",
      }[d]!;
      const got = at(`评价计算表!H${rowOf(`${label} 小计`)}`);
      if (v.score === null) expect(isError(got)).toBe(true);
      else expect((got as number).toFixed(2)).toBe(v.score);
    }
  });

  test("total, grades, caps, approval and next grade match the command", async () => {
    const j = byId.get(id)!;
    const { at, rowOf, named } = await engineFor(id);
    const total = named("result.total");
    if (j.total === null) expect(isError(total)).toBe(true);
    else expect((total as number).toFixed(2)).toBe(j.total);
    const grade = named("result.grade");
    if (j.grade === null) expect(isError(grade)).toBe(true);
    else expect(grade).toBe(j.grade);
    if (j.status === "rated") {
      expect(named("result.modelGrade")).toBe(j.modelGrade);
      expect(named("result.approval")).toBe(j.approvalLabel);
      for (const c of ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"])
        expect([c, at(`评价计算表!H${rowOf(c)}`)]).toEqual([c, j.caps.includes(c) ? "触发" : "—"]);
      expect(at(`评价计算表!D${rowOf("上一等级")}`)).toBe(j.nextGrade?.grade ?? "");
      expect((at(`评价计算表!D${rowOf("距上一等级还差（分）")}`) as number).toFixed(2)).toBe(
        j.nextGrade?.pointsNeeded ?? "0.00"
      );
    } else if (j.status === "unrated") {
      expect(named("result.approval")).toBe(j.approvalLabel);
    }
  });
});

test("标准值 follows the chosen 行业 (native INDEX/MATCH over the model's texts)", async () => {
  const industrial = await engineFor("S02");
  const commerce = await engineFor("S03");
  const q3 = (e: Awaited<ReturnType<typeof engineFor>>) => e.at(`评价计算表!E${e.rowOf("Q3")}`);
  expect(q3(industrial)).toBe("≤60%满分；≥90%得0分；其间按线性插值");
  expect(q3(commerce)).toBe("≤65%满分；≥90%得0分；其间按线性插值");
});
