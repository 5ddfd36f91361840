/**
 * The template writer's toolkit: input cells (styled, named, filled for samples), formula cells (with the cached
 * result a sample stores, so a sample shows values wherever it is opened), styles, number formats, A4 print setup.
 */
import type ExcelJS from "exceljs";
import type { RatingInput, RatingResult } from "../../engine";
import type { CompiledModel } from "../../model";

/** What a sample is filled with: the client's input and the engine's result for it. */
export interface FillData {
  readonly input: RatingInput;
  readonly result: RatingResult;
}

/** A cached formula result: a value, or an error shown as in Excel. */
export type Cached = number | string | { error: "#N/A" | "#VALUE!" };

export const NA: Cached = { error: "#N/A" };

export const FMT = {
  amount: "#,##0.00",
  score: "0.00",
  ratio: "0.00%",
  times: "0.00",
  date: "yyyy-mm-dd",
} as const;

const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFF8DC" },
};
const HEAD_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDE7F3" },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Quotes a sheet name for a formula (`'计算数据'`): Excel accepts it always, other engines need it. */
export const q = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
/** An absolute reference `'Sheet'!$C$5`. */
export const abs = (sheet: string, address: string): string =>
  `${q(sheet)}!${address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`;

export class TemplateWriter {
  readonly names: { name: string; sheet: string; address: string }[] = [];
  /** A sample's input values by absolute reference (`'资产负债表'!$C$5`), for cached results. */
  readonly values = new Map<string, unknown>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly model: CompiledModel,
    readonly fill: FillData | undefined
  ) {}

  /** A sheet with A4 print setup (fit to one page wide) and a frozen header. */
  sheet(name: string, widths: number[], landscape = false): ExcelJS.Worksheet {
    // Sheets are created up front in display order; each writer then sets its own up.
    const ws = this.workbook.getWorksheet(name) ?? this.workbook.addWorksheet(name);
    Object.assign(ws.pageSetup, {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    ws.headerFooter.oddFooter = `&L${name}&R第 &P 页，共 &N 页`;
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    return ws;
  }

  /** A title row merged across `span` columns. */
  title(ws: ExcelJS.Worksheet, text: string, span: number, row = 1): void {
    ws.mergeCells(row, 1, row, span);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { bold: true, size: 14 };
    c.alignment = { horizontal: "center" };
  }

  /** A header row of bold, shaded, bordered cells. */
  header(ws: ExcelJS.Worksheet, row: number, labels: string[]): void {
    labels.forEach((l, i) => {
      const c = ws.getCell(row, i + 1);
      c.value = l;
      c.font = { bold: true };
      c.fill = HEAD_FILL;
      c.border = THIN;
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
  }

  /** Static text or number in a bordered cell. */
  text(ws: ExcelJS.Worksheet, address: string, value: string | number, numFmt?: string): void {
    const c = ws.getCell(address);
    c.value = value;
    c.border = THIN;
    c.alignment = { vertical: "middle", wrapText: typeof value === "string" };
    if (numFmt) c.numFmt = numFmt;
  }

  /** Records a workbook-scope defined name for one cell. */
  name(name: string, ws: ExcelJS.Worksheet, address: string): void {
    this.names.push({ name, sheet: ws.name, address });
  }

  /** An input cell: shaded, unlocked, named; filled with `value` for a sample (null/undefined stays blank). */
  input(
    ws: ExcelJS.Worksheet,
    address: string,
    name: string,
    value: unknown,
    numFmt?: string
  ): void {
    const c = ws.getCell(address);
    c.fill = INPUT_FILL;
    c.border = THIN;
    c.protection = { locked: false };
    if (numFmt) c.numFmt = numFmt;
    if (this.fill && value !== null && value !== undefined && value !== "") {
      c.value = value as ExcelJS.CellValue;
      this.values.set(abs(ws.name, address), value);
    }
    this.name(name, ws, address);
  }

  /** A formula cell; a sample also stores the result the engine gives (`cached`). */
  formula(
    ws: ExcelJS.Worksheet,
    address: string,
    formula: string,
    cached: () => Cached,
    numFmt?: string
  ): void {
    const c = ws.getCell(address);
    c.value = (this.fill ? { formula, result: cached() } : { formula }) as ExcelJS.CellFormulaValue;
    c.border = THIN;
    // Text results (标准值, reasons, answers) wrap; numbers keep one line.
    c.alignment = { vertical: "middle", wrapText: !numFmt };
    if (numFmt) c.numFmt = numFmt;
  }
}
