/** PROPORTIONAL (Wall style): max × x / std, or max × std / x lower-better; clamped to [0, capMultiple × max]. */
import type { ProportionalRule } from "../../model";
import type { Kit } from "../kit";

export function scoreProportional<N>(r: ProportionalRule, max: N, x: N, k: Kit<N>): N {
  const std = k.c(r.std);
  const zero = k.c(0);
  const cap = k.mul(max, k.c(r.capMultiple));
  // At or below 0 the formula is undefined (lower-better) or negative (higher-better); continue each monotonically:
  // nothing for higher-better, the cap for lower-better (the limit of max × std / x as x falls to 0).
  if (!k.gt(x, zero)) return r.better === "higher" ? zero : cap;
  const raw = r.better === "higher" ? k.div(k.mul(max, x), std) : k.div(k.mul(max, std), x);
  return k.min(raw, cap);
}

export function slopeProportional(r: ProportionalRule, max: number, x: number): number {
  return r.better === "higher" ? max / r.std : (max * r.std) / (x * x);
}
