/**
 * Opening a workbook with exceljs and finding cells by defined name. The one place (with the template writer) that
 * touches exceljs; problems come back as data.
 */
import ExcelJS from "exceljs";
import { sniffFile } from "./fileKind";
import { problem, type FileProblem } from "./fileProblem";

/** A defined name resolved to one cell. */
export interface NamedCell {
  readonly sheet: string;
  readonly address: string;
  /** `资产负债表!C5`, as messages show it. */
  readonly ref: string;
}

/** Opens an .xlsx file; a corrupt or encrypted file or an .xls comes back as a problem. */
export async function openWorkbook(
  file: string
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; problem: FileProblem }> {
  const kind = sniffFile(file);
  if ("problem" in kind) return { ok: false, problem: kind.problem };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    const why = (e as Error).message;
    return {
      ok: false,
      problem: problem(
        "CORRUPT",
        `${file} 已损坏，无法作为 .xlsx 打开（${why}）`,
        `${file} is corrupt and cannot be opened as .xlsx (${why})`
      ),
    };
  }
  return { ok: true, workbook };
}

const RANGE = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)$/;

/** Parses `'资产负债表'!$C$5` (quoted or not) into sheet and address; null for ranges and broken references. */
export function parseCellRef(range: string): NamedCell | null {
  const m = RANGE.exec(range.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const address = `${m[3]}${m[4]}`;
  return { sheet, address, ref: `${sheet}!${address}` };
}

/** Every workbook-scope defined name, with its first range as written (`#REF!` stays visible). */
export function definedNames(workbook: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model;
  for (const n of model ?? []) out.set(n.name, n.ranges[0] ?? "");
  return out;
}

/**
 * A cell's content as a rating input: numbers stay numbers, text stays text (the engine reads it per §4), an
 * error value becomes its text (`#DIV/0!`), a formula gives its cached result, and an empty cell is null.
 */
export function cellInput(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const r = (value as { result?: ExcelJS.CellValue }).result;
    return r === undefined ? null : cellInput(r);
  }
  if ("text" in value) return (value as { text: unknown }).text;
  return null;
}
