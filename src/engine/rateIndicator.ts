/**
 * One quantitative indicator of one client, without rating the rest — what a cell asking for one score or one
 * ratio needs (RATING.SCORE, RATING.INDICATOR). The same steps as `rate`, restricted to the inputs this indicator
 * reads: the client's scorecard and type resolved by `resolveId`, inputs read by `normalizeInputs` (same §4 rules,
 * same 元 → 万元 conversion, same issues), readiness by `readyFor`, the score by `scoreIndicator` with its special
 * cases. So the indicator equals the one `rate` reports (test/functions/rateIndicator.test.ts checks it).
 */
import { expressionInputs, type CompiledModel, type CompiledScorecard } from "../model";
import type { Condition } from "../model/types";
import { scoreIndicator, type Mode } from "./indicator";
import { normalizeInputs } from "./inputs";
import { issue } from "./issues";
import { EMPTY, quantitativeResult, rate, readyFor, resolveId } from "./rate";
import type { RatingInput, RatingResult } from "./types";

const inputsCache = new WeakMap<CompiledScorecard, Map<string, readonly string[]>>();
const withoutItems = new WeakMap<CompiledModel, CompiledModel>();

/**
 * The model without its qualitative items, for input without answers: nothing to read, and an indicator's score
 * never depends on an answer that was not given. Saves listing seven unanswered items on every score cell.
 */
function quantitativeOnly(model: CompiledModel): CompiledModel {
  let m = withoutItems.get(model);
  if (!m) withoutItems.set(model, (m = { ...model, qualitative: [] }));
  return m;
}

function conditionFormulas(c: Condition, out: string[]): void {
  if ("expr" in c) out.push(c.expr);
  else if ("all" in c) c.all.forEach((x) => conditionFormulas(x, out));
  else if ("any" in c) c.any.forEach((x) => conditionFormulas(x, out));
}

/** The `period.item` keys one indicator reads under a scorecard: formula, size rule, special-case conditions. */
function inputsOf(model: CompiledModel, sc: CompiledScorecard, id: string): readonly string[] {
  let byId = inputsCache.get(sc);
  if (!byId) inputsCache.set(sc, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return hit;
  const ci = model.indicatorById.get(id)!;
  const needs = expressionInputs(ci.expr);
  const rule = sc.rules.get(id)!;
  const formulas: string[] = rule.form === "SIZED" ? [rule.by] : [];
  for (const o of [ci.def.denominator?.onZero, ci.def.denominator?.onNonPositive])
    o?.cases?.forEach((c) => conditionFormulas(c.if, formulas));
  for (const f of formulas) expressionInputs(model.exprs.get(f)!, needs);
  const list = sc.requiredInputs.filter((k) => needs.has(k));
  byId.set(id, list);
  return list;
}

/**
 * Rates one quantitative indicator.
 * @returns a result holding only that indicator (status `incomplete`: no total, no grades), with the issues about
 *   its inputs, the unit, the client and the answers given (none given: none listed as unanswered); for an unknown or qualitative id, an unrated client or an
 *   unknown industry, the full `rate` result.
 * @example rateIndicator(defaultModel(), input, "Q6").indicators[0].score // 500 (no interest expense: full points)
 */
export function rateIndicator(
  model: CompiledModel,
  input: RatingInput,
  id: string,
  mode: Mode = "exact"
): RatingResult {
  const ci = model.indicatorById.get(id);
  const industry = resolveId(input.client.industry, model.doc.scorecards);
  const type = resolveId(input.client.type, [
    ...model.doc.clientTypes.rated,
    ...model.doc.clientTypes.unrated,
  ]);
  const sc = model.scorecards.get(industry);
  if (!ci || !sc || model.unratedTypes.has(type)) return rate(model, input, mode);
  const view = Object.keys(input.answers).length === 0 ? quantitativeOnly(model) : model;
  const n = normalizeInputs(view, { ...sc, requiredInputs: inputsOf(model, sc, id) }, input);
  const blocking = model.ratedTypes.has(type) ? [] : [issue.unknownClientType(type)];
  const rule = sc.rules.get(id)!;
  const o =
    n.unit !== null && readyFor(model, ci.expr, n.values, rule)
      ? scoreIndicator(model, ci, rule, n.values, n.answers, mode)
      : null;
  return {
    status: "incomplete",
    modelId: model.doc.modelId,
    modelVersion: model.doc.modelVersion,
    modelFingerprint: model.fingerprint,
    client: { name: input.client.name ?? "", industry, type },
    scorecard: sc.id,
    unit: n.unit,
    indicators: [quantitativeResult(ci, o)],
    dimensions: [],
    ...EMPTY,
    issues: [...blocking, ...n.issues, ...(o?.issue ? [o.issue] : [])],
    warnings: [],
    notes: o?.note ? [{ subject: id, message: o.note }] : [],
  };
}
