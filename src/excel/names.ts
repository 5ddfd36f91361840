/**
 * The defined names the pane reads and binds (CONTRACTS §1), derived from the model so a new line item or
 * qualitative item needs no pane change.
 */
import type { CompiledModel } from "../model";

export const CLIENT_NAMES = ["client.name", "client.industry", "client.type"] as const;
export const UNIT_NAME = "statement.unit";
export const MODEL_NAMES = ["model.id", "model.version", "model.fingerprint"] as const;
export const RESULT_NAMES = [
  "result.total",
  "result.modelGrade",
  "result.grade",
  "result.approval",
] as const;
export const META_NAMES = ["rating.date", "rating.officer"] as const;

export const answerName = (itemId: string): string => `answer.${itemId}`;
export const noteName = (itemId: string): string => `note.${itemId}`;

/** `cur.<item>` / `pri.<item>` for every line item, then `pri2.<item>` where a scorecard reads it. */
export function statementNames(model: CompiledModel): string[] {
  const out: string[] = [];
  for (const period of ["cur", "pri"] as const)
    for (const id of model.lineItems.keys()) out.push(`${period}.${id}`);
  const pri2 = new Set<string>();
  for (const sc of model.scorecards.values())
    sc.requiredInputs.filter((k) => k.startsWith("pri2.")).forEach((k) => pri2.add(k));
  return [...out, ...pri2];
}

/** Every name one full read asks for. */
export function snapshotNames(model: CompiledModel): string[] {
  return [
    ...CLIENT_NAMES,
    UNIT_NAME,
    ...MODEL_NAMES,
    ...META_NAMES,
    ...statementNames(model),
    ...model.qualitative.flatMap((q) => [answerName(q.id), noteName(q.id)]),
    ...RESULT_NAMES,
  ];
}

/** The names a user binds in binding mode, in the order the pane lists them. */
export function bindableNames(model: CompiledModel): string[] {
  return [
    ...CLIENT_NAMES,
    UNIT_NAME,
    ...statementNames(model),
    ...model.qualitative.flatMap((q) => [answerName(q.id), noteName(q.id)]),
  ];
}
