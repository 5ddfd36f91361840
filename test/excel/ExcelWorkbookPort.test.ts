import { rate } from "../../src/engine";
import { ExcelWorkbookPort } from "../../src/excel/ExcelWorkbookPort";
import { toRatingInput } from "../../src/excel/input";
import { snapshotNames } from "../../src/excel/names";
import type { AuditEntry } from "../../src/excel/types";
import { defaultModel } from "../../src/model";
import { mockExcel, type MockName } from "./mockExcel";
import { s02Names } from "./s02Workbook";

const model = defaultModel();
const entry: AuditEntry = {
  at: "2026-12-03T10:00:00.000Z",
  name: "张三",
  role: "客户经理",
  level: "支行",
  action: "answer",
  subject: "J1",
  value: "c",
};

describe("ExcelWorkbookPort: one batched read", () => {
  it("reads every bound item, client, unit and answers, and S02 rates BBB", async () => {
    const xl = mockExcel(s02Names(true), [{ name: "资产负债表" }, { name: "定性评价" }]);
    const port = new ExcelWorkbookPort(xl.run);
    const r = await port.readSnapshot(snapshotNames(model));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const snap = r.value;
    expect(snap.values["cur.total_assets"]).toBe(42000);
    expect(snap.values["pri.operating_cash_flow"]).toBe(2100);
    expect(snap.values["client.name"]).toBe("江南纺织有限公司");
    expect(snap.values["note.J1"]).toBeNull(); // a blank cell is a blank, never ""
    expect(snap.cells["cur.total_assets"]).toBe("资产负债表!C5");
    expect(snap.workbookName).toBe("S02.xlsx");
    const result = rate(model, toRatingInput(model, snap));
    expect(result.grade).toBe("BBB");
    expect(result.approval).toBe("branch");
  });

  it("a full re-rate costs 2 context.sync() calls, whatever the number of indicators", async () => {
    const few = s02Names(true).slice(0, 8);
    const many: MockName[] = [...s02Names(true)];
    for (let i = 0; i < 200; i++)
      many.push({ name: `cur.extra_${i}`, address: `资产负债表!$H$${i + 1}`, value: i });
    const counts: number[] = [];
    for (const names of [few, s02Names(true), many]) {
      const xl = mockExcel(names, [{ name: "资产负债表" }, { name: "_audit", used: [["时间"]] }]);
      const wanted = [...snapshotNames(model), ...names.map((n) => n.name)];
      const r = await new ExcelWorkbookPort(xl.run).readSnapshot(wanted);
      expect(r.ok).toBe(true);
      counts.push(xl.syncs());
    }
    expect(counts).toEqual([2, 2, 2]);
  });

  it("restores the audit trail from the hidden _audit sheet", async () => {
    const xl = mockExcel(s02Names(true), [
      {
        name: "_audit",
        used: [
          ["时间", "姓名", "角色", "层级", "操作", "对象", "值"],
          [entry.at, "张三", "客户经理", "支行", "adjust", "grade", '{"grade":"BB","reason":"x"}'],
        ],
      },
    ]);
    const r = await new ExcelWorkbookPort(xl.run).readSnapshot(snapshotNames(model));
    expect(r.ok && r.value.audit).toEqual([
      { ...entry, action: "adjust", subject: "grade", value: '{"grade":"BB","reason":"x"}' },
    ]);
  });
});

describe("ExcelWorkbookPort: writes as they are made", () => {
  it("writes an answer into its named cell and appends the audit row under the trail", async () => {
    const xl = mockExcel(s02Names(false), [
      { name: "定性评价" },
      { name: "_audit", used: [["时间"], ["x", "y", "z", "w", "answer", "J2", "a"]] },
    ]);
    const r = await new ExcelWorkbookPort(xl.run).write({ "answer.J1": "c. 前景一般" }, [entry]);
    expect(r).toEqual({ ok: true, value: undefined });
    expect(xl.namedWrites["answer.J1"]).toEqual([["c. 前景一般"]]);
    const row = xl.written.find((w) => w.sheet === "_audit");
    expect(row).toMatchObject({ row: 2, col: 0 });
    expect(row!.values).toEqual([[entry.at, "张三", "客户经理", "支行", "answer", "J1", "c"]]);
    expect(row!.numberFormat).toEqual([["@", "@", "@", "@", "@", "@", "@"]]);
  });

  it("creates the _audit sheet with a header when the workbook has none", async () => {
    const xl = mockExcel(s02Names(false), [{ name: "定性评价" }]);
    await new ExcelWorkbookPort(xl.run).appendAudit([entry]);
    expect(xl.added.sheets).toEqual(["_audit"]);
    const blocks = xl.written.filter((w) => w.sheet === "_audit");
    expect(blocks[0].values?.[0][0]).toBe("时间");
    expect(blocks[1]).toMatchObject({ row: 1, col: 0 });
  });

  it("stores a note that looks like a formula as text", async () => {
    const xl = mockExcel(s02Names(false), [{ name: "定性评价" }]);
    await new ExcelWorkbookPort(xl.run).write({ "note.J1": "=HYPERLINK(1)" }, []);
    expect(xl.namedWrites["note.J1"]).toEqual([["'=HYPERLINK(1)"]]);
  });

  it("binds a selected cell by creating a workbook-scoped defined name and recording it", async () => {
    const xl = mockExcel([], [{ name: "财务报表" }]);
    const port = new ExcelWorkbookPort(xl.run);
    const sel = await port.selectedCell();
    expect(sel).toEqual({ ok: true, value: "财务报表!C7" });
    const r = await port.bind("cur.total_assets", "财务报表!C7", { ...entry, action: "bind" });
    expect(r.ok).toBe(true);
    expect(xl.added.names[0][0]).toBe("cur.total_assets");
    expect(xl.added.sheets).toEqual(["_bindings", "_audit"]);
  });
});

describe("ExcelWorkbookPort: sheet change events", () => {
  it("registers one handler and removes it on unsubscribe", async () => {
    const xl = mockExcel([], []);
    const r = await new ExcelWorkbookPort(xl.run).onChanged(() => undefined);
    expect(r.ok).toBe(true);
    expect(xl.events.handlers).toHaveLength(1);
    if (r.ok) r.value();
    expect(xl.events.removed).toBe(1);
  });

  it("reports a failed registration instead of going quiet", async () => {
    const xl = mockExcel([], [], { code: "ApiNotFound", message: "onChanged" });
    const r = await new ExcelWorkbookPort(xl.run).onChanged(() => undefined);
    expect(r).toEqual({
      ok: false,
      error: { code: "unsupported", operation: "read", detail: "ApiNotFound: onChanged" },
    });
  });
});

describe("ExcelWorkbookPort: Excel's refusals come back in words", () => {
  it.each([
    [
      { code: "AccessDenied", message: "The cell you are trying to change is protected." },
      "protected",
    ],
    [{ code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode." }, "busy"],
    [{ code: "GeneralException", message: "The sheet is protected" }, "protected"],
    [{ code: "GeneralException", message: "Something else" }, "unknown"],
  ])("%o → %s", async (error, code) => {
    const xl = mockExcel(s02Names(false), [], error);
    const r = await new ExcelWorkbookPort(xl.run).write({ "answer.J1": "a" }, []);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.operation).toBe("write");
    expect(r.error.detail).toBe(`${error.code}: ${error.message}`);
  });
});
