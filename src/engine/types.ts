/**
 * What goes into and comes out of the engine. Domain numbers are branded (Excalidraw's math types) so that a ratio
 * can never be passed where points are expected.
 */
import type { ApprovalRoute, Period } from "../model/types";
import type { RatingIssue, RatingNote, RatingWarning, Words } from "./issues";

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** An indicator's value: a ratio, a multiple, a growth rate or an amount in 万元. */
export type Ratio = Brand<number, "Ratio">;
/** Points in hundredths (integer cents): totals add exactly. */
export type Cents = Brand<number, "Cents">;
/** A grade code from the model (AAA … B), or the unrated grade. */
export type GradeCode = Brand<string, "GradeCode">;

/** One client's data, as a host reads it. Values are numbers, text as found in a cell, or null for a blank. */
export interface RatingInput {
  readonly client: { readonly name?: string; readonly industry?: string; readonly type?: string };
  /** 万元 or 元, as declared in the workbook or file. */
  readonly unit?: unknown;
  readonly statements: Partial<Record<Period, Readonly<Record<string, unknown>>>>;
  /** Chosen anchor per qualitative item: its key ("a") or its Chinese label. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** Where each value came from, by `period.item`, item id or `unit`, e.g. `资产负债表!C5`. */
  readonly cells?: Readonly<Record<string, string>>;
}

export type RatingStatus = "rated" | "unrated" | "incomplete";

export interface IndicatorResult {
  readonly id: string;
  readonly label: Words;
  readonly dimension: string;
  readonly kind: "quantitative" | "qualitative";
  /** Quantitative: the ratio (null where the standard leaves it undefined or inputs are missing). */
  readonly ratio: Ratio | null;
  /** Qualitative: the anchor chosen. */
  readonly answer?: string;
  readonly score: Cents | null;
  readonly max: Cents;
  readonly note?: Words;
}

export interface DimensionResult {
  readonly id: string;
  readonly label: Words;
  readonly score: Cents | null;
  readonly max: Cents;
}

export interface CapResult {
  readonly id: string;
  readonly label: Words;
  readonly grade: GradeCode;
  readonly reason: Words;
}

export interface NextGrade {
  readonly grade: GradeCode;
  /** Points the total must still gain to reach it. */
  readonly pointsNeeded: Cents;
  /** Caps that would still hold the final grade below it. */
  readonly bindingCaps: readonly string[];
}

/** Everything the engine worked out, so any cell, screen or PDF can explain itself. */
export interface RatingResult {
  readonly status: RatingStatus;
  readonly modelId: string;
  readonly modelVersion: string;
  readonly modelFingerprint: string;
  readonly client: { readonly name: string; readonly industry: string; readonly type: string };
  readonly scorecard: string | null;
  readonly unit: "万元" | "元" | null;
  readonly indicators: readonly IndicatorResult[];
  readonly dimensions: readonly DimensionResult[];
  readonly total: Cents | null;
  readonly modelGrade: GradeCode | null;
  readonly caps: readonly CapResult[];
  /** Final grade after caps; the unrated grade (未评级) when unrated; null when incomplete. */
  readonly grade: GradeCode | null;
  readonly approval: ApprovalRoute | null;
  readonly approvalLabel: Words | null;
  readonly nextGrade: NextGrade | null;
  /** For unrated clients: why, and that head office assigns the grade. */
  readonly unratedReason: Words | null;
  readonly issues: readonly RatingIssue[];
  readonly warnings: readonly RatingWarning[];
  readonly notes: readonly RatingNote[];
}
