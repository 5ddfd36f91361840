/** The sections of the summary report, top to bottom. Each draws from the verified report only. */
import { rgb } from "pdf-lib";
import { requiredApproverLevel } from "../authority";
import { LEVEL_LABEL, ROLE_LABEL, STEP_LABEL, type RatingSummary } from "../types";
import { capLine, gradeLine } from "../capWording";
import type { VerifyReport } from "../verify";
import { formatTime, formatValue } from "./format";
import { drawQr } from "./qr";
import { CONTENT_WIDTH, GREY, MARGIN, ensure, heading, row, text, type Writer } from "./writer";

const ACCENT = rgb(0.1, 0.3, 0.6);

export function drawTitle(w: Writer, s: RatingSummary, report: VerifyReport): void {
  text(w, "客户信用等级评定摘要", { size: 18, gap: 2 });
  text(
    w,
    `模型 ${s.model.id} ${s.model.version} · 指纹 ${s.model.fingerprint.slice(0, 16)} · 生成于 ${formatTime(s.createdAt)}`,
    { size: 8, color: GREY, gap: 10 }
  );
  const top = w.y;
  text(w, s.client.name, { size: 16, width: CONTENT_WIDTH - 170, gap: 4 });
  const facts = [
    `行业 ${s.client.industryLabel} · 客户类型 ${s.client.typeLabel} · 单位 ${s.inputs.unit ?? "—"}`,
    `评级日期 ${s.ratedOn ?? "—"} · 编制人 ${s.preparedBy.name}（${ROLE_LABEL[s.preparedBy.role]}，${LEVEL_LABEL[s.preparedBy.level]}）`,
    `工作簿 ${s.workbook ?? "—"} · 模板 ${s.template.id ?? "—"} ${s.template.version ?? ""} · 加载项 ${s.addinVersion}`,
  ];
  for (const f of facts) text(w, f, { size: 8.5, color: GREY, width: CONTENT_WIDTH - 170, gap: 1 });
  // The grade box on the right: final grade and total, large.
  const boxX = MARGIN + CONTENT_WIDTH - 160;
  w.page.drawRectangle({
    x: boxX,
    y: top - 92,
    width: 160,
    height: 92,
    borderColor: ACCENT,
    borderWidth: 1.2,
  });
  const grade = s.status === "unrated" ? (report.assignment?.grade ?? s.grade) : s.grade;
  w.page.drawText(s.status === "unrated" ? "总行认定等级" : "最终等级", {
    x: boxX + 10,
    y: top - 16,
    size: 9,
    font: w.font,
    color: GREY,
  });
  w.page.drawText(grade, { x: boxX + 10, y: top - 56, size: 34, font: w.font, color: ACCENT });
  const totalLine = s.total === null ? s.grade : `总分 ${s.total}`;
  w.page.drawText(totalLine, { x: boxX + 10, y: top - 78, size: 13, font: w.font });
  w.y = Math.min(w.y, top - 100);
  if (s.status === "unrated")
    text(w, `未评级：${s.unratedReason ?? ""}。${assignmentLine(report)}`, { size: 10, gap: 4 });
  else text(w, gradeLine(s), { size: 10, gap: 4 });
}

function assignmentLine(report: VerifyReport): string {
  const a = report.assignment;
  return a ? `总行认定等级 ${a.grade}，理由：${a.reason}` : "总行尚未认定等级";
}

/** Horizontal bars: each dimension's score against its maximum. */
export function drawDimensionChart(w: Writer, s: RatingSummary): void {
  if (s.dimensions.length === 0) return;
  heading(w, "各维度得分");
  const barX = MARGIN + 90;
  const barW = CONTENT_WIDTH - 90 - 80;
  for (const d of s.dimensions) {
    ensure(w, 18);
    const score = d.score === null ? 0 : Number(d.score);
    const max = Number(d.max);
    const y = w.y - 13;
    w.page.drawText(d.label, { x: MARGIN, y: y + 2, size: 9, font: w.font });
    w.page.drawRectangle({ x: barX, y, width: barW, height: 10, color: rgb(0.92, 0.93, 0.95) });
    const frac = max > 0 ? Math.max(0, Math.min(1, score / max)) : 0;
    w.page.drawRectangle({ x: barX, y, width: barW * frac, height: 10, color: ACCENT });
    const label = `${d.score ?? "—"} / ${d.max}`;
    w.page.drawText(label, { x: barX + barW + 8, y: y + 2, size: 9, font: w.font });
    w.y -= 17;
  }
}

export function drawIndicators(w: Writer, s: RatingSummary): void {
  heading(w, "定量指标");
  const cols = [120, 95, 216, CONTENT_WIDTH - 431];
  row(w, [
    { text: "指标", width: cols[0], color: GREY },
    { text: "值", width: cols[1], color: GREY, align: "right" },
    { text: "标准", width: cols[2], color: GREY },
    { text: "得分 / 满分", width: cols[3], color: GREY, align: "right" },
  ]);
  for (const i of s.indicators)
    row(w, [
      { text: i.label, width: cols[0] },
      { text: formatValue(i.value, i.display), width: cols[1], align: "right" },
      { text: i.standard, width: cols[2], size: 8 },
      { text: `${i.score ?? "—"} / ${i.max}`, width: cols[3], align: "right" },
    ]);
}

export function drawCaps(w: Writer, s: RatingSummary): void {
  heading(w, "限定条件");
  if (s.caps.length === 0) text(w, "无限定条件触发。", { size: 9.5 });
  for (const c of s.caps) text(w, capLine(c, s), { size: 9.5 });
}

export function drawAnswers(w: Writer, s: RatingSummary): void {
  if (s.answers.length === 0) return;
  heading(w, "定性评价");
  const cols = [110, 250, CONTENT_WIDTH - 360];
  for (const a of s.answers) {
    row(w, [
      { text: a.label, width: cols[0] },
      { text: a.answer ? `${a.answer}. ${a.answerLabel ?? ""}` : "—", width: cols[1] },
      { text: `${a.score ?? "—"} / ${a.max}`, width: cols[2], align: "right" },
    ]);
    if (a.note) text(w, `说明：${a.note}`, { size: 8.5, x: MARGIN + 12, color: GREY, gap: 2 });
  }
}

export function drawApproval(w: Writer, s: RatingSummary, report: VerifyReport): void {
  heading(w, "审批路径与签名");
  const need = requiredApproverLevel(s.approval.route);
  text(
    w,
    `${s.approval.label}：初评（客户经理）→ 审查（审查人）→ 审定（${need ? LEVEL_LABEL[need] : "—"}审定人）`,
    {
      size: 9.5,
      gap: 4,
    }
  );
  const cols = [40, 150, 90, CONTENT_WIDTH - 280];
  row(w, [
    { text: "环节", width: cols[0], color: GREY },
    { text: "签署人（角色，级别）", width: cols[1], color: GREY },
    { text: "时间", width: cols[2], color: GREY },
    { text: "密钥指纹（SHA-256）· 核验", width: cols[3], color: GREY },
  ]);
  for (const g of report.signatures)
    row(w, [
      { text: g.step ? STEP_LABEL[g.step] : "—", width: cols[0] },
      {
        text: `${g.name ?? "—"}（${g.role ? ROLE_LABEL[g.role] : "—"}，${g.level ? LEVEL_LABEL[g.level] : "—"}）`,
        width: cols[1],
      },
      { text: formatTime(g.signedAt), width: cols[2], size: 8 },
      {
        text: `${g.thumbprint ?? "—"} · ${g.valid ? "签名有效" : "签名无效"}`,
        width: cols[3],
        size: 8,
      },
    ]);
  if (report.signatures.length < 3)
    text(w, `签名链未完成：已签 ${report.signatures.length} / 3 个环节。`, { size: 9, gap: 2 });
}

/** The payload hash in words and as a QR code, and how to check it. */
export function drawHash(w: Writer, report: VerifyReport): void {
  ensure(w, 130);
  heading(w, "摘要哈希");
  const top = w.y;
  const hash = report.payloadSha256 ?? "";
  drawQr(w.page, `sha256:${hash}`, MARGIN + CONTENT_WIDTH - 100, top, 100);
  const width = CONTENT_WIDTH - 115;
  text(w, "SHA-256（RFC 8785 规范 JSON 的 UTF-8 字节）：", { size: 9, width });
  text(w, `${hash.slice(0, 32)}\n${hash.slice(32)}`, { size: 10, width });
  text(
    w,
    "本 PDF 附有 rating-summary.json（摘要与签名链）和 rating-summary.jws（每个签名的完整 JWS）。" +
      "PDF 本身不是签名：请以 credit-rating verify summary.pdf --trust 信任列表.json 核验附件中的签名。",
    { size: 8.5, color: GREY, width }
  );
  w.y = Math.min(w.y, top - 108);
}
