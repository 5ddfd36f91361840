/**
 * Test helpers: a worked case as the ranges the RATING functions take (CONTRACTS §2), and an assertion for the
 * error a cell would show.
 */
import type { WorkedCase } from "../helpers/cases";
import { defaultModel } from "../../src/model";

/** The statements block of a case: unit, industry, client_type, model, then every line item (cur, pri, pri2). */
export function statementsBlock(c: WorkedCase, blank: unknown = ""): unknown[][] {
  const m = defaultModel();
  const v = (x: unknown): unknown => (x === null || x === undefined ? blank : x);
  const rows: unknown[][] = [
    ["项目", "本年", "上年", "前年"],
    ["unit", v(c.unit), "", ""],
    ["industry", v(c.client.industry), "", ""],
    ["client_type", v(c.client.type), "", ""],
    ["model", m.doc.modelId, m.doc.modelVersion, ""],
  ];
  for (const li of m.doc.lineItems)
    rows.push([
      li.id,
      v(c.statements.cur?.[li.id]),
      v(c.statements.pri?.[li.id]),
      v(c.statements.pri2?.[li.id]),
    ]);
  return rows;
}

/** The answers block of a case: two columns, item id | answer ("" when unanswered). */
export function answersBlock(c: WorkedCase, blank: unknown = ""): unknown[][] {
  return defaultModel().qualitative.map((q) => [q.id, c.qualitative?.[q.id] ?? blank]);
}

/** Runs `f` and returns the cell error it throws: `{ code, message }`. Fails when `f` returns a value. */
export function cellError(f: () => unknown): { code: string; message: string } {
  try {
    const v = f();
    throw new Error(`expected a cell error, got ${JSON.stringify(v)}`);
  } catch (e) {
    const err = e as { code?: string; message: string };
    if (!err.code) throw e;
    return { code: err.code, message: err.message };
  }
}
