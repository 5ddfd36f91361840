/**
 * `rate(model, input)`: statements → ratios → indicator scores → qualitative scores → dimension subtotals → total
 * → model grade → caps → final grade → approval route. Pure: same model and input, same result, in a cell, the pane
 * and the command.
 */
import type { CompiledIndicator, CompiledModel, CompiledScorecard, Expr, Rule } from "../model";
import { evalCondition, type ScoredIndicatorView } from "./conditions";
import { evalDec } from "./evaluate";
import { approvalFor, gradeForTotal, nextGrade, worstGrade } from "./grade";
import { scoreIndicator, type IndicatorOutcome, type Mode } from "./indicator";
import { inputWarnings, normalizeInputs } from "./inputs";
import { issue, type RatingIssue, type RatingNote } from "./issues";
import type {
  CapResult,
  Cents,
  DimensionResult,
  GradeCode,
  IndicatorResult,
  RatingInput,
  RatingResult,
  Ratio,
} from "./types";

const cents = (x: number): Cents => Math.round(x * 100) as Cents;

function base(model: CompiledModel, input: RatingInput) {
  return {
    modelId: model.doc.modelId,
    modelVersion: model.doc.modelVersion,
    modelFingerprint: model.fingerprint,
    client: {
      name: input.client.name ?? "",
      industry: input.client.industry ?? "",
      type: input.client.type ?? "",
    },
  };
}

/** The fields of a result that has no score: incomplete and unrated ratings, one-indicator results. */
export const EMPTY = {
  total: null,
  modelGrade: null,
  caps: [],
  grade: null,
  approval: null,
  approvalLabel: null,
  nextGrade: null,
  unratedReason: null,
} as const;

/**
 * Rates one client under a compiled model.
 * @param mode `exact` (the product) or `naive` (plain doubles; the benchmark's baseline only).
 * @example
 * const result = rate(defaultModel(), { client: { industry: "industrial", type: "enterprise" }, unit: "万元",
 *   statements: { cur: {...}, pri: {...} }, answers: { J1: "a", ... } });
 * result.grade; // "AAA"
 */
export function rate(model: CompiledModel, input: RatingInput, mode: Mode = "exact"): RatingResult {
  const industry = resolveId(input.client.industry, model.doc.scorecards);
  const type = resolveId(input.client.type, [
    ...model.doc.clientTypes.rated,
    ...model.doc.clientTypes.unrated,
  ]);
  const head = base(model, { ...input, client: { ...input.client, industry, type } });
  const unrated = model.unratedTypes.get(type);
  if (unrated)
    return {
      ...head,
      ...EMPTY,
      status: "unrated",
      scorecard: null,
      unit: null,
      indicators: [],
      dimensions: [],
      grade: model.doc.unratedGrade as GradeCode,
      approval: "head_office_assignment",
      approvalLabel: { zh: "总行认定", en: "Head office assigns the grade" },
      unratedReason: unrated.reason,
      issues: [],
      warnings: [],
      notes: [],
    };

  const blocking: RatingIssue[] = [];
  if (!model.ratedTypes.has(type)) blocking.push(issue.unknownClientType(type));
  const sc = model.scorecards.get(industry);
  if (!sc) {
    blocking.push(issue.unknownIndustry(industry));
    return {
      ...head,
      ...EMPTY,
      status: "incomplete",
      scorecard: null,
      unit: null,
      indicators: [],
      dimensions: [],
      issues: blocking,
      warnings: [],
      notes: [],
    };
  }
  const n = normalizeInputs(model, sc, input);
  blocking.push(...n.issues);
  const warnings = inputWarnings(model, input, n);
  return scoreAll(model, sc, n, blocking, warnings, head, mode);
}

function scoreAll(
  model: CompiledModel,
  sc: CompiledScorecard,
  n: ReturnType<typeof normalizeInputs>,
  blocking: RatingIssue[],
  warnings: RatingResult["warnings"],
  head: ReturnType<typeof base>,
  mode: Mode
): RatingResult {
  const scoringIssues: RatingIssue[] = [];
  const notes: RatingNote[] = [];
  const outcomes = new Map<string, IndicatorOutcome>();
  const indicators: IndicatorResult[] = [];
  const canScore = n.unit !== null;

  for (const ci of model.indicators) {
    const d = ci.def;
    const ready = canScore && readyFor(model, ci.expr, n.values, sc.rules.get(d.id)!);
    const o = ready
      ? scoreIndicator(model, ci, sc.rules.get(d.id)!, n.values, n.answers, mode)
      : null;
    if (o) {
      outcomes.set(d.id, o);
      if (o.issue) scoringIssues.push(o.issue);
      if (o.note) notes.push({ subject: d.id, message: o.note });
    }
    indicators.push(quantitativeResult(ci, o));
  }
  for (const q of model.qualitative) {
    const key = n.answers[q.id];
    const anchor = key ? q.anchors.find((a) => a.key === key) : undefined;
    indicators.push({
      id: q.id,
      label: q.label,
      dimension: q.dimension,
      kind: "qualitative",
      ratio: null,
      ...(key ? { answer: key } : {}),
      score: (anchor ? cents(anchor.points) : null) as Cents | null,
      max: cents(q.max),
    });
  }

  const dimensions: DimensionResult[] = model.doc.dimensions.map((dim) => {
    let sum = 0;
    let complete = true;
    for (const r of indicators)
      if (r.dimension === dim.id) {
        if (r.score === null) complete = false;
        else sum += r.score;
      }
    return {
      id: dim.id,
      label: dim.label,
      score: (complete ? sum : null) as Cents | null,
      max: cents(dim.points),
    };
  });

  const issues = [...blocking, ...scoringIssues];
  const unit = n.unit;
  if (blocking.length > 0)
    return {
      ...head,
      ...EMPTY,
      status: "incomplete",
      scorecard: sc.id,
      unit,
      indicators,
      dimensions,
      issues,
      warnings,
      notes,
    };

  const total = dimensions.reduce((s, d) => s + (d.score ?? 0), 0) as Cents;
  const modelGrade = gradeForTotal(model, total)!;
  const view: ScoredIndicatorView = {
    ratio: (id) => outcomes.get(id)?.ratio ?? null,
    ratioExact: (id) => {
      const ci = model.indicatorById.get(id)!;
      const r = evalDec(ci.expr, n.values, "zero");
      return r.trapped ? null : r.value;
    },
    belowMax: (id) => {
      const o = outcomes.get(id);
      return o !== undefined && o.cents < cents(model.indicatorById.get(id)!.def.max);
    },
  };
  const caps: CapResult[] = [];
  for (const cap of sc.caps)
    for (const t of cap.tiers)
      if (evalCondition(t.when, model, n.values, n.answers, view)) {
        caps.push({ id: cap.id, label: cap.label, grade: t.grade as GradeCode, reason: t.reason });
        break;
      }
  const grade = worstGrade(model, [modelGrade, ...caps.map((c) => c.grade)])!;
  const approval = approvalFor(model, grade);
  return {
    ...head,
    status: "rated",
    scorecard: sc.id,
    unit,
    indicators,
    dimensions,
    total,
    modelGrade,
    caps,
    grade,
    approval: approval?.route ?? null,
    approvalLabel: approval?.label ?? null,
    nextGrade: nextGrade(model, total, caps),
    unratedReason: null,
    issues,
    warnings,
    notes,
  };
}

/** A quantitative indicator's line of the result: its ratio, score (null when it could not be scored) and note. */
export function quantitativeResult(
  ci: CompiledIndicator,
  o: IndicatorOutcome | null
): IndicatorResult {
  const d = ci.def;
  return {
    id: d.id,
    label: d.label,
    dimension: d.dimension,
    kind: "quantitative",
    ratio: (o?.ratio ?? null) as Ratio | null,
    score: (o ? o.cents : null) as Cents | null,
    max: cents(d.max),
    ...(o?.note ? { note: o.note } : {}),
  };
}

/**
 * Client fields may hold an id ("industrial") or its label in either language (工业, as a template dropdown shows);
 * both resolve to the id. Anything else is kept as found, so the issue can quote it.
 */
export function resolveId(
  raw: string | undefined,
  options: ReadonlyArray<{ id: string; label: { zh: string; en: string } }>
): string {
  const s = (raw ?? "").trim();
  const hit = options.find(
    (o) => o.id === s || o.label.zh === s || o.label.en.toLowerCase() === s.toLowerCase()
  );
  return hit ? hit.id : s;
}

/** An indicator can be scored when every input its formula (and its size rule) reads is present. */
export function readyFor(
  model: CompiledModel,
  expr: Expr,
  values: Readonly<Record<string, number>>,
  rule: Rule
): boolean {
  if (rule.form === "SIZED" && !inputsPresent(model.exprs.get(rule.by)!, values)) return false;
  return inputsPresent(expr, values);
}

function inputsPresent(e: Expr, v: Readonly<Record<string, number>>): boolean {
  switch (e.k) {
    case "num":
      return true;
    case "ref":
      return v[e.key] !== undefined;
    case "avg":
      return v[e.cur] !== undefined && v[e.pri] !== undefined;
    case "neg":
      return inputsPresent(e.a, v);
    case "bin":
      return inputsPresent(e.a, v) && inputsPresent(e.b, v);
  }
}
