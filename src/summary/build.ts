/**
 * Builds the `RatingSummary` from what the engine returned plus the context only a host knows (who, when, which
 * workbook). Pure: the pane, the CLI and the tests build the same document from the same inputs.
 */
import { formatCents, type RatingInput, type RatingResult } from "../engine";
import type { CompiledModel } from "../model";
import { recordInputs } from "./inputHash";
import { standardText } from "./standardText";
import {
  SUMMARY_KIND,
  SUMMARY_SCHEMA_VERSION,
  type Person,
  type RatingSummary,
  type SummaryAnswer,
  type SummaryIndicator,
} from "./types";

export interface SummaryContext {
  readonly model: CompiledModel;
  readonly result: RatingResult;
  readonly input: RatingInput;
  readonly preparedBy: Person;
  /** Notes per qualitative item (`note.J1` …). */
  readonly notes?: Readonly<Record<string, string>>;
  readonly workbook?: string | null;
  readonly template?: { readonly id: string | null; readonly version: string | null };
  readonly addinVersion: string;
  /** The workbook's rating date (`rating.date`): YYYY-MM-DD, or an Excel date serial as Office.js reads it. */
  readonly ratedOn?: string | null;
  /** When the summary is made; fixed in golden tests. */
  readonly createdAt: Date;
}

export type BuildResult =
  | { readonly ok: true; readonly summary: RatingSummary }
  | { readonly ok: false; readonly reason: string };

const cents = (c: number | null): string | null => (c === null ? null : formatCents(c as never));

/**
 * @returns the summary, or `{ok: false}` when the rating is incomplete (nothing to sign until the inputs are).
 * @example buildSummary({ model, result, input, preparedBy, addinVersion: "0.1.0", createdAt: new Date() })
 */
export function buildSummary(ctx: SummaryContext): BuildResult {
  const { model, result: r } = ctx;
  if (r.status === "incomplete" || r.grade === null || r.approval === null)
    return { ok: false, reason: "评级不完整：请先补齐缺少的输入，再生成评级摘要。" };
  if (r.modelFingerprint !== model.fingerprint)
    return { ok: false, reason: "评级结果与模型不一致（模型指纹不同）。" };
  const rules = r.scorecard ? model.scorecards.get(r.scorecard)?.rules : undefined;
  const indicators: SummaryIndicator[] = r.indicators
    .filter((i) => i.kind === "quantitative")
    .map((i) => {
      const def = model.indicatorById.get(i.id)?.def;
      const display = def?.display ?? "ratio";
      return {
        id: i.id,
        label: i.label.zh,
        dimension: i.dimension,
        kind: i.kind,
        value: i.ratio === null ? null : Number(i.ratio),
        display,
        standard: standardText(rules?.get(i.id), display),
        score: cents(i.score),
        max: formatCents(i.max),
      };
    });
  const answers: SummaryAnswer[] = r.indicators
    .filter((i) => i.kind === "qualitative")
    .map((i) => {
      const anchor = model.qualitativeById.get(i.id)?.anchors.find((a) => a.key === i.answer);
      return {
        id: i.id,
        label: i.label.zh,
        answer: i.answer ?? null,
        answerLabel: anchor ? anchor.label.zh : null,
        score: cents(i.score),
        max: formatCents(i.max),
        note: (ctx.notes?.[i.id] ?? "").trim(),
      };
    });
  const summary: RatingSummary = {
    kind: SUMMARY_KIND,
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    client: { ...r.client, ...clientLabels(model, r.client) },
    model: {
      id: r.modelId,
      version: r.modelVersion,
      fingerprint: r.modelFingerprint,
      grades: model.grades.map((g) => g.code),
    },
    template: ctx.template ?? { id: null, version: null },
    workbook: ctx.workbook ?? null,
    addinVersion: ctx.addinVersion,
    scorecard: r.scorecard,
    status: r.status,
    inputs: recordInputs(ctx.input),
    indicators,
    answers,
    dimensions: r.dimensions.map((d) => ({
      id: d.id,
      label: d.label.zh,
      score: cents(d.score),
      max: formatCents(d.max),
    })),
    caps: r.caps.map((c) => ({ id: c.id, label: c.label.zh, grade: c.grade, reason: c.reason.zh })),
    total: cents(r.total),
    modelGrade: r.modelGrade,
    grade: r.grade,
    approval: { route: r.approval, label: r.approvalLabel?.zh ?? "" },
    unratedReason: r.unratedReason?.zh ?? null,
    issues: r.issues.map((i) => ({ code: i.code, subject: i.subject, message: i.message.zh })),
    warnings: r.warnings.map((w) => ({ code: w.code, subject: w.subject, message: w.message.zh })),
    preparedBy: { ...ctx.preparedBy },
    ratedOn: ratedOnText(ctx.ratedOn),
    createdAt: ctx.createdAt.toISOString(),
  };
  return { ok: true, summary };
}

function clientLabels(
  model: CompiledModel,
  c: RatingResult["client"]
): { industryLabel: string; typeLabel: string } {
  const sc = model.doc.scorecards.find((x) => x.id === c.industry);
  const types = [...model.doc.clientTypes.rated, ...model.doc.clientTypes.unrated];
  const t = types.find((x) => x.id === c.type);
  return { industryLabel: sc ? sc.label.zh : c.industry, typeLabel: t ? t.label.zh : c.type };
}

/** `46345` (an Excel 1900-system date serial, as Office.js reads a date cell) → `2026-11-20`; text stays as is. */
export function ratedOnText(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v.trim() === "") return null;
  const t = v.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const ms = Date.UTC(1899, 11, 30) + Math.floor(Number(t)) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return t;
}
