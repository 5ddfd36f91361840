/**
 * The audit trail as rows of the hidden `_audit` sheet (CONTRACTS §1): a header, then one row per change, oldest
 * first. The pane restores adjustments, head-office assignments and notes without a cell from the latest rows.
 */
import type { AuditEntry, CellValue } from "./types";

export const AUDIT_SHEET = "_audit";
export const BINDINGS_SHEET = "_bindings";
export const SUMMARY_SHEET = "_summary";
export const SUMMARY_TAG = "rating-summary-store/1";
/** Column A1 of `_audit`, so a reader knows what the rows are. */
export const AUDIT_HEADER = ["时间", "姓名", "角色", "层级", "操作", "对象", "值"] as const;
export const BINDINGS_HEADER = ["名称", "单元格", "绑定人", "时间"] as const;
/** Excel's cell text limit is 32,767 characters; summary chunks stay well below it. */
export const SUMMARY_CHUNK = 30000;

export function auditRow(e: AuditEntry): string[] {
  return [e.at, e.name, e.role, e.level, e.action, e.subject, e.value];
}

/** Parses `_audit` rows (header included or not); rows that are not audit rows are skipped. */
export function parseAudit(rows: readonly (readonly CellValue[])[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const r of rows) {
    const s = (i: number): string => (r[i] === null || r[i] === undefined ? "" : String(r[i]));
    if (s(0) === AUDIT_HEADER[0] || s(0) === "" || s(4) === "") continue;
    out.push({
      at: s(0),
      name: s(1),
      role: s(2),
      level: s(3),
      action: s(4),
      subject: s(5),
      value: s(6),
    });
  }
  return out;
}

/** The latest entry for an action and subject, if any. */
export function latest(
  audit: readonly AuditEntry[],
  action: string,
  subject?: string
): AuditEntry | undefined {
  for (let i = audit.length - 1; i >= 0; i--) {
    const e = audit[i];
    if (e.action === action && (subject === undefined || e.subject === subject)) return e;
  }
  return undefined;
}

/** Splits a summary into `_summary` column A: the tag, then chunks. */
export function summaryColumn(json: string): string[][] {
  const rows: string[][] = [[SUMMARY_TAG]];
  for (let i = 0; i < json.length; i += SUMMARY_CHUNK)
    rows.push([json.slice(i, i + SUMMARY_CHUNK)]);
  return rows;
}

/** Joins `_summary` column A back into the summary; null when the tag is not there. */
export function summaryFromColumn(rows: readonly (readonly CellValue[])[]): string | null {
  if (rows.length === 0 || rows[0][0] !== SUMMARY_TAG) return null;
  return rows
    .slice(1)
    .map((r) => (r[0] === null || r[0] === undefined ? "" : String(r[0])))
    .join("");
}
