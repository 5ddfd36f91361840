/**
 * The result as the worked cases' README lists it (`--format json`): ratios by id, scores as two-decimal strings,
 * total, grades, cap ids, approval, issues as `{code, subject, message, cell}` — plus names, reasons and notes.
 */
import { formatCents } from "./format";
import type { RatingResult } from "./types";

export interface ResultJson {
  status: RatingResult["status"];
  client: RatingResult["client"];
  model: { id: string; version: string; fingerprint: string };
  scorecard: string | null;
  unit: string | null;
  ratios: Record<string, number | null>;
  scores: Record<string, string | null>;
  answers: Record<string, string>;
  dimensions: Record<string, { score: string | null; max: string }>;
  total: string | null;
  modelGrade: string | null;
  caps: string[];
  capReasons: { id: string; grade: string; reason: string }[];
  grade: string | null;
  approval: string | null;
  approvalLabel: string | null;
  nextGrade: { grade: string; pointsNeeded: string; bindingCaps: string[] } | null;
  unratedReason: string | null;
  issues: { code: string; subject: string; message: string; cell?: string }[];
  warnings: { code: string; subject: string; message: string }[];
  notes: { subject: string; message: string }[];
}

/** Projects a result to plain JSON; `lang` picks the words of messages. */
export function resultToJson(r: RatingResult, lang: "zh" | "en" = "zh"): ResultJson {
  const ratios: Record<string, number | null> = {};
  const scores: Record<string, string | null> = {};
  const answers: Record<string, string> = {};
  for (const i of r.indicators) {
    if (i.kind === "quantitative") ratios[i.id] = i.ratio;
    if (i.answer) answers[i.id] = i.answer;
    scores[i.id] = i.score === null ? null : formatCents(i.score);
  }
  const dimensions: ResultJson["dimensions"] = {};
  for (const d of r.dimensions)
    dimensions[d.id] = {
      score: d.score === null ? null : formatCents(d.score),
      max: formatCents(d.max),
    };
  return {
    status: r.status,
    client: r.client,
    model: { id: r.modelId, version: r.modelVersion, fingerprint: r.modelFingerprint },
    scorecard: r.scorecard,
    unit: r.unit,
    ratios,
    scores,
    answers,
    dimensions,
    total: r.total === null ? null : formatCents(r.total),
    modelGrade: r.modelGrade,
    caps: r.caps.map((c) => c.id),
    capReasons: r.caps.map((c) => ({ id: c.id, grade: c.grade, reason: c.reason[lang] })),
    grade: r.grade,
    approval: r.approval,
    approvalLabel: r.approvalLabel ? r.approvalLabel[lang] : null,
    nextGrade: r.nextGrade
      ? {
          grade: r.nextGrade.grade,
          pointsNeeded: formatCents(r.nextGrade.pointsNeeded),
          bindingCaps: [...r.nextGrade.bindingCaps],
        }
      : null,
    unratedReason: r.unratedReason ? r.unratedReason[lang] : null,
    issues: r.issues.map((i) => ({
      code: i.code,
      subject: i.subject,
      message: i.message[lang],
      ...(i.cell ? { cell: i.cell } : {}),
    })),
    warnings: r.warnings.map((w) => ({
      code: w.code,
      subject: w.subject,
      message: w.message[lang],
    })),
    notes: r.notes.map((x) => ({ subject: x.subject, message: x.message[lang] })),
  };
}
