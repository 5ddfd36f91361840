/** `credit-rating check-template`: bindings, model version, protected RATING sheets, `_xldudf_` formulas. */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { mutated, removeName, SAMPLE } from "./mutate";
import { ROOT, runCli } from "./runCli";

type Report = {
  ok: boolean;
  bindings: { name: string; cell: string | null; required: boolean }[];
  model: { id: string; version: string };
  modelMatches: boolean;
  ratingFormulas: { sheet: string; count: number; protected: boolean }[];
  corrupted: { cell: string; formula: string }[];
  definedNameCount: number;
};

const check = (file: string) => {
  const r = runCli(["check-template", file, "--format", "json"]);
  return { code: r.code, report: JSON.parse(r.stdout) as Report };
};

test("the generated template binds every line item in both periods and records its model", () => {
  const { code, report } = check(path.join(ROOT, "templates/cccb-corporate-2026.1.xlsx"));
  expect(code).toBe(0);
  expect(report.ok).toBe(true);
  expect(report.bindings.find((b) => b.name === "cur.total_assets")!.cell).toBe("资产负债表!C4");
  expect(report.bindings.find((b) => b.name === "pri.operating_cash_flow")!.cell).toMatch(
    /^利润及现金流量!D\d+$/
  );
  expect(report.bindings.filter((b) => !b.cell)).toEqual([]);
  expect(report.model).toMatchObject({ id: "cccb-corporate", version: "2026.1" });
  expect(report.ratingFormulas.map((f) => f.sheet).sort()).toEqual(["定性评价", "评价计算表"]);
  const text = runCli([
    "check-template",
    path.join(ROOT, "templates/cccb-corporate-2026.1.xlsx"),
  ]).stdout;
  expect(text).toContain("缺少 0 项");
  expect(text).toContain("结论：可以使用");
});

test("a bank's own form without defined names gets a clear report", () => {
  const form = path.resolve(ROOT, "../shared/domain/real-sheets/bank-statement-form-PB0005.xlsx");
  const { code, report } = check(form);
  expect(code).toBe(1);
  expect(report.definedNameCount).toBe(0);
  expect(report.bindings.every((b) => b.cell === null)).toBe(true);
  const text = runCli(["check-template", form]).stdout;
  expect(text).toContain("没有任何定义名称");
  expect(text).toContain("模型：（未记录），与当前模型不一致或未记录");
  expect(text).toMatch(/✗ cur\.total_assets\s+本年资产总计（必需）：没有此定义名称/);
});

test("missing names, protected RATING sheets and _xldudf_ formulas are each reported", async () => {
  let corruptCell = "";
  const f = await mutated("R01", (wb: ExcelJS.Workbook) => {
    removeName(wb, "pri.inventory");
    const ws = wb.getWorksheet("评价计算表")!;
    (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true };
    const h = ws.getCell("H4");
    const v = h.value as { formula: string; result: number };
    h.value = {
      formula: v.formula.replace("RATING.SCORE", "_xldudf_RATING_SCORE"),
      result: v.result,
    } as never;
    corruptCell = "评价计算表!H4";
  });
  const { code, report } = check(f);
  expect(code).toBe(1);
  expect(report.bindings.find((b) => b.name === "pri.inventory")).toMatchObject({
    cell: null,
    required: true,
  });
  expect(report.ratingFormulas.find((x) => x.sheet === "评价计算表")!.protected).toBe(true);
  expect(report.corrupted).toEqual([expect.objectContaining({ cell: corruptCell })]);
  const text = runCli(["check-template", f]).stdout;
  expect(text).toContain("工作表受保护");
  expect(text).toContain("_xldudf_");
});

test("unreadable files and usage errors", () => {
  const xls = path.resolve(ROOT, "../shared/domain/real-sheets/bank-statement-form-PB0001.xls");
  const r = runCli(["check-template", xls]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("soffice --headless --convert-to xlsx");
  expect(runCli(["check-template"]).code).toBe(2);
  expect(runCli(["check-template", SAMPLE("R01"), "--format", "yaml"]).code).toBe(2);
});
