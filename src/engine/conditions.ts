/**
 * Conditions of caps and denominator policies: comparisons over line items or indicator ratios, answers, and
 * all/any. Comparisons run in the given kit, so a float comparison too close to call is redone in decimals.
 */
import type { CompiledModel } from "../model";
import type { Comparison, Condition } from "../model/schema";
import { errorBound, evalDec, evalFloat, type Values } from "./evaluate";
import { decimalKit, makeFloatKit, type FloatState, type Kit } from "./kit";

/** What caps may ask about an indicator once it has been scored. */
export interface ScoredIndicatorView {
  ratio(id: string): number | null;
  /** Decimal-exact ratio, for comparisons the float could not decide. */
  ratioExact(id: string): ReturnType<typeof evalDec>["value"] | null;
  belowMax(id: string): boolean;
}

function compare<N>(k: Kit<N>, a: N, op: Comparison, b: N): boolean {
  switch (op) {
    case ">":
      return k.gt(a, b);
    case ">=":
      return k.ge(a, b);
    case "<":
      return !k.ge(a, b);
    case "<=":
      return !k.gt(a, b);
    case "=":
      return k.ge(a, b) && k.ge(b, a);
    case "!=":
      return !(k.ge(a, b) && k.ge(b, a));
  }
}

/** Evaluates a condition with one kit (used inside an indicator's own evaluation). */
export function evalConditionWith<N>(
  c: Condition,
  model: CompiledModel,
  values: Values,
  answers: Readonly<Record<string, string>>,
  scored: ScoredIndicatorView | null,
  k: Kit<N>
): boolean {
  if ("all" in c)
    return c.all.every((x) => evalConditionWith(x, model, values, answers, scored, k));
  if ("any" in c) return c.any.some((x) => evalConditionWith(x, model, values, answers, scored, k));
  if ("answer" in c) return c.in.includes(answers[c.answer]);
  if ("scoreBelowMax" in c) return scored ? scored.belowMax(c.scoreBelowMax) : false;
  if ("ratio" in c) {
    if (!scored) return false;
    const r = k === (decimalKit as unknown) ? scored.ratioExact(c.ratio) : scored.ratio(c.ratio);
    // An undefined ratio (trapped denominator) never satisfies a comparison.
    return r === null ? false : compare(k, r as N, c.op, k.c(c.value));
  }
  const e = model.exprs.get(c.expr)!;
  if (k === (decimalKit as unknown)) {
    const d = evalDec(e, values, "zero");
    return d.trapped ? false : compare(k, d.value as N, c.op, k.c(c.value));
  }
  const f = evalFloat(e, values, "zero");
  if (f.trapped) return false;
  return compare(k, f.value as N, c.op, k.c(c.value));
}

const capState: FloatState = { tol: 0, unsure: false };
const capKit = makeFloatKit(capState);

/**
 * Evaluates a cap condition exactly: floats first, decimals when any comparison was too close to call.
 */
export function evalCondition(
  c: Condition,
  model: CompiledModel,
  values: Values,
  answers: Readonly<Record<string, string>>,
  scored: ScoredIndicatorView | null
): boolean {
  capState.unsure = false;
  capState.tol = conditionTolerance(c, model, values, scored);
  const fast = evalConditionWith(c, model, values, answers, scored, capKit);
  if (!capState.unsure) return fast;
  return evalConditionWith(c, model, values, answers, scored, decimalKit);
}

/** The largest error bound among the values a condition compares. */
function conditionTolerance(
  c: Condition,
  model: CompiledModel,
  values: Values,
  scored: ScoredIndicatorView | null
): number {
  if ("all" in c)
    return Math.max(...c.all.map((x) => conditionTolerance(x, model, values, scored)));
  if ("any" in c)
    return Math.max(...c.any.map((x) => conditionTolerance(x, model, values, scored)));
  if ("expr" in c) return errorBound(evalFloat(model.exprs.get(c.expr)!, values, "zero").mag);
  if ("ratio" in c && scored) {
    const ci = model.indicatorById.get(c.ratio);
    return ci ? errorBound(evalFloat(ci.expr, values, "zero").mag) : 0;
  }
  return 0;
}
