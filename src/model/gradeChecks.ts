/**
 * Grade bands and approval rules of a model: bands best first, contiguous from 0 to totalPoints with no gap or
 * overlap and at most two decimals (totals have two); every grade approved by exactly one rule.
 */
import { modelIssue, type ModelIssue } from "./issues";
import type { RatingModelDoc } from "./schema";

type Seg = PropertyKey[];

/** Sums and bounds in cents so that decimal bounds compare exactly. */
const cents = (x: number): number => Math.round(x * 100);

export function checkGradeBands(doc: RatingModelDoc, out: ModelIssue[]): void {
  doc.grades.forEach((g, i) => {
    const at: Seg = ["grades", i];
    if (!(g.min < g.max))
      out.push(
        modelIssue(at, `等级 ${g.code} 的下限须小于上限`, `grade ${g.code}: min must be below max`)
      );
    if (cents(g.min) / 100 !== g.min || cents(g.max) / 100 !== g.max)
      out.push(
        modelIssue(
          at,
          `等级 ${g.code} 的界限最多两位小数（总分为两位小数）`,
          `grade ${g.code}: bounds have at most 2 decimals, like totals`
        )
      );
    if (i === 0 && g.max !== doc.totalPoints)
      out.push(
        modelIssue(
          [...at, "max"],
          `最高等级上限须等于总分 ${doc.totalPoints}`,
          `the top grade must reach totalPoints ${doc.totalPoints}`
        )
      );
    if (i === doc.grades.length - 1 && g.min !== 0)
      out.push(
        modelIssue([...at, "min"], "最低等级下限须为 0", "the lowest grade must start at 0")
      );
    if (i > 0) {
      const prev = doc.grades[i - 1];
      if (g.max > prev.min)
        out.push(
          modelIssue(
            at,
            `等级 ${g.code} 与 ${prev.code} 的分数区间重叠`,
            `grade ${g.code} overlaps ${prev.code}`
          )
        );
      else if (g.max < prev.min)
        out.push(
          modelIssue(
            at,
            `等级 ${g.code} 与 ${prev.code} 之间有空档`,
            `gap between grade ${g.code} and ${prev.code}`
          )
        );
    }
  });
}

export function checkApproval(doc: RatingModelDoc, out: ModelIssue[]): void {
  const grades = new Set(doc.grades.map((g) => g.code));
  const seen = new Map<string, number>();
  doc.approval.forEach((a, i) =>
    a.grades.forEach((g, j) => {
      if (!grades.has(g))
        out.push(
          modelIssue(["approval", i, "grades", j], `未定义的等级“${g}”`, `unknown grade "${g}"`)
        );
      seen.set(g, (seen.get(g) ?? 0) + 1);
    })
  );
  doc.grades.forEach((g, i) => {
    const n = seen.get(g.code) ?? 0;
    if (n !== 1)
      out.push(
        modelIssue(
          ["grades", i],
          `等级 ${g.code} 须恰好属于一条审批规则（现为 ${n} 条）`,
          `grade ${g.code} must belong to exactly one approval rule (found ${n})`
        )
      );
  });
}
