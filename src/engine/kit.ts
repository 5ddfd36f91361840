/**
 * Arithmetic kits. Every rule form is written once, generically, over a `Kit<N>`; the engine runs it with
 * `floatKit` (plain doubles, the fast path) and, only when a result might be affected by binary rounding, again with
 * `decimalKit` (40 significant digits, exact for the decimals the standard deals in).
 *
 * Why this is exact: §6 takes every input at its shortest decimal form and rounds each score half-up to 2 decimals.
 * The float kit records when any comparison is within a tolerance of its threshold (`x ≥ std`, a band bound, a zero
 * denominator); the indicator scorer also checks whether the score lies within its error bound of a rounding
 * boundary (k + 0.5 cents). Only those cases — exact boundaries, 0.765-style halves — pay for decimal arithmetic.
 */
import DecimalJs from "decimal.js";

/** decimal.js configured for the engine: 40 significant digits, half-up. */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export interface Kit<N> {
  /** A model parameter or literal. */
  c(x: number): N;
  add(a: N, b: N): N;
  sub(a: N, b: N): N;
  mul(a: N, b: N): N;
  div(a: N, b: N): N;
  /** a ≥ b. The float kit flags the evaluation as unsure when a and b are too close to tell. */
  ge(a: N, b: N): boolean;
  /** a > b, with the same care as {@link Kit.ge}. */
  gt(a: N, b: N): boolean;
  min(a: N, b: N): N;
  max(a: N, b: N): N;
}

/** The fast path's bookkeeping: the tolerance of the current evaluation and whether it was ever exceeded. */
export interface FloatState {
  /** Absolute error bound on the values being compared (from the formula's magnitude). */
  tol: number;
  unsure: boolean;
}

/** Relative slack on parameters, well above double rounding (1.1e-16) after a handful of operations. */
const PARAM_SLACK = 1e-12;

export function makeFloatKit(state: FloatState): Kit<number> {
  const close = (a: number, b: number): boolean =>
    Math.abs(a - b) <= state.tol + PARAM_SLACK * Math.abs(b);
  return {
    c: (x) => x,
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    ge(a, b) {
      if (close(a, b)) state.unsure = true;
      return a >= b;
    },
    gt(a, b) {
      if (close(a, b)) state.unsure = true;
      return a > b;
    },
    min: (a, b) => (a < b ? a : b),
    max: (a, b) => (a > b ? a : b),
  };
}

/** Plain double arithmetic with no care for boundaries: the benchmark's baseline, never used to rate. */
export const naiveFloatKit: Kit<number> = {
  c: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  ge: (a, b) => a >= b,
  gt: (a, b) => a > b,
  min: (a, b) => (a < b ? a : b),
  max: (a, b) => (a > b ? a : b),
};

/** A number at its shortest round-trip decimal form, as §6 requires. */
export const toDec = (x: number): Dec => new Dec(String(x));

export const decimalKit: Kit<Dec> = {
  c: toDec,
  add: (a, b) => a.plus(b),
  sub: (a, b) => a.minus(b),
  mul: (a, b) => a.times(b),
  div: (a, b) => a.div(b),
  ge: (a, b) => a.gte(b),
  gt: (a, b) => a.gt(b),
  min: (a, b) => (a.lt(b) ? a : b),
  max: (a, b) => (a.gt(b) ? a : b),
};
