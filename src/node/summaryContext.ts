/**
 * What a summary needs besides the rating, read from a filled template (notes, rating date, officer) by defined
 * name, so `credit-rating sign` builds the same document the pane does.
 */
import type ExcelJS from "exceljs";
import type { CompiledModel } from "../model";
import { CLIENT_NAMES, noteName } from "./workbookNames";
import { cellInput, definedNames, parseCellRef } from "./xlsxWorkbook";

export interface WorkbookExtras {
  readonly notes: Record<string, string>;
  readonly ratedOn: string | null;
  readonly officer: string | null;
}

function valueOf(workbook: ExcelJS.Workbook, names: Map<string, string>, name: string): unknown {
  const ref = parseCellRef(names.get(name) ?? "");
  const sheet = ref ? workbook.getWorksheet(ref.sheet) : undefined;
  return ref && sheet ? cellInput(sheet.getCell(ref.address).value) : null;
}

/** Reads `note.J*`, `rating.date` and `rating.officer`; absent names read as empty. */
export function readWorkbookExtras(
  model: CompiledModel,
  workbook: ExcelJS.Workbook
): WorkbookExtras {
  const names = definedNames(workbook);
  const notes: Record<string, string> = {};
  for (const q of model.qualitative) {
    const v = valueOf(workbook, names, noteName(q.id));
    if (v !== null && v !== undefined && String(v).trim() !== "") notes[q.id] = String(v).trim();
  }
  const date = valueOf(workbook, names, CLIENT_NAMES.date);
  const ratedOn =
    date instanceof Date
      ? date.toISOString().slice(0, 10)
      : date === null || date === undefined || String(date).trim() === ""
        ? null
        : String(date).trim();
  const officer = valueOf(workbook, names, CLIENT_NAMES.officer);
  return {
    notes,
    ratedOn,
    officer: officer === null || officer === undefined ? null : String(officer).trim() || null,
  };
}
