/**
 * Whether a fired cap lowered the grade, and the words the signed PDF uses for it. A cap only "constrains" the
 * grade when its ceiling is worse than the model grade; a cap whose ceiling is at or above the model grade fired
 * but changed nothing, and saying otherwise would misstate the rating in a signed document.
 */
import type { RatingSummary } from "./types";

/** The standard's grade scale, best first (RATING-STANDARD; summaries carry codes, not the model's bands). */
const SCALE = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D"] as const;

/**
 * True when a cap's ceiling is worse than the model grade (so it lowered, or helped lower, the grade).
 * @example capLowers("AA", "BBB") // false: capped at AA, the model grade BBB is already below
 */
export function capLowers(
  capGrade: string,
  modelGrade: string | null,
  finalGrade?: string
): boolean {
  if (modelGrade === null) return false;
  const c = SCALE.indexOf(capGrade as (typeof SCALE)[number]);
  const m = SCALE.indexOf(modelGrade as (typeof SCALE)[number]);
  // A code outside the standard scale: the cap that gave the final grade is the one that lowered it.
  if (c < 0 || m < 0)
    return finalGrade !== undefined && capGrade === finalGrade && finalGrade !== modelGrade;
  return c > m;
}

/** "模型等级 BBB；最终等级 BBB（无限定条件）" — constrained only when the final grade is below the model grade. */
export function gradeLine(s: Pick<RatingSummary, "modelGrade" | "grade" | "caps">): string {
  const lowered = s.modelGrade !== null && s.grade !== s.modelGrade;
  const why = lowered
    ? "受限定条件约束"
    : s.caps.length
      ? "限定条件已触发，未影响等级"
      : "无限定条件";
  return `模型等级 ${s.modelGrade ?? "—"}；最终等级 ${s.grade}（${why}）`;
}

/** One line per fired cap; a cap that did not lower the grade says so. */
export function capLine(
  c: RatingSummary["caps"][number],
  s: Pick<RatingSummary, "modelGrade" | "grade">
): string {
  const mark = capLowers(c.grade, s.modelGrade, s.grade) ? "" : "（未影响等级）";
  return `${c.label}：最高 ${c.grade}${mark}。${c.reason}`;
}
