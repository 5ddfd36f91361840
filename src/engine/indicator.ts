/**
 * Scores one quantitative indicator: formula → ratio → rule → points rounded half-up to 2 decimals.
 * Fast path in floats; falls back to decimals when any comparison or the final rounding is too close to call
 * (see kit.ts). Zero or non-positive denominators follow the indicator's policy (§4 special cases).
 */
import type { CompiledIndicator, CompiledModel, Expr, Rule } from "../model";
import type { DenominatorOutcome } from "../model/schema";
import { evalCondition } from "./conditions";
import { errorBound, evalDec, evalFloat, type DivisorTest, type Values } from "./evaluate";
import { issue, type RatingIssue, type Words } from "./issues";
import { decimalKit, Dec, makeFloatKit, naiveFloatKit, type FloatState, type Kit } from "./kit";
import { ruleSlope, scoreRule, type BaseRule } from "./rules";

export interface IndicatorOutcome {
  /** null where the ratio is undefined (a trapped denominator). */
  readonly ratio: number | null;
  readonly cents: number;
  readonly issue?: RatingIssue;
  readonly note?: Words;
  /** True when the decimal path decided the score (for tests and the benchmark). */
  readonly exactPath: boolean;
}

/** Arithmetic mode: `exact` is the product; `naive` is plain doubles, kept only as the benchmark's baseline. */
export type Mode = "exact" | "naive";

const state: FloatState = { tol: 0, unsure: false };
const floatKit = makeFloatKit(state);

function divisorTest(ci: CompiledIndicator): DivisorTest {
  return ci.def.denominator?.onNonPositive ? "nonPositive" : "zero";
}

/** Describes a divisor for messages: its line item's label when it is one item, else the formula text. */
function divisorWords(model: CompiledModel, e: Expr): Words {
  if (e.k === "ref" || e.k === "avg") {
    const l = model.lineItems.get(e.item)?.label ?? { zh: e.item, en: e.item };
    return e.k === "avg" ? { zh: `平均${l.zh}`, en: `average ${l.en}` } : l;
  }
  return { zh: "分母", en: "denominator" };
}

/** Applies the denominator policy once a division has been trapped. */
function trappedOutcome(
  model: CompiledModel,
  ci: CompiledIndicator,
  divisor: Expr,
  isZero: boolean,
  values: Values,
  answers: Readonly<Record<string, string>>
): { cents: number; issue?: RatingIssue; note?: Words } {
  const d = ci.def;
  const policy: DenominatorOutcome | undefined = isZero
    ? (d.denominator?.onZero ?? d.denominator?.onNonPositive)
    : d.denominator?.onNonPositive;
  if (!policy)
    return { cents: 0, issue: issue.zeroDenominator(d.id, d.label, divisorWords(model, divisor)) };
  let points = policy.points === "max" ? d.max : policy.points;
  for (const c of policy.cases ?? []) {
    if (evalCondition(c.if, model, values, answers, null)) {
      points = c.points;
      break;
    }
  }
  const code = policy.issue;
  const found =
    code === "NEGATIVE_EQUITY"
      ? issue.negativeEquity(d.id, d.label)
      : code === "NO_PRIOR_BASE"
        ? issue.noPriorBase(d.id, d.label)
        : code === "ZERO_DENOMINATOR"
          ? issue.zeroDenominator(d.id, d.label, divisorWords(model, divisor))
          : undefined;
  return { cents: Math.round(points * 100), issue: found, note: policy.note };
}

function isZeroDivisor(e: Expr, values: Values): boolean {
  const r = evalDec(e, values, "zero");
  return r.trapped === null && r.value.isZero();
}

/** Picks SIZED variants by their size measure; base rules pass through. */
function baseRule<N>(
  rule: Rule,
  model: CompiledModel,
  values: Values,
  k: Kit<N>,
  float: boolean
): BaseRule {
  if (rule.form !== "SIZED") return rule;
  const by = model.exprs.get(rule.by)!;
  let size: N;
  if (float) {
    const f = evalFloat(by, values, "zero");
    const saved = state.tol;
    state.tol = errorBound(f.mag);
    if (f.unsure || f.trapped) state.unsure = true;
    size = f.value as N;
    for (const v of rule.variants)
      if (k.ge(size, k.c(v.min))) {
        state.tol = saved;
        return v.rule;
      }
    state.tol = saved;
    return rule.otherwise;
  }
  size = evalDec(by, values, "zero").value as N;
  for (const v of rule.variants) if (k.ge(size, k.c(v.min))) return v.rule;
  return rule.otherwise;
}

function exactPath(
  model: CompiledModel,
  ci: CompiledIndicator,
  rule: Rule,
  values: Values,
  answers: Readonly<Record<string, string>>
): IndicatorOutcome {
  const ev = evalDec(ci.expr, values, divisorTest(ci));
  if (ev.trapped) {
    const o = trappedOutcome(
      model,
      ci,
      ev.trapped,
      isZeroDivisor(ev.trapped, values),
      values,
      answers
    );
    return { ratio: null, ...o, exactPath: true };
  }
  const base = baseRule(rule, model, values, decimalKit, false);
  const s = scoreRule(base, new Dec(String(ci.def.max)), ev.value, decimalKit);
  const cents = s.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return { ratio: ev.value.toNumber(), cents, exactPath: true };
}

/**
 * Scores one indicator for one client.
 * @param answers qualitative answers by item id (policy cases may refer to them).
 */
export function scoreIndicator(
  model: CompiledModel,
  ci: CompiledIndicator,
  rule: Rule,
  values: Values,
  answers: Readonly<Record<string, string>>,
  mode: Mode = "exact"
): IndicatorOutcome {
  const test = divisorTest(ci);
  const f = evalFloat(ci.expr, values, test);
  if (mode === "naive") return naiveScore(model, ci, rule, values, answers, f);
  if (f.unsure) return exactPath(model, ci, rule, values, answers);
  state.unsure = false;
  if (f.trapped) {
    const o = trappedOutcome(
      model,
      ci,
      f.trapped,
      isZeroDivisor(f.trapped, values),
      values,
      answers
    );
    return { ratio: null, ...o, exactPath: false };
  }
  const tol = errorBound(f.mag);
  state.tol = tol;
  const base = baseRule(rule, model, values, floatKit, true);
  const s = scoreRule(base, ci.def.max, f.value, floatKit);
  if (state.unsure) return exactPath(model, ci, rule, values, answers);
  const s100 = s * 100;
  const cents = Math.floor(s100 + 0.5);
  // Distance to the nearest half-cent boundary must exceed what the ratio's error can move the score.
  const margin = 100 * ruleSlope(base, ci.def.max, f.value) * tol + 1e-9 * (1 + Math.abs(s100));
  const frac = s100 - Math.floor(s100);
  if (Math.abs(frac - 0.5) <= margin) return exactPath(model, ci, rule, values, answers);
  return { ratio: f.value, cents, exactPath: false };
}

/** The benchmark's baseline: the same work in plain doubles, no boundary care. Never used to rate. */
function naiveScore(
  model: CompiledModel,
  ci: CompiledIndicator,
  rule: Rule,
  values: Values,
  answers: Readonly<Record<string, string>>,
  f: ReturnType<typeof evalFloat>
): IndicatorOutcome {
  if (f.trapped) {
    const o = trappedOutcome(model, ci, f.trapped, f.value === 0, values, answers);
    return { ratio: null, ...o, exactPath: false };
  }
  const base = baseRule(rule, model, values, naiveFloatKit, true);
  const s = scoreRule(base, ci.def.max, f.value, naiveFloatKit);
  return { ratio: f.value, cents: Math.round(s * 100), exactPath: false };
}
