/** LINEAR: two-point interpolation between a limit (0 points) and a standard (full points). */
import type { LinearRule } from "../../model";
import type { Kit } from "../kit";

export function scoreLinear<N>(r: LinearRule, max: N, x: N, k: Kit<N>): N {
  const std = k.c(r.std);
  const limit = k.c(r.limit);
  if (r.better === "higher") {
    if (k.ge(x, std)) return max;
    if (!k.gt(x, limit)) return k.c(0);
    return k.div(k.mul(max, k.sub(x, limit)), k.sub(std, limit));
  }
  if (!k.gt(x, std)) return max;
  if (k.ge(x, limit)) return k.c(0);
  return k.div(k.mul(max, k.sub(limit, x)), k.sub(limit, std));
}

/** Points per unit of the ratio where the score moves; bounds how far a ratio's error can move the score. */
export function slopeLinear(r: LinearRule, max: number): number {
  return max / Math.abs(r.std - r.limit);
}
