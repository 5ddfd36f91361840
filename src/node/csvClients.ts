/**
 * One client per CSV row: client fields, line items as `cur.total_assets`, `pri.total_assets`…, `unit`, answers
 * `J1`…`J7`. Values stay text as found; the engine reads them per §4 of the standard and names the cell.
 */
import type { RatingInput } from "../engine";
import type { CompiledModel } from "../model";
import { PERIODS } from "../model/types";

/** Which input each column feeds; unknown columns are listed so the command can say so. */
export interface CsvHeader {
  readonly columns: readonly (ColumnTarget | null)[];
  readonly unknown: readonly string[];
}

type ColumnTarget =
  | { kind: "client"; field: "name" | "industry" | "type" }
  | { kind: "unit" }
  | { kind: "input"; period: string; item: string }
  | { kind: "answer"; id: string }
  | { kind: "ignored" };

const CLIENT_ALIASES: Record<string, "name" | "industry" | "type"> = {
  "client.name": "name",
  name: "name",
  客户名称: "name",
  "client.industry": "industry",
  industry: "industry",
  行业: "industry",
  "client.type": "type",
  type: "type",
  客户类型: "type",
};
const UNIT_ALIASES = new Set(["unit", "statement.unit", "单位", "报表单位"]);
const IGNORED = /^(note\.|case$|description$|rating\.)/;

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA), so messages name cells as Excel shows them. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Maps the header row to inputs of `model`. */
export function parseCsvHeader(model: CompiledModel, fields: readonly string[]): CsvHeader {
  const unknown: string[] = [];
  const columns = fields.map((raw): ColumnTarget | null => {
    const h = raw.trim();
    if (CLIENT_ALIASES[h]) return { kind: "client", field: CLIENT_ALIASES[h] };
    if (UNIT_ALIASES.has(h)) return { kind: "unit" };
    const dot = h.indexOf(".");
    const period = h.slice(0, dot);
    const item = h.slice(dot + 1);
    if (dot > 0 && (PERIODS as readonly string[]).includes(period) && model.lineItems.has(item))
      return { kind: "input", period, item };
    const answer = h.startsWith("answer.") ? h.slice(7) : h;
    if (model.qualitativeById.has(answer)) return { kind: "answer", id: answer };
    if (IGNORED.test(h) || h === "") return { kind: "ignored" };
    unknown.push(h);
    return null;
  });
  return { columns, unknown };
}

/**
 * Turns one data row into engine input; `cells` name each value's cell as `file!E3`.
 * @example csvRowToInput(header, ["青岛啤酒", "工业", ...], 2, "clients.csv")
 */
export function csvRowToInput(
  header: CsvHeader,
  fields: readonly string[],
  row: number,
  fileLabel: string
): RatingInput {
  const client: { name?: string; industry?: string; type?: string } = {};
  const statements: Record<string, Record<string, unknown>> = {};
  const answers: Record<string, unknown> = {};
  const cells: Record<string, string> = {};
  let unit: unknown = undefined;
  header.columns.forEach((col, i) => {
    if (!col || col.kind === "ignored") return;
    const raw = fields[i] ?? "";
    const value = raw.trim() === "" ? null : raw;
    const cell = `${fileLabel}!${columnLetter(i)}${row}`;
    if (col.kind === "client") {
      if (value !== null) client[col.field] = raw.trim();
      cells[`client.${col.field}`] = cell;
    } else if (col.kind === "unit") {
      unit = value;
      cells.unit = cell;
    } else if (col.kind === "input") {
      (statements[col.period] ??= {})[col.item] = value;
      cells[`${col.period}.${col.item}`] = cell;
    } else {
      answers[col.id] = value;
      cells[col.id] = cell;
    }
  });
  return { client, unit, statements, answers, cells };
}
