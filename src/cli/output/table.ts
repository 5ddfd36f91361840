/**
 * `--format table`: one client's result as a readable Chinese table — every ratio and score by dimension with
 * subtotals, total, model grade, caps with reasons, final grade, approval route, the gap to the next grade, and the
 * issues, warnings and notes (with the cells they concern).
 */
import { formatCents, type IndicatorResult } from "../../engine";
import type { CompiledModel } from "../../model";
import type { RatedRecord } from "./record";
import { columns } from "./width";

const STATUS = { rated: "已评级", unrated: "未评级", incomplete: "资料不全，未能评级" } as const;

/** Shows an indicator's value the way the sheet does: percent for ratios, multiples in 倍/次, 万元 amounts. */
export function showValue(model: CompiledModel, i: IndicatorResult): string {
  if (i.kind === "qualitative") {
    const q = model.qualitativeById.get(i.id);
    const a = q?.anchors.find((x) => x.key === i.answer);
    return a ? `${a.key}. ${a.label.zh}` : "未作答";
  }
  if (i.ratio === null) return "—";
  const display = model.indicatorById.get(i.id)?.def.display;
  if (display === "ratio") return `${(i.ratio * 100).toFixed(2)}%`;
  if (display === "amount")
    return `${i.ratio.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 万元`;
  // Multiples read as the sheet words them: turnover in 次 (times a year), the other multiples in 倍.
  if (display === "times")
    return `${i.ratio.toFixed(2)} ${i.label.zh.endsWith("周转率") ? "次" : "倍"}`;
  return i.ratio.toFixed(2);
}

const score = (c: number | null): string => (c === null ? "—" : formatCents(c));

/** The lines of the table for one rated (or unreadable) client. */
export function tableLines(model: CompiledModel, rec: RatedRecord): string[] {
  const out: string[] = [];
  const where = `${rec.file}${rec.row !== null ? ` 第 ${rec.row} 行` : ""}`;
  const r = rec.result;
  if (!r) {
    out.push(`客户信用等级评定 — ${where}`, "无法读取：");
    for (const p of rec.problems) out.push(`  · ${p.message.zh}`);
    return out;
  }
  const name = r.client.name || "（未填客户名称）";
  out.push(`客户信用等级评定 — ${name}（${where}）`);
  const sc = model.scorecards.get(r.scorecard ?? r.client.industry)?.label.zh;
  out.push(
    `模型 ${r.modelId} ${r.modelVersion}（指纹 ${r.modelFingerprint.slice(0, 12)}）` +
      `  行业 ${sc ?? (r.client.industry || "—")}  单位 ${r.unit ?? "—"}  状态 ${STATUS[r.status]}`
  );
  if (r.status === "unrated") {
    out.push(
      `最终等级 ${r.grade}`,
      `原因 ${r.unratedReason?.zh ?? ""}`,
      `审批路径 ${r.approvalLabel?.zh ?? ""}`
    );
  } else {
    const rows: string[][] = [["维度", "编号", "指标", "实际值", "得分", "满分"]];
    for (const d of r.dimensions) {
      for (const i of r.indicators.filter((x) => x.dimension === d.id))
        rows.push([
          d.label.zh,
          i.id,
          i.label.zh,
          showValue(model, i),
          score(i.score),
          formatCents(i.max),
        ]);
      rows.push(["", "", `${d.label.zh} 小计`, "", score(d.score), formatCents(d.max)]);
    }
    out.push("", ...columns(rows, [3, 4, 5]), "");
    out.push(`合计 ${r.total === null ? "—" : formatCents(r.total)} / ${model.doc.totalPoints}`);
    out.push(`模型等级 ${r.modelGrade ?? "—"}`);
    if (r.status === "rated") {
      if (r.caps.length === 0) out.push("限定条件 无");
      else {
        out.push("限定条件");
        for (const c of r.caps) {
          // A cap binds only when its ceiling is worse than the model grade; one that fired above it changed nothing.
          const binds =
            r.modelGrade !== null &&
            (model.gradeRank.get(c.grade) ?? -1) > (model.gradeRank.get(r.modelGrade) ?? Infinity);
          out.push(
            `  ${c.id} ${c.label.zh} → 最高 ${c.grade}${binds ? "" : "（未影响等级）"}：${c.reason.zh}`
          );
        }
      }
    }
    const lowered = r.status === "rated" && r.grade !== null && r.grade !== r.modelGrade;
    out.push(`最终等级 ${r.grade ?? "—（资料不全）"}${lowered ? "（受限定条件约束）" : ""}`);
    out.push(`审批路径 ${r.approvalLabel?.zh ?? "—"}`);
    if (r.nextGrade)
      out.push(
        `距上一等级 ${r.nextGrade.grade} 还差 ${formatCents(r.nextGrade.pointsNeeded)} 分` +
          (r.nextGrade.bindingCaps.length
            ? `（仍受限定条件 ${r.nextGrade.bindingCaps.join("、")} 约束）`
            : "")
      );
    else if (r.status === "rated") out.push("距上一等级 已是最高等级");
  }
  const list = (title: string, items: readonly string[]): void => {
    if (items.length) out.push(title, ...items.map((s) => `  · ${s}`));
  };
  // Some engine messages (an unanswered item) do not spell the cell although the issue carries it.
  const at = (m: string, cell?: string): string =>
    cell && !m.includes(cell) ? `${m}（单元格 ${cell}）` : m;
  list(
    "问题",
    r.issues.map((i) => at(i.message.zh, i.cell))
  );
  list("提示", [...r.warnings.map((w) => w.message.zh), ...rec.warnings.map((w) => w.message.zh)]);
  list(
    "说明",
    r.notes.map((n) => `${n.subject} ${n.message.zh}`)
  );
  list(
    "与工作簿中缓存结果不一致",
    rec.mismatches.map((m) => m.message.zh)
  );
  return out;
}
