/**
 * The preview's Node step: an .xlsx (read with exceljs, which stays Node-only) → the in-memory workbook JSON the
 * pane's MemoryWorkbookPort works on. Values only: a formula cell keeps its cached result and its formula text.
 */
import ExcelJS from "exceljs";
import {
  MEMORY_WORKBOOK_FORMAT,
  type MemorySheet,
  type MemoryWorkbook,
  type SheetVisibility,
} from "../../src/excel/memoryWorkbook";
import { colLetters, parseAddress } from "../../src/excel/address";
import type { CellValue } from "../../src/excel/types";

export interface ConvertOptions {
  /** Blank the cells behind `answer.*` and `note.*`, so the qualitative step starts empty. */
  clearAnswers?: boolean;
}

function toValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return v.error;
    if ("text" in v && typeof v.text === "string") return v.text; // hyperlink
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as { result?: ExcelJS.CellValue }).result;
      return r === undefined ? null : toValue(r);
    }
  }
  return String(v);
}

const VISIBILITY: Record<string, SheetVisibility> = {
  visible: "visible",
  hidden: "hidden",
  veryHidden: "veryHidden",
};

/** Converts a loaded exceljs workbook. */
export function workbookToMemory(
  wb: ExcelJS.Workbook,
  name: string,
  opts: ConvertOptions = {}
): MemoryWorkbook {
  const sheets: MemorySheet[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, CellValue> = {};
    const formulas: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged range shows its value once, in its top-left cell.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = toValue(cell.value);
        if (v !== null && v !== "") cells[cell.address] = v;
        if (cell.formula) formulas[cell.address] = cell.formula;
      })
    );
    sheets.push({ name: ws.name, visibility: VISIBILITY[ws.state] ?? "visible", cells, formulas });
  });
  const names: MemoryWorkbook["names"] = [];
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (n.ranges.length !== 1) continue;
    names.push({ name: n.name, ref: n.ranges[0] });
  }
  if (opts.clearAnswers)
    for (const n of names) {
      if (!/^(answer|note)\./.test(n.name) || !n.ref) continue;
      const ref = parseAddress(n.ref);
      const sheet = sheets.find((s) => s.name === ref?.sheet);
      if (!sheet || !ref) continue;
      delete sheet.cells[`${colLetters(ref.col)}${ref.row}`];
    }
  return { format: MEMORY_WORKBOOK_FORMAT, name, sheets, names };
}

/** Reads an .xlsx file into the in-memory workbook. */
export async function xlsxToMemory(
  file: string,
  opts: ConvertOptions = {}
): Promise<MemoryWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return workbookToMemory(wb, file.split(/[\\/]/).pop() ?? file, opts);
}
