/**
 * The WorkbookPort over an in-memory workbook (the preview's and the tests'). Same contract as the Excel port:
 * writes land in cells of defined names, the audit trail in the hidden `_audit` sheet, bindings as defined names.
 * `persist` receives every change so the preview server can keep the workbook across page reloads.
 */
import { colIndex, colLetters, formatAddress, parseAddress, shortAddress } from "./address";
import {
  AUDIT_HEADER,
  AUDIT_SHEET,
  auditRow,
  BINDINGS_HEADER,
  BINDINGS_SHEET,
  parseAudit,
  SUMMARY_SHEET,
  summaryColumn,
  summaryFromColumn,
} from "./audit";
import { applyChange, type MemoryChange, type MemoryWorkbook } from "./memoryWorkbook";
import type {
  AuditEntry,
  Binding,
  CellValue,
  PortError,
  PortResult,
  WorkbookPort,
  WorkbookSnapshot,
} from "./types";

const fail = (error: PortError): { ok: false; error: PortError } => ({ ok: false, error });

export class MemoryWorkbookPort implements WorkbookPort {
  private readonly listeners = new Set<() => void>();
  /** Sheets whose cells refuse writes (to exercise the "protected" path). */
  readonly protectedSheets = new Set<string>();

  constructor(
    readonly workbook: MemoryWorkbook,
    private readonly persist: (changes: MemoryChange[]) => Promise<void> = async () => undefined
  ) {}

  /** The value of `Sheet!C5`, or null. */
  cell(address: string): CellValue {
    const ref = parseAddress(address);
    if (!ref) return null;
    const sheet = this.workbook.sheets.find((s) => s.name === ref.sheet);
    return sheet?.cells[`${colLetters(ref.col)}${ref.row}`] ?? null;
  }

  /** Sets cells as a user typing in the sheet would, and fires change events. */
  async edit(cells: Record<string, CellValue>): Promise<void> {
    const changes: MemoryChange[] = [];
    for (const [address, v] of Object.entries(cells)) {
      const ref = parseAddress(address);
      if (ref) changes.push({ kind: "cells", sheet: ref.sheet, cells: { [a1(ref)]: v } });
    }
    await this.commit(changes);
  }

  private async commit(changes: MemoryChange[]): Promise<void> {
    changes.forEach((c) => applyChange(this.workbook, c));
    await this.persist(changes);
    if (changes.some((c) => c.kind !== "select")) this.listeners.forEach((l) => l());
  }

  private nameRef(name: string): string | undefined {
    return this.workbook.names.find((n) => n.name === name)?.ref;
  }

  private rows(sheetName: string): CellValue[][] {
    const sheet = this.workbook.sheets.find((s) => s.name === sheetName);
    if (!sheet) return [];
    const out: CellValue[][] = [];
    for (const [addr, v] of Object.entries(sheet.cells)) {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const r = Number(m[2]) - 1;
      const c = colIndex(m[1]) - 1;
      (out[r] ??= [])[c] = v;
    }
    return Array.from(out, (r) => Array.from(r ?? [], (v) => v ?? null));
  }

  private appendChanges(
    sheet: string,
    header: readonly string[],
    rows: string[][]
  ): MemoryChange[] {
    const existing = this.rows(sheet);
    const changes: MemoryChange[] = [];
    const start = existing.length;
    if (start === 0) {
      changes.push({ kind: "sheet", sheet, visibility: "veryHidden" });
      rows = [[...header], ...rows];
    }
    const cells: Record<string, CellValue> = {};
    rows.forEach((r, i) =>
      r.forEach((v, c) => (cells[`${colLetters(c + 1)}${start + i + 1}`] = v))
    );
    changes.push({ kind: "cells", sheet, cells });
    return changes;
  }

  async readSnapshot(names: readonly string[]): Promise<PortResult<WorkbookSnapshot>> {
    const values: Record<string, CellValue> = {};
    const cells: Record<string, string> = {};
    for (const name of names) {
      const n = this.workbook.names.find((x) => x.name === name);
      if (!n) continue;
      if (n.ref) {
        values[name] = this.cell(n.ref);
        cells[name] = shortAddress(n.ref);
      } else values[name] = n.value ?? null;
    }
    return {
      ok: true,
      value: {
        values,
        cells,
        audit: parseAudit(this.rows(AUDIT_SHEET)),
        workbookName: this.workbook.name,
      },
    };
  }

  async write(
    values: Readonly<Record<string, CellValue>>,
    audit: readonly AuditEntry[]
  ): Promise<PortResult<void>> {
    const changes: MemoryChange[] = [];
    for (const [name, v] of Object.entries(values)) {
      const ref = parseAddress(this.nameRef(name) ?? "");
      if (!ref) return fail({ code: "not_found", operation: "write", detail: name });
      if (this.protectedSheets.has(ref.sheet))
        return fail({ code: "protected", operation: "write", detail: formatAddress(ref) });
      changes.push({ kind: "cells", sheet: ref.sheet, cells: { [a1(ref)]: v } });
    }
    if (audit.length)
      changes.push(...this.appendChanges(AUDIT_SHEET, AUDIT_HEADER, audit.map(auditRow)));
    await this.commit(changes);
    return { ok: true, value: undefined };
  }

  appendAudit(audit: readonly AuditEntry[]): Promise<PortResult<void>> {
    return this.write({}, audit);
  }

  async selectCell(address: string): Promise<PortResult<void>> {
    const ref = parseAddress(address);
    if (!ref || !this.workbook.sheets.some((s) => s.name === ref.sheet))
      return fail({ code: "not_found", operation: "select", detail: address });
    await this.commit([{ kind: "select", address: formatAddress(ref) }]);
    this.selectionListeners.forEach((l) => l(formatAddress(ref)));
    return { ok: true, value: undefined };
  }

  /** The preview's sheet view listens here to show the selection. */
  readonly selectionListeners = new Set<(address: string) => void>();

  async selectedCell(): Promise<PortResult<string>> {
    const s = this.workbook.selection;
    if (!s) return fail({ code: "invalid_selection", operation: "select", detail: "" });
    return { ok: true, value: s };
  }

  async bind(name: string, address: string, audit: AuditEntry): Promise<PortResult<void>> {
    const ref = parseAddress(address);
    if (!ref || !this.workbook.sheets.some((s) => s.name === ref.sheet))
      return fail({ code: "not_found", operation: "bind", detail: address });
    const changes: MemoryChange[] = [{ kind: "name", name, ref: formatAddress(ref, true) }];
    changes.push(
      ...this.appendChanges(BINDINGS_SHEET, BINDINGS_HEADER, [
        [name, formatAddress(ref), audit.name, audit.at],
      ])
    );
    await this.commit(changes);
    await this.commit(this.appendChanges(AUDIT_SHEET, AUDIT_HEADER, [auditRow(audit)]));
    return { ok: true, value: undefined };
  }

  async bindConstant(name: string, value: string, audit: AuditEntry): Promise<PortResult<void>> {
    await this.commit([
      { kind: "name", name, value },
      ...this.appendChanges(BINDINGS_SHEET, BINDINGS_HEADER, [
        [name, `="${value}"`, audit.name, audit.at],
      ]),
    ]);
    await this.commit(this.appendChanges(AUDIT_SHEET, AUDIT_HEADER, [auditRow(audit)]));
    return { ok: true, value: undefined };
  }

  async listBindings(): Promise<PortResult<Binding[]>> {
    return {
      ok: true,
      value: this.workbook.names
        .filter((n) => n.ref)
        .map((n) => ({ name: n.name, address: shortAddress(n.ref!) })),
    };
  }

  async onChanged(handler: () => void): Promise<PortResult<() => void>> {
    this.listeners.add(handler);
    return { ok: true, value: () => void this.listeners.delete(handler) };
  }

  async readSummaryStore(): Promise<PortResult<string | null>> {
    return { ok: true, value: summaryFromColumn(this.rows(SUMMARY_SHEET)) };
  }

  async writeSummaryStore(json: string): Promise<PortResult<void>> {
    const old = this.rows(SUMMARY_SHEET);
    const cells: Record<string, CellValue> = {};
    old.forEach((_, i) => (cells[`A${i + 1}`] = null));
    summaryColumn(json).forEach((r, i) => (cells[`A${i + 1}`] = r[0]));
    await this.commit([
      { kind: "sheet", sheet: SUMMARY_SHEET, visibility: "veryHidden" },
      { kind: "cells", sheet: SUMMARY_SHEET, cells },
    ]);
    return { ok: true, value: undefined };
  }
}

function a1(ref: { col: number; row: number }): string {
  return `${colLetters(ref.col)}${ref.row}`;
}
