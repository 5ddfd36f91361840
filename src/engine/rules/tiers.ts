/**
 * TIERS (功效系数法): five benchmark values from 优秀 to 较差 with coefficients (1.0/0.8/0.6/0.4/0.2 by default).
 * At or better than 优秀 → max; worse than 较差 → 0; otherwise interpolate between the tier reached and the next
 * better one: max × c + (x − t) / (t⁺ − t) × max × (c⁺ − c). Lower-better mirrors the comparisons.
 */
import type { TiersRule } from "../../model";
import type { Kit } from "../kit";

export function scoreTiers<N>(r: TiersRule, max: N, x: N, k: Kit<N>): N {
  const v = r.values;
  const reaches = (t: number): boolean =>
    r.better === "higher" ? k.ge(x, k.c(t)) : !k.gt(x, k.c(t));
  if (reaches(v[0])) return max;
  for (let i = 1; i < 5; i++) {
    if (!reaches(v[i])) continue;
    const t = k.c(v[i]);
    const tUp = k.c(v[i - 1]);
    const c = k.c(r.coefficients[i]);
    const cUp = k.c(r.coefficients[i - 1]);
    const frac = k.div(k.sub(x, t), k.sub(tUp, t)); // both differences share a sign, lower-better too
    return k.add(k.mul(max, c), k.mul(frac, k.mul(max, k.sub(cUp, c))));
  }
  return k.c(0);
}

export function slopeTiers(r: TiersRule, max: number): number {
  let s = 0;
  for (let i = 1; i < 5; i++)
    s = Math.max(
      s,
      (max * (r.coefficients[i - 1] - r.coefficients[i])) / Math.abs(r.values[i - 1] - r.values[i])
    );
  return s;
}
