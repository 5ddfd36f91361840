/**
 * The rating-model document: what head office publishes. The engine knows only the rule *forms*; every number
 * (standards, limits, bands, caps, grades) lives here. Types are inferred from the zod schema in `schema.ts`, so
 * the document, its validation and the engine can never disagree about a field.
 */
export type {
  RatingModelDoc as RatingModel,
  LocalizedText,
  LineItem,
  Dimension,
  Indicator,
  Rule,
  LinearRule,
  DeductRule,
  ProportionalRule,
  BandsRule,
  StepsRule,
  SignRule,
  TiersRule,
  SizedRule,
  DenominatorPolicy,
  Condition,
  Comparison,
  QualitativeItem,
  QualitativeAnchor,
  Scorecard,
  GradeBand,
  Cap,
  CapTier,
  ApprovalRule,
  UnratedType,
} from "./schema";

/** Periods a formula may name: the rated year, the prior year and two years before. */
export const PERIODS = ["cur", "pri", "pri2"] as const;
export type Period = (typeof PERIODS)[number];

/** Statement units the engine converts from; amounts are held in 万元 inside. */
export const UNITS = ["万元", "元"] as const;
export type StatementUnit = (typeof UNITS)[number];

/** Approval routes, as JSON codes; the cells show Chinese labels for them. */
export type ApprovalRoute = "head_office" | "branch" | "head_office_assignment";
