/**
 * Bad input is answered, never crashed on: each case is a defined outcome (exit 1, status "unreadable" or
 * "incomplete") with a message naming the field and the cell.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { mutated, namedCell, removeName, SAMPLE, tmpDir } from "./mutate";
import { rateJson, ROOT, runCli } from "./runCli";

type Problem = { code: string; message: string; cell?: string; name?: string };
type Out = { status: string; problems?: Problem[]; issues?: Problem[]; grade: string | null };

const one = (args: string[]): { code: number | null; out: Out } => {
  const r = rateJson(args);
  return { code: r.code, out: r.json as Out };
};

const REAL = path.resolve(ROOT, "../shared/domain/real-sheets");

test(".xls is refused with the command that converts it", () => {
  const { code, out } = one([path.join(REAL, "bank-statement-form-PB0001.xls")]);
  expect(code).toBe(1);
  expect(out.status).toBe("unreadable");
  expect(out.problems![0].code).toBe("XLS_FORMAT");
  expect(out.problems![0].message).toContain("soffice --headless --convert-to xlsx");
});

test("a password-protected workbook is recognised as such", () => {
  // Made from the S01 sample with officecrypto-tool 0.0.19 (ECMA-376 agile encryption, password "secret").
  const { code, out } = one([path.join(__dirname, "fixtures/password-protected.xlsx")]);
  expect(code).toBe(1);
  expect(out.problems![0].code).toBe("ENCRYPTED");
  expect(out.problems![0].message).toContain("受密码保护");
});

test("a corrupt .xlsx (truncated) and a non-workbook named .xlsx are reported, not thrown", () => {
  const dir = tmpDir();
  const truncated = path.join(dir, "truncated.xlsx");
  fs.writeFileSync(truncated, fs.readFileSync(SAMPLE("R01")).subarray(0, 4000));
  const text = path.join(dir, "notes.xlsx");
  fs.writeFileSync(text, "这不是工作簿");
  for (const f of [truncated, text]) {
    const { code, out } = one([f]);
    expect(code).toBe(1);
    expect(out.problems![0].code).toBe("CORRUPT");
    expect(out.problems![0].message).toContain(f);
  }
});

test("a missing file, an unsupported type and a model document given as data", () => {
  expect(one(["no-such-file.xlsx"]).out.problems![0].code).toBe("NOT_FOUND");
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, "a.txt"), "x");
  expect(one([path.join(dir, "a.txt")]).out.problems![0].code).toBe("UNSUPPORTED_TYPE");
  const model = one([path.join(ROOT, "src/model/default/cccb-corporate-2026.1.json")]);
  expect(model.out.problems![0].code).toBe("MODEL_FILE");
  expect(model.out.problems![0].message).toContain("--model");
});

test("a missing sheet names the sheet, the defined names and the cells that lived there", async () => {
  const f = await mutated("R01", (wb) => wb.removeWorksheet(wb.getWorksheet("利润及现金流量")!.id));
  const { code, out } = one([f]);
  expect(code).toBe(1);
  const p = out.problems!.find((x) => x.name === "cur.revenue")!;
  expect(p.code).toBe("MISSING_SHEET");
  expect(p.message).toContain("利润及现金流量");
  expect(p.cell).toMatch(/^利润及现金流量!C\d+$/);
});

test("a missing defined name is named, with what it holds", async () => {
  const f = await mutated("R01", (wb) => removeName(wb, "cur.total_assets"));
  const { code, out } = one([f]);
  expect(code).toBe(1);
  expect(out.problems).toEqual([
    expect.objectContaining({ code: "MISSING_NAME", name: "cur.total_assets" }),
  ]);
  expect(out.problems![0].message).toContain("本年资产总计");
});

test("text in number cells follows §4: certain numbers are read, others name the cell and the text", async () => {
  let taCell = "";
  let invCell = "";
  const f = await mutated("S02", (wb) => {
    const ta = namedCell(wb, "cur.total_assets");
    ta.value = "42,000"; // thousands separator: read as 42000
    const inv = namedCell(wb, "pri.inventory");
    inv.value = "12%"; // not a number
    const ocf = namedCell(wb, "cur.operating_cash_flow");
    ocf.value = "（１，９００）"; // full-width digits and an accounting negative: -1900
    taCell = `${ta.worksheet.name}!${ta.address}`;
    invCell = `${inv.worksheet.name}!${inv.address}`;
  });
  const { code, out } = one([f]);
  expect(code).toBe(1);
  expect(out.status).toBe("incomplete");
  expect(out.issues).toEqual([
    expect.objectContaining({ code: "MISSING_INPUT", subject: "pri.inventory", cell: invCell }),
  ]);
  expect(out.issues![0].message).toContain("“12%”");
  expect(out.issues![0].message).toContain(invCell);
  expect(taCell).toBe("资产负债表!C4");
});

test("a blank unit is MISSING_UNIT at its cell; a workbook for another model is refused", async () => {
  const noUnit = await mutated("S01", (wb) => (namedCell(wb, "statement.unit").value = null));
  const a = one([noUnit]).out;
  expect(a.issues).toEqual([
    expect.objectContaining({ code: "MISSING_UNIT", cell: "基本信息!B7" }),
  ]);
  const other = await mutated("S01", (wb) => (namedCell(wb, "model.version").value = "2027.1"));
  const b = one([other]);
  expect(b.code).toBe(1);
  expect(b.out.problems![0].code).toBe("MODEL_MISMATCH");
  expect(b.out.problems![0].message).toContain("cccb-corporate 2027.1");
  expect(b.out.problems![0].message).toContain("--model");
});

test("a blank industry or client type names its cell", async () => {
  const f = await mutated("S02", (wb) => (namedCell(wb, "client.industry").value = null));
  const { code, out } = one([f]);
  expect(code).toBe(1);
  expect(out.issues).toEqual([
    expect.objectContaining({
      code: "UNKNOWN_INDUSTRY",
      cell: "基本信息!B5",
      message: "缺少行业（单元格 基本信息!B5）",
    }),
  ]);
});

test("a CSV without a header row says so", () => {
  const dir = tmpDir();
  const f = path.join(dir, "no-header.csv");
  fs.writeFileSync(f, "青岛啤酒,工业,企业,元,1,2\n");
  const { code, out } = one([f]);
  expect(code).toBe(1);
  expect(out.problems![0].code).toBe("CSV_NO_COLUMNS");
});

test("usage errors exit 2", () => {
  expect(runCli(["rate"]).code).toBe(2);
  expect(runCli(["rate", SAMPLE("R01"), "--format", "xml"]).code).toBe(2);
  expect(runCli(["rate", SAMPLE("R01"), "--bogus"]).code).toBe(2);
  expect(runCli(["frobnicate"]).code).toBe(2);
});
