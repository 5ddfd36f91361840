/**
 * The one seam between the pane and a workbook. `ExcelWorkbookPort` implements it over Office.js; the preview and
 * the tests use `MemoryWorkbookPort`. Every call returns a result, never throws for something Excel refused: the
 * pane shows `PortError`s to the officer in words.
 */

/** What a cell holds as the pane sees it: a number, text, a boolean, or null for a blank. */
export type CellValue = string | number | boolean | null;

/** One row of the audit trail (hidden `_audit` sheet): who did what, when. */
export interface AuditEntry {
  /** ISO 8601 time. */
  readonly at: string;
  readonly name: string;
  readonly role: string;
  readonly level: string;
  /** answer | note | adjust | assign | bind | unbind | profile */
  readonly action: string;
  /** Item id, defined name or "grade". */
  readonly subject: string;
  /** The value written, as text. */
  readonly value: string;
}

/** What one batched read returns: every defined name the pane asked for that the workbook has. */
export interface WorkbookSnapshot {
  /** Value by defined name (`cur.total_assets`, `answer.J1`, `client.name`, …). */
  readonly values: Readonly<Record<string, CellValue>>;
  /** Cell address by defined name, e.g. `资产负债表!C5`; absent for names holding a constant. */
  readonly cells: Readonly<Record<string, string>>;
  /** The audit trail in order, oldest first. */
  readonly audit: readonly AuditEntry[];
  /** The workbook's name, when the host knows it. */
  readonly workbookName: string;
}

export type PortErrorCode =
  "protected" | "busy" | "not_found" | "invalid_selection" | "unsupported" | "unknown";

/** Something the workbook refused, with Excel's own words kept for the details line. */
export interface PortError {
  readonly code: PortErrorCode;
  /** What the pane was doing: read | write | bind | select | audit. */
  readonly operation: string;
  /** Excel's message (or code), shown under our sentence. */
  readonly detail: string;
}

export type PortResult<T> = { ok: true; value: T } | { ok: false; error: PortError };

/** A binding of a defined name to a cell, as the pane lists it for review. */
export interface Binding {
  readonly name: string;
  readonly address: string;
}

/** Writes that also leave an audit row carry who did it. */
export interface Actor {
  readonly name: string;
  readonly role: string;
  readonly level: string;
}

/** All workbook access the pane needs. */
export interface WorkbookPort {
  /** One batched read of the given defined names plus the audit trail (≤ 2 round trips). */
  readSnapshot(names: readonly string[]): Promise<PortResult<WorkbookSnapshot>>;
  /** Writes values into the cells of defined names and appends audit rows, in one batch. */
  write(
    values: Readonly<Record<string, CellValue>>,
    audit: readonly AuditEntry[]
  ): Promise<PortResult<void>>;
  /** Appends audit rows only (adjustments, notes without a cell, profile changes). */
  appendAudit(audit: readonly AuditEntry[]): Promise<PortResult<void>>;
  /** Selects a cell (`Sheet!C5`) so the officer sees it. */
  selectCell(address: string): Promise<PortResult<void>>;
  /** The address of the current selection's top-left cell. */
  selectedCell(): Promise<PortResult<string>>;
  /** Creates (or moves) a workbook-scoped defined name to a cell, records it in `_bindings`, and audits it. */
  bind(name: string, address: string, audit: AuditEntry): Promise<PortResult<void>>;
  /** Creates (or replaces) a defined name holding a constant (e.g. client.type = 企业 on a sheet without one). */
  bindConstant(name: string, value: string, audit: AuditEntry): Promise<PortResult<void>>;
  /** Every defined name pointing at a cell. */
  listBindings(): Promise<PortResult<Binding[]>>;
  /** Calls `handler` when any sheet changes; returns the unsubscribe function. */
  onChanged(handler: () => void): Promise<PortResult<() => void>>;
  /** The signed-summary store (`_summary` sheet, CONTRACTS §1). */
  readSummaryStore(): Promise<PortResult<string | null>>;
  writeSummaryStore(json: string): Promise<PortResult<void>>;
}
