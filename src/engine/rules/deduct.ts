/** DEDUCT: full points at or better than the standard; `deduct` points off per `unit` of shortfall, floored at 0. */
import type { DeductRule } from "../../model";
import type { Kit } from "../kit";

export function scoreDeduct<N>(r: DeductRule, max: N, x: N, k: Kit<N>): N {
  const std = k.c(r.std);
  const atStd = r.better === "higher" ? k.ge(x, std) : !k.gt(x, std);
  if (atStd) return max;
  const shortfall = r.better === "higher" ? k.sub(std, x) : k.sub(x, std);
  return k.max(k.c(0), k.sub(max, k.div(k.mul(k.c(r.deduct), shortfall), k.c(r.unit))));
}

export function slopeDeduct(r: DeductRule): number {
  return r.deduct / r.unit;
}
