/** BANDS: ordered bands; the first whose bound x reaches (≥, or ≤ lower-better) gives its points. */
import type { BandsRule } from "../../model";
import type { Kit } from "../kit";

export function scoreBands<N>(r: BandsRule, _max: N, x: N, k: Kit<N>): N {
  for (const b of r.bands) {
    const bound = k.c(b.bound);
    if (r.better === "higher" ? k.ge(x, bound) : !k.gt(x, bound)) return k.c(b.points);
  }
  return k.c(r.otherwise);
}
