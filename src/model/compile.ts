/**
 * A checked model made ready for fast rating: formulas parsed once, each scorecard's rules and caps resolved,
 * the inputs each scorecard needs listed, the fingerprint computed. Done once per model, never per cell.
 */
import { expressionInputs, parseExpression, type Expr } from "./expression";
import { fingerprintOf } from "./fingerprint";
import type {
  ApprovalRule,
  CapTier,
  Condition,
  GradeBand,
  Indicator,
  LineItem,
  QualitativeItem,
  RatingModelDoc,
  Rule,
  UnratedType,
} from "./schema";

export interface CompiledIndicator {
  readonly def: Indicator;
  readonly expr: Expr;
}

export interface CompiledCap {
  readonly id: string;
  readonly label: RatingModelDoc["caps"][number]["label"];
  readonly tiers: readonly CapTier[];
}

export interface CompiledScorecard {
  readonly id: string;
  readonly label: RatingModelDoc["scorecards"][number]["label"];
  /** Rule per indicator id, scorecard overrides applied. */
  readonly rules: ReadonlyMap<string, Rule>;
  readonly caps: readonly CompiledCap[];
  /** `period.item` keys this scorecard and its caps read, in line-item order (cur first). */
  readonly requiredInputs: readonly string[];
}

/** A model ready for the engine. Built by {@link compileModel}; never mutated. */
export interface CompiledModel {
  readonly doc: RatingModelDoc;
  readonly fingerprint: string;
  readonly lineItems: ReadonlyMap<string, LineItem>;
  readonly indicators: readonly CompiledIndicator[];
  readonly indicatorById: ReadonlyMap<string, CompiledIndicator>;
  readonly qualitative: readonly QualitativeItem[];
  readonly qualitativeById: ReadonlyMap<string, QualitativeItem>;
  readonly scorecards: ReadonlyMap<string, CompiledScorecard>;
  /** Best first, as in the document. */
  readonly grades: readonly GradeBand[];
  /** 0 = best grade. */
  readonly gradeRank: ReadonlyMap<string, number>;
  readonly approvalByGrade: ReadonlyMap<string, ApprovalRule>;
  readonly ratedTypes: ReadonlySet<string>;
  readonly unratedTypes: ReadonlyMap<string, UnratedType>;
  /** Every formula used by a condition or a size rule, parsed. */
  readonly exprs: ReadonlyMap<string, Expr>;
}

function mustParse(src: string): Expr {
  const p = parseExpression(src);
  // parseRatingModel has already refused documents whose formulas do not parse.
  if (!p.ok) throw new Error(`formula "${src}" does not parse: ${p.message}`);
  return p.expr;
}

function conditionFormulas(c: Condition, out: Set<string>): void {
  if ("expr" in c) out.add(c.expr);
  else if ("all" in c) c.all.forEach((x) => conditionFormulas(x, out));
  else if ("any" in c) c.any.forEach((x) => conditionFormulas(x, out));
}

/**
 * Compiles a model that {@link parseRatingModel} accepted.
 * @throws Error when given a document that did not pass parseRatingModel (misuse).
 */
export function compileModel(doc: RatingModelDoc): CompiledModel {
  const indicators = doc.indicators.map((def) => ({ def, expr: mustParse(def.formula) }));
  const indicatorById = new Map(indicators.map((i) => [i.def.id, i]));
  const exprs = new Map<string, Expr>();
  const addFormula = (src: string): void => {
    if (!exprs.has(src)) exprs.set(src, mustParse(src));
  };
  const lineOrder = new Map(doc.lineItems.map((l, i) => [l.id, i]));
  const periodOrder: Record<string, number> = { cur: 0, pri: 1, pri2: 2 };

  const scorecards = new Map<string, CompiledScorecard>();
  for (const sc of doc.scorecards) {
    const rules = new Map<string, Rule>();
    const needs = new Set<string>();
    for (const ind of indicators) {
      const rule = sc.rules[ind.def.id] ?? ind.def.rule;
      rules.set(ind.def.id, rule);
      expressionInputs(ind.expr, needs);
      if (rule.form === "SIZED") {
        addFormula(rule.by);
        expressionInputs(exprs.get(rule.by)!, needs);
      }
      for (const o of [ind.def.denominator?.onZero, ind.def.denominator?.onNonPositive]) {
        const fs = new Set<string>();
        o?.cases?.forEach((c) => conditionFormulas(c.if, fs));
        fs.forEach((f) => {
          addFormula(f);
          expressionInputs(exprs.get(f)!, needs);
        });
      }
    }
    const caps = doc.caps.map((c) => ({
      id: c.id,
      label: c.label,
      tiers: sc.caps[c.id] ?? c.tiers,
    }));
    for (const cap of caps) {
      const fs = new Set<string>();
      cap.tiers.forEach((t) => conditionFormulas(t.when, fs));
      fs.forEach((f) => {
        addFormula(f);
        expressionInputs(exprs.get(f)!, needs);
      });
    }
    const requiredInputs = [...needs].sort((a, b) => {
      const [pa, ia] = a.split(".");
      const [pb, ib] = b.split(".");
      return (
        periodOrder[pa] - periodOrder[pb] || (lineOrder.get(ia) ?? 0) - (lineOrder.get(ib) ?? 0)
      );
    });
    scorecards.set(sc.id, { id: sc.id, label: sc.label, rules, caps, requiredInputs });
  }

  const approvalByGrade = new Map<string, ApprovalRule>();
  for (const a of doc.approval) for (const g of a.grades) approvalByGrade.set(g, a);

  return {
    doc,
    fingerprint: fingerprintOf(doc),
    lineItems: new Map(doc.lineItems.map((l) => [l.id, l])),
    indicators,
    indicatorById,
    qualitative: doc.qualitative,
    qualitativeById: new Map(doc.qualitative.map((q) => [q.id, q])),
    scorecards,
    grades: doc.grades,
    gradeRank: new Map(doc.grades.map((g, i) => [g.code, i])),
    approvalByGrade,
    ratedTypes: new Set(doc.clientTypes.rated.map((t) => t.id)),
    unratedTypes: new Map(doc.clientTypes.unrated.map((t) => [t.id, t])),
    exprs,
  };
}
