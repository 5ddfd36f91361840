/**
 * The A4 Chinese report of a signed summary (pdf-lib + fontkit, subset CJK font), with the envelope and the JWS
 * chain attached. Fixed inputs give byte-identical output: no "now", metadata dates come from the summary.
 */
import { PDFDocument } from "pdf-lib";
import { verifySignedSummary, type VerifyReport } from "../verify";
import { payloadToB64 } from "../jws";
import { sha256Hex } from "../canonical";
import type { SignedSummary } from "../types";
import { fontAdapter } from "./font";
import {
  drawAnswers,
  drawApproval,
  drawCaps,
  drawDimensionChart,
  drawHash,
  drawIndicators,
  drawTitle,
} from "./sections";
import { GREY, MARGIN, startWriter } from "./writer";

export const JSON_ATTACHMENT = "rating-summary.json";
export const JWS_ATTACHMENT = "rating-summary.jws";

export interface RenderOptions {
  /** The CJK font (assets/fonts/wqy-microhei.ttc): Node reads it from disk, the pane fetches it. */
  readonly fontBytes: Uint8Array;
}

export type RenderResult =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly missingGlyphs: string[];
      readonly report: VerifyReport;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Renders the report. Refuses a summary whose payload or signatures do not verify: a PDF must never dress up a
 * broken chain. `missingGlyphs` lists characters the font lacks (they would print as blanks).
 */
export async function renderSummaryPdf(
  signed: SignedSummary,
  opts: RenderOptions
): Promise<RenderResult> {
  const report = await verifySignedSummary(signed);
  if (!report.summary || !report.ok)
    return {
      ok: false,
      reason: `签名摘要无法通过核验：${[...report.problems, ...report.signatures.flatMap((s) => s.problems)][0] ?? ""}`,
    };
  const s = report.summary;
  const adapter = fontAdapter(opts.fontBytes);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(adapter.fontkit);
  // PDF subset fonts are named TAG+Name with six capitals; derive the tag from the content so it is stable.
  const tag = [...sha256Hex(signed.payload).slice(0, 6)].map(
    (h) => "ABCDEFGHIJKLMNOP"[parseInt(h, 16)]
  );
  const font = await doc.embedFont(opts.fontBytes, {
    subset: true,
    customName: `${tag.join("")}+WenQuanYiMicroHei`,
  });
  const when = new Date(s.createdAt);
  doc.setTitle(`客户信用等级评定摘要 — ${s.client.name}`);
  doc.setSubject(`${s.model.id} ${s.model.version}`);
  doc.setProducer("credit-rating-addin");
  doc.setCreator("credit-rating-addin");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setLanguage("zh-CN");

  const w = startWriter(doc, font);
  drawTitle(w, s, report);
  drawDimensionChart(w, s);
  drawIndicators(w, s);
  drawCaps(w, s);
  drawAnswers(w, s);
  drawApproval(w, s, report);
  drawHash(w, report);
  const pages = doc.getPages();
  pages.forEach((p, i) =>
    p.drawText(`${s.client.name} · 第 ${i + 1} 页 / 共 ${pages.length} 页`, {
      x: MARGIN,
      y: MARGIN - 16,
      size: 7.5,
      font,
      color: GREY,
    })
  );

  const attach = { creationDate: when, modificationDate: when };
  await doc.attach(new TextEncoder().encode(JSON.stringify(signed, null, 2)), JSON_ATTACHMENT, {
    mimeType: "application/json",
    description: "签名评级摘要（payload + 签名链）",
    ...attach,
  });
  const b64 = payloadToB64(signed.payload);
  const chain = signed.signatures.map((d) => d.replace("..", `.${b64}.`)).join("\n");
  await doc.attach(new TextEncoder().encode(`${chain}\n`), JWS_ATTACHMENT, {
    mimeType: "application/jose",
    description: "签名链：每行一个完整的紧凑 JWS（初评、审查、审定）",
    ...attach,
  });
  const bytes = await doc.save();
  const used = JSON.stringify(s) + report.signatures.map((g) => g.name ?? "").join("");
  return { ok: true, bytes, missingGlyphs: adapter.missing(used), report };
}
