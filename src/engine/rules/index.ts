/**
 * Dispatch over the rule forms of §3. Each form lives in its own file; SIZED picks a base rule by a size measure
 * before dispatching (see indicator.ts, which evaluates the measure).
 */
import type { Rule } from "../../model";
import type { Kit } from "../kit";
import { scoreBands } from "./bands";
import { scoreDeduct, slopeDeduct } from "./deduct";
import { scoreLinear, slopeLinear } from "./linear";
import { scoreProportional, slopeProportional } from "./proportional";
import { scoreSign } from "./sign";
import { scoreSteps, slopeSteps } from "./steps";
import { scoreTiers, slopeTiers } from "./tiers";

export type BaseRule = Exclude<Rule, { form: "SIZED" }>;

/** The unrounded score of ratio `x` under a base rule. */
export function scoreRule<N>(r: BaseRule, max: N, x: N, k: Kit<N>): N {
  switch (r.form) {
    case "LINEAR":
      return scoreLinear(r, max, x, k);
    case "DEDUCT":
      return scoreDeduct(r, max, x, k);
    case "PROPORTIONAL":
      return scoreProportional(r, max, x, k);
    case "BANDS":
      return scoreBands(r, max, x, k);
    case "STEPS":
      return scoreSteps(r, max, x, k);
    case "SIGN":
      return scoreSign(max, x, k);
    case "TIERS":
      return scoreTiers(r, max, x, k);
  }
}

/** The most the rule can give: its max, or capMultiple × max for PROPORTIONAL. */
export function ruleCeiling(r: Rule, max: number): number {
  if (r.form === "SIZED")
    return Math.max(
      ruleCeiling(r.otherwise, max),
      ...r.variants.map((v) => ruleCeiling(v.rule, max))
    );
  return r.form === "PROPORTIONAL" ? max * r.capMultiple : max;
}

/** |d score / d x| near x: how much the ratio's float error can move the score (0 for piecewise-constant forms). */
export function ruleSlope(r: BaseRule, max: number, x: number): number {
  switch (r.form) {
    case "LINEAR":
      return slopeLinear(r, max);
    case "DEDUCT":
      return slopeDeduct(r);
    case "PROPORTIONAL":
      return slopeProportional(r, max, x);
    case "STEPS":
      return slopeSteps(r);
    case "TIERS":
      return slopeTiers(r, max);
    default:
      return 0;
  }
}
