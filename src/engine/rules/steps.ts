/** STEPS: fixed points per size bracket; below the lowest, points × x / bound (pro rata, never below 0) or 0. */
import type { StepsRule } from "../../model";
import type { Kit } from "../kit";

export function scoreSteps<N>(r: StepsRule, _max: N, x: N, k: Kit<N>): N {
  for (const s of r.steps) if (k.ge(x, k.c(s.min))) return k.c(s.points);
  const last = r.steps[r.steps.length - 1];
  if (r.tail === "zero") return k.c(0);
  return k.max(k.c(0), k.div(k.mul(k.c(last.points), x), k.c(last.min)));
}

export function slopeSteps(r: StepsRule): number {
  const last = r.steps[r.steps.length - 1];
  return r.tail === "zero" ? 0 : last.points / last.min;
}
