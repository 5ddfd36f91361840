/**
 * The zod schema of the rating-model document (schemaVersion 1). Shape checks live here; cross-reference checks
 * (ids, points, bands) live in `crossChecks.ts`, so each concern stays small.
 */
import { iso, z } from "zod";

const id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "id: letters, digits and _ only, starting with a letter");

/** A label or message in both languages the product speaks. */
export const LocalizedTextSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

const better = z.enum(["higher", "lower"]);
const finite = z.number().finite();

export const LineItemSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  statement: z.enum(["balance", "income", "cashflow"]),
  /** Items that can never be negative give NEGATIVE_INPUT when they are. */
  nonNegative: z.boolean(),
});
export type LineItem = z.infer<typeof LineItemSchema>;

export const DimensionSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  points: finite.positive(),
});
export type Dimension = z.infer<typeof DimensionSchema>;

const LinearRuleSchema = z.strictObject({
  form: z.literal("LINEAR"),
  better,
  std: finite,
  limit: finite,
});
const DeductRuleSchema = z.strictObject({
  form: z.literal("DEDUCT"),
  better,
  std: finite,
  /** Points taken off per `unit` of shortfall. */
  deduct: finite.positive(),
  unit: finite.positive(),
});
const ProportionalRuleSchema = z.strictObject({
  form: z.literal("PROPORTIONAL"),
  better,
  std: finite.positive(),
  /** Score is clamped to [0, capMultiple × max]. */
  capMultiple: finite.min(1),
});
const BandsRuleSchema = z.strictObject({
  form: z.literal("BANDS"),
  better,
  /** Higher-better: bounds descend, x ≥ bound wins. Lower-better: bounds ascend, x ≤ bound wins. */
  bands: z.array(z.strictObject({ bound: finite, points: finite.min(0) })).min(1),
  otherwise: finite.min(0),
});
const StepsRuleSchema = z.strictObject({
  form: z.literal("STEPS"),
  /** Size brackets, largest first; x ≥ min earns points. */
  steps: z.array(z.strictObject({ min: finite.positive(), points: finite.min(0) })).min(1),
  /** Below the lowest bracket: `prorata` gives points × x / min (never below 0); `zero` gives 0. */
  tail: z.enum(["prorata", "zero"]),
});
const SignRuleSchema = z.strictObject({ form: z.literal("SIGN") });
const TiersRuleSchema = z.strictObject({
  form: z.literal("TIERS"),
  better,
  /** 优秀, 良好, 平均, 较低, 较差 — from best to worst. */
  values: z.array(finite).length(5),
  coefficients: z.array(finite.min(0).max(1)).length(5),
});

const BaseRuleSchema = z.discriminatedUnion("form", [
  LinearRuleSchema,
  DeductRuleSchema,
  ProportionalRuleSchema,
  BandsRuleSchema,
  StepsRuleSchema,
  SignRuleSchema,
  TiersRuleSchema,
]);

/** Size-dependent parameters: the first variant whose `min` the size measure reaches applies. */
const SizedRuleSchema = z.strictObject({
  form: z.literal("SIZED"),
  /** A formula over line items, e.g. `owners_equity.cur - intangible_assets.cur`. */
  by: z.string().min(1),
  variants: z.array(z.strictObject({ min: finite, rule: BaseRuleSchema })).min(1),
  otherwise: BaseRuleSchema,
});

export const RuleSchema = z.union([BaseRuleSchema, SizedRuleSchema]);
export type Rule = z.infer<typeof RuleSchema>;
export type LinearRule = z.infer<typeof LinearRuleSchema>;
export type DeductRule = z.infer<typeof DeductRuleSchema>;
export type ProportionalRule = z.infer<typeof ProportionalRuleSchema>;
export type BandsRule = z.infer<typeof BandsRuleSchema>;
export type StepsRule = z.infer<typeof StepsRuleSchema>;
export type SignRule = z.infer<typeof SignRuleSchema>;
export type TiersRule = z.infer<typeof TiersRuleSchema>;
export type SizedRule = z.infer<typeof SizedRuleSchema>;

const op = z.enum([">", ">=", "<", "<=", "=", "!="]);
export type Comparison = z.infer<typeof op>;

/** Conditions used by caps and denominator policies. */
export type Condition =
  | { expr: string; op: Comparison; value: number }
  | { ratio: string; op: Comparison; value: number }
  | { scoreBelowMax: string }
  | { answer: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ expr: z.string().min(1), op, value: finite }),
    z.strictObject({ ratio: id, op, value: finite }),
    z.strictObject({ scoreBelowMax: id }),
    z.strictObject({ answer: id, in: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
  ])
);

const issueCode = z.enum(["ZERO_DENOMINATOR", "NEGATIVE_EQUITY", "NO_PRIOR_BASE"]);

const OutcomeSchema = z.strictObject({
  points: z.union([z.literal("max"), finite.min(0)]),
  issue: issueCode.optional(),
  note: LocalizedTextSchema.optional(),
  /** Refinements: the first whose condition holds sets the points (e.g. 扭亏为盈 → 2). */
  cases: z.array(z.strictObject({ if: ConditionSchema, points: finite.min(0) })).optional(),
});

/** What happens when a divisor in the formula is zero, or zero or negative. */
export const DenominatorPolicySchema = z.strictObject({
  onZero: OutcomeSchema.optional(),
  onNonPositive: OutcomeSchema.optional(),
});
export type DenominatorPolicy = z.infer<typeof DenominatorPolicySchema>;
export type DenominatorOutcome = z.infer<typeof OutcomeSchema>;

export const IndicatorSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  dimension: id,
  formula: z.string().min(1),
  /** How the template explains the formula (计算公式说明). */
  formulaText: LocalizedTextSchema,
  display: z.enum(["amount", "ratio", "times"]),
  max: finite.positive(),
  rule: RuleSchema,
  denominator: DenominatorPolicySchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const QualitativeAnchorSchema = z.strictObject({
  key: z.string().regex(/^[a-z]$/, "anchor keys are single lower-case letters"),
  label: LocalizedTextSchema,
  points: finite.min(0),
});
export type QualitativeAnchor = z.infer<typeof QualitativeAnchorSchema>;

export const QualitativeItemSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  dimension: id,
  max: finite.positive(),
  anchors: z.array(QualitativeAnchorSchema).min(2),
});
export type QualitativeItem = z.infer<typeof QualitativeItemSchema>;

export const CapTierSchema = z.strictObject({
  when: ConditionSchema,
  grade: z.string().min(1),
  reason: LocalizedTextSchema,
});
export type CapTier = z.infer<typeof CapTierSchema>;

export const CapSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  /** Most severe first: the first tier whose condition holds is the cap. */
  tiers: z.array(CapTierSchema).min(1),
});
export type Cap = z.infer<typeof CapSchema>;

export const ScorecardSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  /** Replaces an indicator's rule for this industry. */
  rules: z.record(z.string(), RuleSchema),
  /** Replaces a cap's tiers for this industry. */
  caps: z.record(z.string(), z.array(CapTierSchema).min(1)),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

export const GradeBandSchema = z.strictObject({
  code: z.string().min(1),
  label: LocalizedTextSchema,
  /** Band is [min, max); the top band includes its max. */
  min: finite,
  max: finite,
});
export type GradeBand = z.infer<typeof GradeBandSchema>;

export const ApprovalRuleSchema = z.strictObject({
  route: z.enum(["head_office", "branch"]),
  label: LocalizedTextSchema,
  grades: z.array(z.string().min(1)).min(1),
});
export type ApprovalRule = z.infer<typeof ApprovalRuleSchema>;

export const UnratedTypeSchema = z.strictObject({
  id,
  label: LocalizedTextSchema,
  reason: LocalizedTextSchema,
});
export type UnratedType = z.infer<typeof UnratedTypeSchema>;

export const RatingModelSchema = z.strictObject({
  kind: z.literal("rating-model"),
  schemaVersion: z.literal(1),
  modelId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  modelVersion: z.string().regex(/^\d{4}\.\d+$/, "modelVersion is YEAR.N, e.g. 2026.1"),
  // `iso.date`, not `z.iso.date`: webpack 5.113 resolves the nested namespace `z.iso.date` to `z.date` (a Date
  // object check), so every bundled build refused the default model. Same function, reached one level up.
  effective: iso.date(),
  title: LocalizedTextSchema,
  totalPoints: finite.positive(),
  lineItems: z.array(LineItemSchema).min(1),
  dimensions: z.array(DimensionSchema).min(1),
  indicators: z.array(IndicatorSchema).min(1),
  qualitative: z.array(QualitativeItemSchema),
  scorecards: z.array(ScorecardSchema).min(1),
  clientTypes: z.strictObject({
    rated: z.array(UnratedTypeSchema.pick({ id: true, label: true })).min(1),
    unrated: z.array(UnratedTypeSchema),
  }),
  grades: z.array(GradeBandSchema).min(2),
  unratedGrade: z.string().min(1),
  caps: z.array(CapSchema),
  approval: z.array(ApprovalRuleSchema).min(1),
  checks: z.strictObject({
    balance: z.strictObject({
      assets: id,
      liabilities: id,
      equity: id,
      /** Fraction of assets the identity may miss by before BALANCE_MISMATCH. */
      tolerance: finite.positive(),
    }),
    unitSuspect: z.strictObject({
      item: id,
      minYuan: finite.positive(),
      maxWan: finite.positive(),
    }),
  }),
});
export type RatingModelDoc = z.infer<typeof RatingModelSchema>;
