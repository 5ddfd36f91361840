/**
 * The ranges the RATING functions take (CONTRACTS §2), read into the engine's `RatingInput`.
 *
 * `statements`: ids in the first column, values beside them (column 2 = cur, 3 = pri, 4 = pri2), plus rows `unit`,
 * `industry`, `client_type` and `model` (id, version). Rows whose first cell is blank or not a known id (headers)
 * are ignored. "" is a blank: the template passes blanks explicitly, because Excel hands an empty cell inside a
 * range to a function as 0.
 *
 * `answers`: a two-column block (item id | answer), or one row or one column of answers in the model's item order.
 */
import type { RatingInput } from "../engine";
import type { CompiledModel } from "../model";
import type { ModelRef } from "./activeModel";
import { isBlank } from "./args";
import { fail } from "./toExcelError";

const PERIODS = ["cur", "pri", "pri2"] as const;
const CLIENT_ROWS = new Set(["unit", "industry", "client_type", "model"]);

/** A statements block, read once; `toInput` binds it to a model. */
export interface StatementsBlock {
  readonly model: ModelRef | null;
  /** Values beside each id, by id (first occurrence wins). */
  readonly rows: ReadonlyMap<string, readonly unknown[]>;
}

/** "" and null are blanks; other values go to the engine as found (it reads text per §4). */
const cell = (v: unknown): unknown => (isBlank(v) ? null : v);

const rowsOf = (v: unknown): unknown[][] =>
  Array.isArray(v) ? v.map((r) => (Array.isArray(r) ? r : [r])) : [[v]];

/**
 * Reads a statements block.
 * @example readStatements([["unit", "万元"], ["total_assets", 12000, 10500]])
 */
export function readStatements(block: unknown): StatementsBlock {
  const rows = new Map<string, unknown[]>();
  for (const r of rowsOf(block)) {
    if (typeof r[0] !== "string") continue;
    const id = r[0].trim();
    if (id !== "" && !rows.has(id)) rows.set(id, r.slice(1));
  }
  const m = rows.get("model");
  const model =
    m && !isBlank(m[0])
      ? {
          id: String(m[0]).trim(),
          ...(isBlank(m[1]) ? {} : { version: String(m[1]).trim() }),
        }
      : null;
  return { model, rows };
}

/** Builds the engine input for `model`; stops with `#VALUE!` when the block holds no row the model knows. */
export function toInput(
  block: StatementsBlock,
  model: CompiledModel,
  answers: Readonly<Record<string, unknown>>
): RatingInput {
  const statements: Record<string, Record<string, unknown>> = { cur: {}, pri: {}, pri2: {} };
  let known = 0;
  for (const [id, values] of block.rows) {
    if (!model.lineItems.has(id)) {
      if (CLIENT_ROWS.has(id)) known++;
      continue;
    }
    known++;
    PERIODS.forEach((p, i) => (statements[p][id] = cell(values[i])));
  }
  if (known === 0)
    fail({
      error: "#VALUE!",
      message: {
        zh: "参数 statements 应为报表区域：第一列为项目代码（如 total_assets、unit），右侧为本年、上年数值",
        en: "argument statements must be a block with item ids (e.g. total_assets, unit) in the first column and current and prior values beside them",
      },
    });
  const text = (id: string): string | undefined => {
    const v = block.rows.get(id)?.[0];
    return isBlank(v) ? undefined : String(v).trim();
  };
  return {
    client: { industry: text("industry"), type: text("client_type") },
    unit: cell(block.rows.get("unit")?.[0]),
    statements,
    answers,
  };
}

/**
 * Reads the answers argument against a model.
 * @example readAnswers([["J1", "a"], ["J2", "a. 按期还本付息、无逾期"]], model)
 */
export function readAnswers(block: unknown, model: CompiledModel): Record<string, unknown> {
  const rows = rowsOf(block);
  const out: Record<string, unknown> = {};
  const byId = rows.filter(
    (r) => typeof r[0] === "string" && model.qualitativeById.has(r[0].trim())
  );
  if (byId.length > 0) {
    for (const r of byId) out[(r[0] as string).trim()] = cell(r[1]);
    return out;
  }
  const flat =
    rows.length === 1 ? rows[0] : rows.every((r) => r.length === 1) ? rows.map((r) => r[0]) : null;
  if (!flat || flat.length > model.qualitative.length)
    fail({
      error: "#VALUE!",
      message: {
        zh: `参数 answers 应为两列（项目代码 | 选项）或按 ${model.qualitative.map((q) => q.id).join("、")} 顺序的一行或一列`,
        en: `argument answers must be two columns (item id | answer) or one row or column in the order ${model.qualitative.map((q) => q.id).join(", ")}`,
      },
    });
  model.qualitative.forEach((q, i) => (out[q.id] = cell(flat[i])));
  return out;
}
