/**
 * The 标准值 column: a rule's parameters in the words a credit officer reads ("≤60.00% 满分；≥90.00% 得 0 分"),
 * written from the model so the sheet and the scoring can never tell different stories.
 */
import type { Indicator, Rule } from "../../model";

type Display = Indicator["display"];

/** A parameter value as the sheet shows it: percent for ratios, 万元 for amounts. */
export function showParam(x: number, display: Display): string {
  if (display === "ratio") return `${+(x * 100).toFixed(4)}%`;
  if (display === "amount") return `${x.toLocaleString("en-US", { maximumFractionDigits: 2 })}万元`;
  return `${+x.toFixed(4)}`;
}

const pts = (p: number): string => `${+p.toFixed(2)}分`;

/**
 * Describes a rule in Chinese.
 * @example ruleText({ form: "LINEAR", better: "lower", std: 0.6, limit: 0.9 }, "ratio") // "≤60%满分；≥90%得0分；其间按线性插值"
 */
export function ruleText(rule: Rule, display: Display): string {
  const v = (x: number): string => showParam(x, display);
  switch (rule.form) {
    case "LINEAR":
      return rule.better === "higher"
        ? `≥${v(rule.std)}满分；≤${v(rule.limit)}得0分；其间按线性插值`
        : `≤${v(rule.std)}满分；≥${v(rule.limit)}得0分；其间按线性插值`;
    case "DEDUCT":
      return `${rule.better === "higher" ? "≥" : "≤"}${v(rule.std)}满分；每差${v(rule.unit)}扣${pts(rule.deduct)}，扣完为止`;
    case "PROPORTIONAL":
      return `满分×${rule.better === "higher" ? "实际值÷标准值" : "标准值÷实际值"}（标准值${v(rule.std)}），最高${rule.capMultiple}倍满分`;
    case "BANDS": {
      const op = rule.better === "higher" ? "≥" : "≤";
      return [
        ...rule.bands.map((b) => `${op}${v(b.bound)} ${pts(b.points)}`),
        `其余 ${pts(rule.otherwise)}`,
      ].join("；");
    }
    case "STEPS":
      return [
        ...rule.steps.map((s) => `≥${v(s.min)} ${pts(s.points)}`),
        rule.tail === "prorata" ? "以下按比例" : "以下0分",
      ].join("；");
    case "SIGN":
      return "大于0得满分，否则0分";
    case "TIERS": {
      const names = ["优秀", "良好", "平均", "较低", "较差"];
      return rule.values.map((x, i) => `${names[i]}${v(x)}`).join("；") + "（功效系数法）";
    }
    case "SIZED":
      return `按规模分档：${rule.variants.map((s) => `规模≥${s.min}：${ruleText(s.rule, display)}`).join("｜")}｜其余：${ruleText(rule.otherwise, display)}`;
  }
}
