/** Grades from totals, the worst of several grades, approval routes and the gap to the next grade. */
import type { CompiledModel } from "../model";
import type { ApprovalRoute } from "../model/types";
import type { Words } from "./issues";
import type { CapResult, Cents, GradeCode, NextGrade } from "./types";

const toCents = (x: number): number => Math.round(x * 100);

/**
 * The model grade a total earns from the bands (caps not applied). Totals are held in cents, bands have at most
 * two decimals (parseRatingModel checks), so the comparison is exact.
 * @returns null when the total is outside [0, totalPoints].
 */
export function gradeForTotal(model: CompiledModel, total: Cents): GradeCode | null {
  const g = model.grades;
  if (total < 0 || total > toCents(model.doc.totalPoints)) return null;
  for (const band of g) if (total >= toCents(band.min)) return band.code as GradeCode;
  return null;
}

/** The worst of the given grades (by the model's order); unknown codes are ignored. */
export function worstGrade(model: CompiledModel, grades: readonly string[]): GradeCode | null {
  let worst: string | null = null;
  for (const g of grades) {
    const r = model.gradeRank.get(g);
    if (r === undefined) continue;
    if (worst === null || r > model.gradeRank.get(worst)!) worst = g;
  }
  return worst as GradeCode | null;
}

/** Who approves a grade. */
export function approvalFor(
  model: CompiledModel,
  grade: string
): { route: ApprovalRoute; label: Words } | null {
  const a = model.approvalByGrade.get(grade);
  return a ? { route: a.route, label: a.label } : null;
}

/** The next better band than the model grade, the points still needed, and caps that would still bind there. */
export function nextGrade(
  model: CompiledModel,
  total: Cents,
  caps: readonly CapResult[]
): NextGrade | null {
  const current = gradeForTotal(model, total);
  if (current === null) return null;
  const rank = model.gradeRank.get(current)!;
  if (rank === 0) return null;
  const band = model.grades[rank - 1];
  const bindingCaps = caps.filter((c) => model.gradeRank.get(c.grade)! > rank - 1).map((c) => c.id);
  return {
    grade: band.code as GradeCode,
    pointsNeeded: (toCents(band.min) - total) as Cents,
    bindingCaps,
  };
}
