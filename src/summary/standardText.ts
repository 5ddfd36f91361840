/**
 * The standard an indicator is scored against, in words for the summary's indicator table (值 / 标准 / 得分).
 * Reads the scorecard's rule; never scores anything (the engine did that).
 */
import type { Rule } from "../model";

type Display = "amount" | "ratio" | "times";

function num(x: number, display: Display): string {
  if (display === "ratio") return `${Number((x * 100).toFixed(4))}%`;
  if (display === "amount") return `${x}万元`;
  return String(x);
}

/** @returns e.g. "标准值 60%，最差 90%（越低越好）"; "" for a missing rule. */
export function standardText(rule: Rule | undefined, display: Display): string {
  if (!rule) return "";
  const dir = (b: "higher" | "lower"): string => (b === "higher" ? "越高越好" : "越低越好");
  switch (rule.form) {
    case "LINEAR":
      return `标准值 ${num(rule.std, display)}，最差 ${num(rule.limit, display)}（${dir(rule.better)}）`;
    case "DEDUCT":
      return `标准值 ${num(rule.std, display)}，每差 ${num(rule.unit, display)} 扣 ${rule.deduct} 分`;
    case "PROPORTIONAL":
      return `标准值 ${num(rule.std, display)}，按比例得分（${dir(rule.better)}）`;
    case "BANDS":
      return `分档：${rule.bands.map((b) => `${num(b.bound, display)}→${b.points}分`).join("，")}`;
    case "STEPS":
      return `分档：${rule.steps.map((s) => `≥${num(s.min, display)}→${s.points}分`).join("，")}`;
    case "SIGN":
      return "大于 0 得满分";
    case "TIERS":
      return `优秀 ${num(rule.values[0], display)}，平均 ${num(rule.values[2], display)}（${dir(rule.better)}）`;
    case "SIZED":
      return `按规模分档：${standardText(rule.otherwise, display)}`;
  }
}
