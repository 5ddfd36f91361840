/**
 * The signed summary stored in the workbook (CONTRACTS §1): hidden sheet `_summary`, column A, A1 = the format tag,
 * A2… = the summary JSON in chunks of at most 30,000 characters (Excel's cell limit is 32,767). Pure encode and
 * decode; the pane (WorkbookPort) and the CLI (exceljs) only move the cells.
 */
export const SUMMARY_SHEET = "_summary";
export const SUMMARY_STORE_TAG = "rating-summary-store/1";
export const SUMMARY_CHUNK = 30_000;

/**
 * @returns column A's values, A1 first.
 * @example encodeSummaryStore(JSON.stringify(signed)) // ["rating-summary-store/1", "{…", "…}"]
 */
export function encodeSummaryStore(json: string): string[] {
  const cells = [SUMMARY_STORE_TAG];
  // Split by code points so no chunk ends inside a surrogate pair.
  const chars = [...json];
  for (let i = 0; i < chars.length; i += SUMMARY_CHUNK)
    cells.push(chars.slice(i, i + SUMMARY_CHUNK).join(""));
  return cells;
}

export type DecodeStoreResult =
  { readonly ok: true; readonly json: string } | { readonly ok: false; readonly reason: string };

/** Joins column A's values (A1 first; trailing blanks ignored) back into the summary JSON. */
export function decodeSummaryStore(cells: readonly unknown[]): DecodeStoreResult {
  if (cells.length === 0 || cells[0] === null || cells[0] === undefined || cells[0] === "")
    return { ok: false, reason: "工作簿中没有已保存的评级摘要" };
  if (cells[0] !== SUMMARY_STORE_TAG)
    return { ok: false, reason: `_summary 表的格式标记不是 ${SUMMARY_STORE_TAG}` };
  let end = cells.length;
  while (
    end > 1 &&
    (cells[end - 1] === null || cells[end - 1] === undefined || cells[end - 1] === "")
  )
    end--;
  const chunks = cells.slice(1, end);
  if (chunks.length === 0) return { ok: false, reason: "_summary 表没有内容" };
  if (chunks.some((c) => typeof c !== "string" || c === ""))
    return { ok: false, reason: "_summary 表的内容不完整（有空或非文本的块）" };
  return { ok: true, json: chunks.join("") };
}
