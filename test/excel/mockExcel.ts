/**
 * An office-addin-mock workbook for the Excel port: defined names over cells, sheets with used ranges, and a
 * counter of context.sync() calls. Collections' `items` are set after load the way Office.js fills them.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockName {
  name: string;
  /** `Sheet!$C$5` for a cell, or a constant. */
  address?: string;
  value: unknown;
}

export interface MockSheet {
  name: string;
  /** Used range values (row 0 = sheet row 1), or none for an empty sheet. */
  used?: unknown[][];
}

export interface Written {
  sheet: string;
  row: number;
  col: number;
  values?: unknown[][];
  numberFormat?: unknown[][];
}

export interface MockExcel {
  run: <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  syncs: () => number;
  resetSyncs: () => void;
  /** Values written to named ranges, by name. */
  namedWrites: Record<string, unknown[][]>;
  /** Blocks written by index (audit/bindings rows). */
  written: Written[];
  added: { sheets: string[]; names: [string, unknown][]; deleted: string[] };
  /** Sheet-change handlers registered, and how many were removed. */
  events: { handlers: unknown[]; removed: number };
  mock: OfficeMockObject;
}

/** Builds the mock; `fail` makes every Excel.run reject with that error (e.g. a protected sheet). */
export function mockExcel(names: MockName[], sheets: MockSheet[], fail?: unknown): MockExcel {
  const namedWrites: Record<string, unknown[][]> = {};
  const written: Written[] = [];
  const added = {
    sheets: [] as string[],
    names: [] as [string, unknown][],
    deleted: [] as string[],
  };
  let syncs = 0;
  const events = { handlers: [] as unknown[], removed: 0 };

  const ranges: Record<string, unknown> = {};
  names.forEach((n, i) => {
    if (n.address) ranges[`r${i}`] = { values: [[n.value]], address: n.address };
  });
  const used: Record<string, unknown> = {};
  sheets.forEach((s, i) => {
    if (s.used) used[`s${i}`] = { values: s.used, rowIndex: 0, rowCount: s.used.length };
  });
  const mock = new OfficeMockObject({
    context: {
      workbook: { name: "S02.xlsx", ranges, used, selected: { address: "'财务报表'!C7" } },
    },
    run: async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
      if (fail) throw fail;
      return cb(this.context);
    },
  });
  const ctx = (mock as unknown as { context: Record<string, unknown> }).context;
  const wb = ctx.workbook as Record<string, unknown> & {
    ranges: Record<string, unknown>;
    used: Record<string, unknown>;
    selected: unknown;
  };
  const origSync = (ctx.sync as () => Promise<void>).bind(ctx);
  ctx.sync = async () => {
    syncs++;
    await origSync();
  };
  const rangeWriter = (sheet: string, row: number, col: number): Written => {
    const w: Written = { sheet, row, col };
    written.push(w);
    return w;
  };
  const sheetObj = (s: MockSheet, i: number) => ({
    name: s.name,
    activate: () => undefined,
    getRange: (a: string) => ({ select: () => undefined, address: a, clear: () => undefined }),
    getUsedRange: () => wb.used[`s${i}`],
    getRangeByIndexes: (r: number, c: number) => rangeWriter(s.name, r, c),
  });
  const sheetItems = sheets.map(sheetObj);
  const worksheets: Record<string, unknown> = {
    load: () => {
      worksheets.items = sheetItems;
      return worksheets;
    },
    getItem: (n: string) => sheetItems.find((s) => s.name === n),
    add: (n: string) => {
      added.sheets.push(n);
      const s = sheetObj({ name: n }, -1);
      sheetItems.push(s);
      return s;
    },
    onChanged: {
      add: (h: unknown) => {
        events.handlers.push(h);
        return { remove: () => events.removed++, context: { sync: async () => undefined } };
      },
    },
  };
  wb.worksheets = worksheets;
  const nameItems = names.map((n, i) => ({
    name: n.name,
    type: n.address ? "Range" : "String",
    value: n.address ? `=${n.address}` : n.value,
    getRange: () => wb.ranges[`r${i}`],
  }));
  const namesCollection: Record<string, unknown> = {
    load: () => {
      namesCollection.items = nameItems;
      return namesCollection;
    },
    getItem: (n: string) => ({
      getRange: () => {
        const target: { values?: unknown[][] } = {};
        return new Proxy(target, {
          set(_, prop, v) {
            if (prop === "values") namedWrites[n] = v as unknown[][];
            return true;
          },
        });
      },
    }),
    getItemOrNullObject: (n: string) => ({
      isNullObject: !nameItems.some((x) => x.name === n),
      delete: () => added.deleted.push(n),
    }),
    add: (n: string, ref: unknown) => added.names.push([n, ref]),
  };
  wb.names = namesCollection;
  wb.getSelectedRange = () => wb.selected;
  return {
    run: (cb) => (mock as unknown as { run: MockExcel["run"] }).run(cb),
    syncs: () => syncs,
    resetSyncs: () => (syncs = 0),
    namedWrites,
    written,
    added,
    events,
    mock,
  };
}
