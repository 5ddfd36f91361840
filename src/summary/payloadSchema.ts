/**
 * Shape check of a signed payload, so a verifier or the PDF renderer never trusts a field it has not checked.
 * Versioned: unknown kinds or schema versions are refused, never guessed.
 */
import { z } from "zod";
import type { RatingSummary } from "./types";

const str = z.string();
const nstr = z.string().nullable();
const person = z.object({
  name: z.string().min(1),
  role: z.enum(["officer", "reviewer", "approver"]),
  level: z.enum(["branch", "head_office"]),
});
const issue = z.object({ code: str, subject: str, message: str });

const SummarySchema = z.object({
  kind: z.literal("rating-summary"),
  schemaVersion: z.literal(1),
  client: z.object({ name: str, industry: str, type: str, industryLabel: str, typeLabel: str }),
  model: z.object({ id: str, version: str, fingerprint: str, grades: z.array(str).min(1) }),
  template: z.object({ id: nstr, version: nstr }),
  workbook: nstr,
  addinVersion: str,
  scorecard: nstr,
  status: z.enum(["rated", "unrated"]),
  inputs: z.object({
    unit: nstr,
    items: z.record(str, z.union([z.number(), str, z.null()])),
    answers: z.record(str, nstr),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  indicators: z.array(
    z.object({
      id: str,
      label: str,
      dimension: str,
      kind: z.enum(["quantitative", "qualitative"]),
      value: z.number().nullable(),
      display: nstr,
      standard: str,
      score: nstr,
      max: str,
    })
  ),
  answers: z.array(
    z.object({
      id: str,
      label: str,
      answer: nstr,
      answerLabel: nstr,
      score: nstr,
      max: str,
      note: str,
    })
  ),
  dimensions: z.array(z.object({ id: str, label: str, score: nstr, max: str })),
  caps: z.array(z.object({ id: str, label: str, grade: str, reason: str })),
  total: nstr,
  modelGrade: nstr,
  grade: str,
  approval: z.object({ route: str, label: str }),
  unratedReason: nstr,
  issues: z.array(issue),
  warnings: z.array(issue),
  preparedBy: person,
  ratedOn: nstr,
  createdAt: str,
});

/** @returns the summary, or the first problems found (`path: message`). */
export function parseSummaryPayload(
  value: unknown
): { ok: true; summary: RatingSummary } | { ok: false; problems: string[] } {
  const r = SummarySchema.safeParse(value);
  if (r.success) return { ok: true, summary: r.data as RatingSummary };
  return {
    ok: false,
    problems: r.error.issues.slice(0, 5).map((i) => `payload.${i.path.join(".")}: ${i.message}`),
  };
}
