/**
 * Reads a signed summary from any file it travels in: `summary.json`, the PDF (its `rating-summary.json`
 * attachment) or a workbook (the `_summary` sheet). Problems are data, in Chinese for the command.
 */
import * as fs from "node:fs";
import { JSON_ATTACHMENT, readAttachments } from "../summary/pdf";
import { parseTrustList, type TrustList } from "../summary";
import { readSummaryFromXlsx } from "./summaryStore";

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

function readBytes(file: string): Loaded<Buffer> {
  try {
    return { ok: true, value: fs.readFileSync(file) };
  } catch {
    return { ok: false, reason: `找不到或无法读取文件 ${file}` };
  }
}

function parseJson(text: string, what: string): Loaded<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: `${what} 不是有效的 JSON` };
  }
}

/** Where in a file the envelope was found, for the command to say what it checked. */
export function summarySource(file: string): string {
  const head = (() => {
    try {
      const fd = fs.openSync(file, "r");
      const b = Buffer.alloc(5);
      fs.readSync(fd, b, 0, 5, 0);
      fs.closeSync(fd);
      return b.toString("latin1");
    } catch {
      return "";
    }
  })();
  if (head === "%PDF-") return `PDF 附件 ${JSON_ATTACHMENT}，不看页面上的文字`;
  if (head.startsWith("PK")) return "工作簿的 _summary 表";
  return "JSON 文件";
}

/** @returns the parsed envelope (unverified: the caller verifies it). */
export async function readSignedSummaryFile(file: string): Promise<Loaded<unknown>> {
  const bytes = readBytes(file);
  if (!bytes.ok) return bytes;
  const b = bytes.value;
  if (b.subarray(0, 5).toString("latin1") === "%PDF-") {
    const files = await readAttachments(new Uint8Array(b));
    if (!files) return { ok: false, reason: `${file} 不是可读的 PDF` };
    const att = files.find((f) => f.name === JSON_ATTACHMENT);
    if (!att) return { ok: false, reason: `${file} 没有附件 ${JSON_ATTACHMENT}` };
    return parseJson(new TextDecoder().decode(att.bytes), `${file} 的附件 ${JSON_ATTACHMENT}`);
  }
  if (b.subarray(0, 2).toString("latin1") === "PK") {
    const r = await readSummaryFromXlsx(file);
    return r.ok ? parseJson(r.json, `${file} 的 _summary 表`) : { ok: false, reason: r.reason };
  }
  return parseJson(b.toString("utf8"), file);
}

/** Reads and validates a trust list file. */
export function readTrustFile(file: string): Loaded<TrustList> {
  const bytes = readBytes(file);
  if (!bytes.ok) return bytes;
  const doc = parseJson(bytes.value.toString("utf8"), file);
  if (!doc.ok) return doc;
  const r = parseTrustList(doc.value);
  return r.success
    ? { ok: true, value: r.trust }
    : { ok: false, reason: `信任列表 ${file} 无效：${r.issues.join("；")}` };
}
