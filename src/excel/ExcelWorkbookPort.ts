/**
 * The WorkbookPort over Office.js: the only code in the add-in that talks to Excel. Reads are batched (a full
 * re-rate costs 2 `context.sync()` calls whatever the number of indicators); writes go out as they are made;
 * every rejection comes back as a PortError in words, never swallowed.
 */
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
import { parseAddress, shortAddress } from "./address";
import { toPortError } from "./errors";
import type {
  AuditEntry,
  Binding,
  CellValue,
  PortResult,
  WorkbookPort,
  WorkbookSnapshot,
} from "./types";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const blankToNull = (v: unknown): CellValue =>
  v === "" || v === undefined ? null : (v as CellValue);

/** Text that Excel would take for a formula is stored as text (formula injection from notes). */
const safeText = (v: CellValue): CellValue =>
  typeof v === "string" && /^[=+@]/.test(v) ? `'${v}` : v;

/** Appends rows under a hidden sheet's used range, creating the sheet (veryHidden, with a header) when absent. */
async function appendRows(
  context: Excel.RequestContext,
  sheetName: string,
  header: readonly string[],
  rows: string[][]
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  let start = 1;
  let sheet: Excel.Worksheet;
  if (sheets.items.some((s) => s.name === sheetName)) {
    sheet = sheets.getItem(sheetName);
    const used = sheet.getUsedRange(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    start = used.rowIndex + used.rowCount;
  } else {
    sheet = sheets.add(sheetName);
    sheet.getRangeByIndexes(0, 0, 1, header.length).values = [[...header]];
    sheet.visibility = "VeryHidden";
  }
  const range = sheet.getRangeByIndexes(start, 0, rows.length, header.length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
}

export class ExcelWorkbookPort implements WorkbookPort {
  /** @param run `Excel.run`, injectable so tests can pass office-addin-mock's. */
  constructor(private readonly run: Run = (b) => Excel.run(b)) {}

  private async attempt<T>(
    operation: string,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<PortResult<T>> {
    try {
      return { ok: true, value: await this.run(batch) };
    } catch (e) {
      return { ok: false, error: toPortError(e, operation) };
    }
  }

  readSnapshot(names: readonly string[]): Promise<PortResult<WorkbookSnapshot>> {
    return this.attempt("read", async (context) => {
      const wb = context.workbook;
      const items = wb.names;
      items.load("items/name,items/type,items/value");
      const sheets = wb.worksheets;
      sheets.load("items/name");
      wb.load("name");
      await context.sync();

      const wanted = new Set(names);
      const values: Record<string, CellValue> = {};
      const cells: Record<string, string> = {};
      const ranges: [string, Excel.Range][] = [];
      for (const item of items.items) {
        if (!wanted.has(item.name)) continue;
        if (item.type === "Range") {
          const r = item.getRange();
          r.load("values,address");
          ranges.push([item.name, r]);
        } else if (item.type !== "Error") values[item.name] = item.value;
      }
      let auditRange: Excel.Range | null = null;
      if (sheets.items.some((s) => s.name === AUDIT_SHEET)) {
        auditRange = sheets.getItem(AUDIT_SHEET).getUsedRange(true);
        auditRange.load("values");
      }
      await context.sync();

      for (const [name, r] of ranges) {
        values[name] = blankToNull(r.values[0][0]);
        cells[name] = shortAddress(r.address);
      }
      const audit = auditRange ? parseAudit(auditRange.values as CellValue[][]) : [];
      return { values, cells, audit, workbookName: wb.name } satisfies WorkbookSnapshot;
    });
  }

  write(
    values: Readonly<Record<string, CellValue>>,
    audit: readonly AuditEntry[]
  ): Promise<PortResult<void>> {
    return this.attempt("write", async (context) => {
      for (const [name, v] of Object.entries(values))
        context.workbook.names.getItem(name).getRange().values = [[safeText(v) ?? ""]];
      await context.sync();
      if (audit.length) await appendRows(context, AUDIT_SHEET, AUDIT_HEADER, audit.map(auditRow));
      await context.sync();
    });
  }

  appendAudit(audit: readonly AuditEntry[]): Promise<PortResult<void>> {
    return this.write({}, audit);
  }

  selectCell(address: string): Promise<PortResult<void>> {
    return this.attempt("select", async (context) => {
      const ref = parseAddress(address);
      if (!ref) throw { code: "InvalidReference", message: address };
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      sheet.activate();
      sheet.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
      await context.sync();
    });
  }

  selectedCell(): Promise<PortResult<string>> {
    return this.attempt("select", async (context) => {
      const r = context.workbook.getSelectedRange();
      r.load("address");
      await context.sync();
      return shortAddress(r.address);
    });
  }

  bind(name: string, address: string, audit: AuditEntry): Promise<PortResult<void>> {
    return this.attempt("bind", async (context) => {
      const ref = parseAddress(address);
      if (!ref) throw { code: "InvalidReference", message: address };
      const wb = context.workbook;
      const existing = wb.names.getItemOrNullObject(name);
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      const cell = address.slice(address.lastIndexOf("!") + 1).replace(/:.*/, "");
      wb.names.add(name, wb.worksheets.getItem(ref.sheet).getRange(cell), "credit-rating binding");
      await context.sync();
      await appendRows(context, BINDINGS_SHEET, BINDINGS_HEADER, [
        [name, shortAddress(address), audit.name, audit.at],
      ]);
      await appendRows(context, AUDIT_SHEET, AUDIT_HEADER, [auditRow(audit)]);
      await context.sync();
    });
  }

  bindConstant(name: string, value: string, audit: AuditEntry): Promise<PortResult<void>> {
    return this.attempt("bind", async (context) => {
      const wb = context.workbook;
      const existing = wb.names.getItemOrNullObject(name);
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      wb.names.add(name, `="${value.replace(/"/g, '""')}"`, "credit-rating binding");
      await context.sync();
      await appendRows(context, BINDINGS_SHEET, BINDINGS_HEADER, [
        [name, `="${value}"`, audit.name, audit.at],
      ]);
      await appendRows(context, AUDIT_SHEET, AUDIT_HEADER, [auditRow(audit)]);
      await context.sync();
    });
  }

  listBindings(): Promise<PortResult<Binding[]>> {
    return this.attempt("read", async (context) => {
      const items = context.workbook.names;
      items.load("items/name,items/type,items/value");
      await context.sync();
      return items.items
        .filter((i) => i.type === "Range")
        .map((i) => ({ name: i.name, address: shortAddress(String(i.value)) }));
    });
  }

  async onChanged(handler: () => void): Promise<PortResult<() => void>> {
    const r = await this.attempt("read", async (context) => {
      const h = context.workbook.worksheets.onChanged.add(async () => handler());
      await context.sync();
      return h;
    });
    if (!r.ok) return r;
    const registration = r.value;
    return {
      ok: true,
      value: () => {
        // Removed through the context it was added with (Office.js requirement). The pane is closing, so a
        // failure here has no one to tell and changes nothing in the workbook.
        registration.remove();
        void registration.context.sync().catch(() => undefined);
      },
    };
  }

  readSummaryStore(): Promise<PortResult<string | null>> {
    return this.attempt("read", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      if (!sheets.items.some((s) => s.name === SUMMARY_SHEET)) return null;
      const used = sheets.getItem(SUMMARY_SHEET).getUsedRange(true);
      used.load("values");
      await context.sync();
      return summaryFromColumn(used.values as CellValue[][]);
    });
  }

  writeSummaryStore(json: string): Promise<PortResult<void>> {
    return this.attempt("write", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const rows = summaryColumn(json);
      let sheet: Excel.Worksheet;
      if (sheets.items.some((s) => s.name === SUMMARY_SHEET)) {
        sheet = sheets.getItem(SUMMARY_SHEET);
        sheet.getRange("A:A").clear();
      } else {
        sheet = sheets.add(SUMMARY_SHEET);
        sheet.visibility = "VeryHidden";
      }
      const range = sheet.getRangeByIndexes(0, 0, rows.length, 1);
      range.numberFormat = rows.map(() => ["@"]);
      range.values = rows;
      await context.sync();
    });
  }
}
