/**
 * A bank's own sheet (the status-quo scorecard: native formulas, no defined names) is refused with a clear
 * message; once its cells are bound by defined names — as the task pane binds them, client type as a constant name
 * — the command rates it exactly like the worked case it holds (S02).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CASES_DIR } from "../helpers/cases";
import { tmpDir } from "./mutate";
import { rateJson, ROOT, runCli } from "./runCli";

const SHEET = path.resolve(ROOT, "../shared/domain/real-sheets/status-quo-scorecard-S02.xlsx");

test("without defined names: NOT_TEMPLATE, pointing at check-template", () => {
  const r = rateJson([SHEET]);
  expect(r.code).toBe(1);
  expect(r.json).toMatchObject({ status: "unreadable", problems: [{ code: "NOT_TEMPLATE" }] });
  expect((r.json as { problems: { message: string }[] }).problems[0].message).toContain(
    "check-template"
  );
});

async function bindLikeThePane(j2?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SHEET);
  const fs1 = wb.getWorksheet("财务报表")!;
  const add = (name: string, sheet: string, addr: string) =>
    wb.definedNames.add(`'${sheet}'!$${addr.replace(/(\d+)$/, "$$$1")}`, name);
  add("client.name", "财务报表", "B2");
  add("client.industry", "财务报表", "B3");
  add("statement.unit", "财务报表", "B4");
  fs1.eachRow((row, r) => {
    const id = row.getCell(2).value;
    if (r < 7 || typeof id !== "string") return;
    add(`cur.${id}`, "财务报表", `C${r}`);
    add(`pri.${id}`, "财务报表", `D${r}`);
  });
  for (let j = 1; j <= 7; j++) add(`answer.J${j}`, "定性评价", `C${j + 2}`);
  if (j2) wb.getWorksheet("定性评价")!.getCell("C4").value = j2;
  // The sheet has no cell for the client type: the pane binds it as a constant name, which exceljs cannot write.
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    xml.replace(
      "</definedNames>",
      '<definedName name="client.type">"企业"</definedName></definedNames>'
    )
  );
  const file = path.join(tmpDir(), "bound-S02.xlsx");
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

test("an answer that is not an anchor of the model is never guessed: named, with its cell", async () => {
  const r = rateJson([await bindLikeThePane("按期还本付息")]);
  expect(r.code).toBe(1);
  expect((r.json as { issues: unknown[] }).issues).toEqual([
    expect.objectContaining({ code: "MISSING_ANSWER", subject: "J2", cell: "定性评价!C4" }),
  ]);
});

test("bound by defined names (one of them a constant), it rates like case S02", async () => {
  // The sheet words its answers as the standard's anchors, so they read as they are.
  const file = await bindLikeThePane();
  const bound = rateJson([file]).json as Record<string, unknown> & {
    issues: { cell?: string }[];
    fileWarnings: { code: string }[];
  };
  const c = rateJson([path.join(CASES_DIR, "S02-mid-industrial.json")]).json as Record<
    string,
    unknown
  >;
  for (const k of [
    "status",
    "ratios",
    "scores",
    "total",
    "modelGrade",
    "grade",
    "caps",
    "approval",
  ])
    expect([k, bound[k]]).toEqual([k, c[k]]);
  expect(bound.grade).toBe("BBB");
  expect(bound.fileWarnings.map((w) => w.code)).toEqual(["MODEL_NOT_RECORDED"]);
});

test("check-template sees the bindings, the constant included, and that no model is recorded", async () => {
  const file = await bindLikeThePane("a");
  const r = runCli(["check-template", file, "--format", "json"]);
  const report = JSON.parse(r.stdout) as {
    bindings: { name: string; cell: string | null }[];
    modelMatches: boolean;
  };
  expect(r.code).toBe(1);
  expect(report.bindings.find((b) => b.name === "client.type")!.cell).toBe('常量 "企业"');
  expect(report.bindings.find((b) => b.name === "cur.total_assets")!.cell).toBe("财务报表!C7");
  expect(report.modelMatches).toBe(false);
});
