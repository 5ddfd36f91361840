/** Test helpers for rule forms: score a ratio exactly (decimal kit) and in floats, as two-decimal strings. */
import type { Rule } from "../../src/model";
import { decimalKit, Dec, makeFloatKit } from "../../src/engine/kit";
import { scoreRule, type BaseRule } from "../../src/engine/rules";

/** The exact score of `x` under `rule`, rounded half-up to 2 decimals, e.g. "3.33". */
export function exactScore(rule: Rule, max: number, x: number | string): string {
  const s = scoreRule(rule as BaseRule, new Dec(String(max)), new Dec(String(x)), decimalKit);
  return s.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}

/** Asserts the score, and that the float kit lands on the same points where it is sure of itself. */
export function expectScore(rule: Rule, max: number, x: number, want: string): void {
  expect(exactScore(rule, max, x)).toBe(want);
  const state = { tol: 0, unsure: false };
  const f = scoreRule(rule as BaseRule, max, x, makeFloatKit(state));
  if (!state.unsure) expect(Math.abs(f - Number(want))).toBeLessThanOrEqual(0.005 + 1e-9);
}
