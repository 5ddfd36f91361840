/**
 * The signed summary inside an .xlsx (CONTRACTS §1: hidden sheet `_summary`, column A chunks) through exceljs.
 * The chunking itself is `src/summary/store.ts`; this only moves cells.
 */
import ExcelJS from "exceljs";
import { SUMMARY_SHEET, decodeSummaryStore, encodeSummaryStore } from "../summary";
import { openWorkbook } from "./xlsxWorkbook";

/** @returns the stored summary JSON text, or why there is none. */
export async function readSummaryFromXlsx(
  file: string
): Promise<{ ok: true; json: string } | { ok: false; reason: string }> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return { ok: false, reason: opened.problem.message.zh };
  return readSummaryFromWorkbook(opened.workbook);
}

export function readSummaryFromWorkbook(
  workbook: ExcelJS.Workbook
): { ok: true; json: string } | { ok: false; reason: string } {
  const sheet = workbook.getWorksheet(SUMMARY_SHEET);
  if (!sheet)
    return { ok: false, reason: `工作簿中没有 ${SUMMARY_SHEET} 表：尚未保存签名评级摘要` };
  const cells: unknown[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const v = sheet.getCell(r, 1).value;
    cells.push(typeof v === "object" && v !== null && "richText" in v ? richText(v) : v);
  }
  return decodeSummaryStore(cells);
}

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((t) => t.text).join("");
}

/** Writes the summary into `_summary` (veryHidden), replacing what was there. */
export function writeSummaryToWorkbook(workbook: ExcelJS.Workbook, json: string): void {
  const old = workbook.getWorksheet(SUMMARY_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { state: "veryHidden" });
  encodeSummaryStore(json).forEach((v, i) => {
    sheet.getCell(i + 1, 1).value = v;
  });
}

/** Opens `file`, stores the summary and saves to `out` (may be the same file). */
export async function writeSummaryToXlsx(
  file: string,
  json: string,
  out: string
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const opened = await openWorkbook(file);
  if (!opened.ok) return { ok: false, reason: opened.problem.message.zh };
  writeSummaryToWorkbook(opened.workbook, json);
  await opened.workbook.xlsx.writeFile(out);
  return { ok: true };
}
