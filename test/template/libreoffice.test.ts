/**
 * The template opens in a real spreadsheet application: LibreOffice Calc converts it headless, and the labels,
 * the inputs, the defined names, the dropdowns and the hidden 计算数据 sheet come through; printed, it is A4.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { rateJson, ROOT } from "../cli/runCli";

const SETUP =
  "LibreOffice Calc (soffice) is missing: install it with `bash scripts/setup-debian.sh`";
const have = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const TEMPLATE = path.join(ROOT, "templates/cccb-corporate-2026.1.xlsx");
const SAMPLE = path.join(ROOT, "templates/samples/R01-real-brewer-2022.xlsx");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "cr-lo-"));

/** Converts with a private LibreOffice profile, so parallel runs never share one. */
function convert(file: string, to: string, outDir: string): string {
  if (!have("soffice")) throw new Error(SETUP);
  const profile = `file://${path.join(work, "profile")}`;
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  const out = path.join(outDir, `${path.basename(file, ".xlsx")}.${to.split(":")[0]}`);
  expect(fs.existsSync(out)).toBe(true);
  return out;
}

let lastOut = "";
async function throughCalc(file: string): Promise<ExcelJS.Workbook> {
  lastOut = convert(file, "xlsx", fs.mkdtempSync(path.join(work, "x-")));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(lastOut);
  return wb;
}

const names = (wb: ExcelJS.Workbook): Map<string, string> =>
  new Map(
    (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.map(
      (n) => [n.name, n.ranges[0]]
    )
  );

jest.setTimeout(240_000);

test("soffice is installed (the Debian setup step)", () => {
  expect([have("soffice"), SETUP]).toEqual([true, SETUP]);
});

test("the template's sheets, labels, names and dropdowns survive LibreOffice Calc", async () => {
  const wb = await throughCalc(TEMPLATE);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "基本信息",
    "资产负债表",
    "利润及现金流量",
    "评价计算表",
    "定性评价",
    "计算数据",
  ]);
  expect(wb.getWorksheet("计算数据")!.state).not.toBe("visible");
  const info = wb.getWorksheet("基本信息")!;
  expect(info.getCell("A7").text).toBe("报表单位 *");
  expect(info.getCell("B12").text).toBe("cccb-corporate");
  expect(info.getCell("B7").dataValidation).toMatchObject({ type: "list" });
  expect(wb.getWorksheet("资产负债表")!.getCell("A4").text).toBe("资产总计");
  expect(wb.getWorksheet("评价计算表")!.getCell("C4").text).toBe("实有净资产");
  const n = names(wb);
  expect(n.get("cur.total_assets")).toMatch(/资产负债表'?!\$C\$4$/);
  expect(n.get("answer.J1")).toMatch(/定性评价'?!\$D\$4$/);
  expect(n.get("statement.unit")).toMatch(/基本信息'?!\$B\$7$/);
});

test("a filled sample's inputs come through LibreOffice Calc unchanged", async () => {
  const wb = await throughCalc(SAMPLE);
  const bs = wb.getWorksheet("资产负债表")!;
  expect(bs.getCell("C4").value).toBe(50311699796);
  expect(bs.getCell("D4").value).toBe(46563004491);
  expect(wb.getWorksheet("基本信息")!.getCell("B4").text).toBe("青岛啤酒");
  expect(wb.getWorksheet("基本信息")!.getCell("B7").text).toBe("元");
  expect(wb.getWorksheet("定性评价")!.getCell("D4").text).toBe("a. 国家鼓励发展、市场前景广阔");
  // And the command reads the file LibreOffice saved just as it reads the original.
  const a = rateJson([SAMPLE]).json as Record<string, unknown>;
  const b = rateJson([lastOut]).json as Record<string, unknown>;
  for (const k of ["status", "scores", "ratios", "total", "grade", "caps", "approval"])
    expect([k, b[k]]).toEqual([k, a[k]]);
});

test("printed through LibreOffice, every page is A4", () => {
  if (!have("pdfinfo"))
    throw new Error(
      "pdfinfo (poppler-utils) is missing: install it with `bash scripts/setup-debian.sh`"
    );
  const pdf = convert(TEMPLATE, "pdf", fs.mkdtempSync(path.join(work, "p-")));
  const info = execFileSync("pdfinfo", ["-l", "99", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
    [Math.round(+m[1]), Math.round(+m[2])].sort((a, b) => a - b)
  );
  expect(sizes.length).toBeGreaterThanOrEqual(5);
  for (const s of sizes) expect(s).toEqual([595, 842]);
});
