/**
 * The in-memory workbook: the JSON form the preview serves (made from an .xlsx by a Node step) and
 * `MemoryWorkbookPort` works on. Cells hold values only; a formula cell keeps its formula text and the value the
 * file had cached — there is no formula engine here: the pane computes with the rating engine.
 */
import type { CellValue } from "./types";

export const MEMORY_WORKBOOK_FORMAT = "memory-workbook/1";

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface MemorySheet {
  readonly name: string;
  visibility: SheetVisibility;
  /** Value by A1 address (`C5`); blanks are absent. */
  cells: Record<string, CellValue>;
  /** Formula text by A1 address, for display only. */
  formulas?: Record<string, string>;
}

/** A defined name: a cell reference (`'Sheet'!$C$5`) or a constant. */
export interface MemoryName {
  readonly name: string;
  ref?: string;
  value?: CellValue;
}

export interface MemoryWorkbook {
  readonly format: typeof MEMORY_WORKBOOK_FORMAT;
  name: string;
  sheets: MemorySheet[];
  names: MemoryName[];
  /** The selected cell, `Sheet!C5`. */
  selection?: string;
}

/** Checks the shape of a parsed JSON document; returns an error message or null. */
export function memoryWorkbookError(x: unknown): string | null {
  const w = x as Partial<MemoryWorkbook> | null;
  if (!w || typeof w !== "object") return "not an object";
  if (w.format !== MEMORY_WORKBOOK_FORMAT) return `format is not ${MEMORY_WORKBOOK_FORMAT}`;
  if (!Array.isArray(w.sheets) || !Array.isArray(w.names)) return "sheets and names must be arrays";
  return null;
}

/** One change applied to a memory workbook; the preview sends these to its server so a reload keeps them. */
export type MemoryChange =
  | { kind: "cells"; sheet: string; cells: Record<string, CellValue> }
  | { kind: "sheet"; sheet: string; visibility: SheetVisibility }
  | { kind: "name"; name: string; ref: string }
  | { kind: "name"; name: string; value: CellValue }
  | { kind: "select"; address: string };

/** Applies a change in place; shared by the browser port and the preview server. */
export function applyChange(wb: MemoryWorkbook, c: MemoryChange): void {
  if (c.kind === "select") {
    wb.selection = c.address;
    return;
  }
  if (c.kind === "name") {
    wb.names = wb.names.filter((n) => n.name !== c.name);
    wb.names.push("ref" in c ? { name: c.name, ref: c.ref } : { name: c.name, value: c.value });
    return;
  }
  let sheet = wb.sheets.find((s) => s.name === c.sheet);
  if (!sheet) {
    sheet = { name: c.sheet, visibility: "visible", cells: {} };
    wb.sheets.push(sheet);
  }
  if (c.kind === "sheet") sheet.visibility = c.visibility;
  else
    for (const [a1, v] of Object.entries(c.cells)) {
      if (v === null || v === "") delete sheet.cells[a1];
      else sheet.cells[a1] = v;
    }
}
