/**
 * Whether a fired cap lowered the grade, and the words the signed PDF uses for it. A cap only "constrains" the
 * grade when its ceiling is worse than the model grade; a cap whose ceiling is at or above the model grade fired
 * but changed nothing, and saying otherwise would misstate the rating in a signed document.
 */
import type { RatingSummary } from "./types";

/**
 * True when a cap's ceiling is worse than the model grade (so it lowered, or helped lower, the grade). `scale` is
 * the model's grades best first, as the signed summary records them (`model.grades`), so a bank's own scale
 * (AA+/AA/AA−, CCC…C) is ranked as its model ranks it.
 * @example capLowers("AA", "BBB", ["AAA", "AA", "A", "BBB"]) // false: capped at AA, BBB is already below
 */
export function capLowers(
  capGrade: string,
  modelGrade: string | null,
  scale: readonly string[],
  finalGrade?: string
): boolean {
  if (modelGrade === null) return false;
  const c = scale.indexOf(capGrade);
  const m = scale.indexOf(modelGrade);
  // A code the scale does not hold: the cap that gave the final grade is the one that lowered it.
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
  s: Pick<RatingSummary, "modelGrade" | "grade" | "model">
): string {
  const mark = capLowers(c.grade, s.modelGrade, s.model.grades, s.grade) ? "" : "（未影响等级）";
  return `${c.label}：最高 ${c.grade}${mark}。${c.reason}`;
}
