/**
 * Turns a workbook snapshot into the engine's input, naming each value's cell so the engine's issues say where
 * to look. No rating logic here: the engine reads numbers, units and answers itself (§4 of the standard).
 */
import { readAnswer, type RatingInput } from "../engine";
import type { CompiledModel } from "../model";
import { answerName, UNIT_NAME } from "./names";
import type { CellValue, WorkbookSnapshot } from "./types";

const text = (v: CellValue | undefined): string | undefined =>
  v === null || v === undefined ? undefined : String(v).trim();

/** Builds the `RatingInput` the engine rates, with `answers` overriding the workbook's (optimistic writes). */
export function toRatingInput(
  model: CompiledModel,
  snap: WorkbookSnapshot,
  answers: Readonly<Record<string, string>> = {}
): RatingInput {
  const statements: Record<string, Record<string, unknown>> = { cur: {}, pri: {}, pri2: {} };
  const cells: Record<string, string> = {};
  for (const [name, value] of Object.entries(snap.values)) {
    const m = /^(cur|pri|pri2)\.(.+)$/.exec(name);
    if (m && model.lineItems.has(m[2])) statements[m[1]][m[2]] = value;
  }
  for (const [name, cell] of Object.entries(snap.cells)) {
    if (/^(cur|pri|pri2)\./.test(name)) cells[name] = cell;
    else if (name.startsWith("answer.")) cells[name.slice(7)] = cell;
    else if (name === UNIT_NAME) cells.unit = cell;
  }
  const merged: Record<string, unknown> = {};
  for (const q of model.qualitative) {
    merged[q.id] = answers[q.id] ?? snap.values[answerName(q.id)] ?? null;
  }
  return {
    client: {
      name: text(snap.values["client.name"]),
      industry: text(snap.values["client.industry"]),
      type: text(snap.values["client.type"]),
    },
    unit: snap.values[UNIT_NAME] ?? null,
    statements,
    answers: merged,
    cells,
  };
}

/** The anchor key each answered item holds in the workbook. */
export function answersIn(model: CompiledModel, snap: WorkbookSnapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of model.qualitative) {
    const a = readAnswer(model, q.id, snap.values[answerName(q.id)]);
    if (a.key) out[q.id] = a.key;
  }
  return out;
}

/**
 * The text to write for an anchor, in the form the cell already uses: the template's dropdown shows
 * "a. 国家鼓励发展、市场前景广阔"; a bank's own sheet usually matches the bare label (its formulas MATCH on it).
 */
export function answerCellText(
  model: CompiledModel,
  itemId: string,
  key: string,
  current: CellValue | undefined,
  templated: boolean
): string {
  const anchor = model.qualitativeById.get(itemId)?.anchors.find((a) => a.key === key);
  if (!anchor) return key;
  const cur = current === null || current === undefined ? "" : String(current).trim();
  const keyed = cur === "" ? templated : /^[a-z][.．、]/i.test(cur);
  return keyed ? `${anchor.key}. ${anchor.label.zh}` : anchor.label.zh;
}
