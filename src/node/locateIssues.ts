/**
 * Issues about the client (industry, client type) come from the engine without a cell, because the engine does not
 * know where a host read them. The host does: add the cell, and say "not filled in" when the field was blank.
 */
import type { RatingIssue, RatingResult } from "../engine";

const FIELD: Record<string, { zh: string; en: string }> = {
  "client.industry": { zh: "行业", en: "industry" },
  "client.type": { zh: "客户类型", en: "client type" },
};

/**
 * Returns `r` with each client issue pointing at its cell.
 * @example locateClientIssues(result, input.cells, input.client)
 */
export function locateClientIssues(
  r: RatingResult,
  cells: Readonly<Record<string, string>> | undefined,
  client: { industry?: string; type?: string }
): RatingResult {
  if (!r.issues.some((i) => FIELD[i.subject])) return r;
  const issues = r.issues.map((i): RatingIssue => {
    const f = FIELD[i.subject];
    if (!f || i.cell) return i;
    const cell = cells?.[i.subject];
    const raw = i.subject === "client.industry" ? client.industry : client.type;
    const blank = raw === undefined || raw.trim() === "";
    const zhAt = cell ? `（单元格 ${cell}）` : "";
    const enAt = cell ? ` (cell ${cell})` : "";
    const message = blank
      ? { zh: `缺少${f.zh}${zhAt}`, en: `${f.en} is missing${enAt}` }
      : { zh: `${i.message.zh}${zhAt}`, en: `${i.message.en}${enAt}` };
    return { ...i, message, ...(cell ? { cell } : {}) };
  });
  return { ...r, issues };
}
