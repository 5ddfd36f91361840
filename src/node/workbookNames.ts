/**
 * The defined names every host uses to find things in a rating workbook (CONTRACTS §1): inputs by line-item id and
 * period, client fields, answers and notes, the model the workbook was built for, and the result cells. Ids such as
 * J1 or Q3 look like cell addresses, so every name carries a prefix.
 */
import type { CompiledModel } from "../model";
import type { Period } from "../model/types";

export const CLIENT_NAMES = {
  name: "client.name",
  industry: "client.industry",
  type: "client.type",
  unit: "statement.unit",
  date: "rating.date",
  officer: "rating.officer",
} as const;

export const MODEL_NAMES = {
  id: "model.id",
  version: "model.version",
  fingerprint: "model.fingerprint",
} as const;

export const RESULT_NAMES = {
  total: "result.total",
  modelGrade: "result.modelGrade",
  grade: "result.grade",
  approval: "result.approval",
} as const;

/** `cur.total_assets`: the name of a statement input. */
export const inputName = (period: Period, item: string): string => `${period}.${item}`;
/** `answer.J1`: the chosen anchor of a qualitative item. */
export const answerName = (id: string): string => `answer.${id}`;
/** `note.J1`: the officer's note on a qualitative item. */
export const noteName = (id: string): string => `note.${id}`;

/** The periods a model's scorecards read (cur and pri always; pri2 when some formula uses it). */
export function modelPeriods(model: CompiledModel): Period[] {
  const used = new Set<string>(["cur", "pri"]);
  for (const sc of model.scorecards.values())
    for (const key of sc.requiredInputs) used.add(key.slice(0, key.indexOf(".")));
  return (["cur", "pri", "pri2"] as const).filter((p) => used.has(p));
}

/** Every input name the template for `model` defines, `period.item` keys first, in line-item order. */
export function inputNames(model: CompiledModel): { key: string; period: Period; item: string }[] {
  const out: { key: string; period: Period; item: string }[] = [];
  for (const item of model.lineItems.keys())
    for (const period of modelPeriods(model))
      out.push({ key: inputName(period, item), period, item });
  return out;
}
