import { rate } from "../../src/engine";
import { toRatingInput } from "../../src/excel/input";
import { MemoryWorkbookPort } from "../../src/excel/MemoryWorkbookPort";
import type { MemoryChange, MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { applyChange } from "../../src/excel/memoryWorkbook";
import { snapshotNames } from "../../src/excel/names";
import type { AuditEntry } from "../../src/excel/types";
import { defaultModel } from "../../src/model";
import { s02Memory } from "./s02Workbook";

const model = defaultModel();
const audit: AuditEntry = {
  at: "2026-12-03T10:00:00.000Z",
  name: "李四",
  role: "客户经理",
  level: "支行",
  action: "answer",
  subject: "J1",
  value: "c",
};

describe("MemoryWorkbookPort", () => {
  it("reads S02 by defined names and the engine rates it BBB", async () => {
    const port = new MemoryWorkbookPort(s02Memory(true));
    const r = await port.readSnapshot(snapshotNames(model));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cells["answer.J1"]).toBe("定性评价!C3");
    const result = rate(model, toRatingInput(model, r.value));
    expect(result.total).toBe(6771);
    expect(result.grade).toBe("BBB");
  });

  it("writes answers into cells and audit rows into a veryHidden _audit sheet; a replay rebuilds the workbook", async () => {
    const sent: MemoryChange[] = [];
    const wb = s02Memory(false);
    const replica: MemoryWorkbook = JSON.parse(JSON.stringify(wb));
    const port = new MemoryWorkbookPort(wb, async (c) => void sent.push(...c));
    let changed = 0;
    await port.onChanged(() => changed++);
    await port.write({ "answer.J1": "c. 前景一般" }, [audit]);
    await port.write({ "answer.J2": "a. 按期还本付息、无逾期" }, [
      { ...audit, subject: "J2", value: "a" },
    ]);
    expect(port.cell("定性评价!C3")).toBe("c. 前景一般");
    const sheet = wb.sheets.find((s) => s.name === "_audit")!;
    expect(sheet.visibility).toBe("veryHidden");
    expect(sheet.cells.A1).toBe("时间");
    expect(sheet.cells.F3).toBe("J2");
    expect(changed).toBe(2);
    sent.forEach((c) => applyChange(replica, c));
    expect(replica).toEqual(wb);
    const snap = await port.readSnapshot(snapshotNames(model));
    expect(snap.ok && snap.value.audit.map((e) => e.subject)).toEqual(["J1", "J2"]);
  });

  it("refuses writes to a protected sheet with a PortError", async () => {
    const port = new MemoryWorkbookPort(s02Memory(false));
    port.protectedSheets.add("定性评价");
    const r = await port.write({ "answer.J1": "a" }, []);
    expect(r).toEqual({
      ok: false,
      error: { code: "protected", operation: "write", detail: "定性评价!C3" },
    });
    expect(port.cell("定性评价!C3")).toBeNull();
  });

  it("binds the selected cell as a defined name and lists it", async () => {
    const port = new MemoryWorkbookPort(s02Memory(false));
    await port.selectCell("资产负债表!C5");
    const sel = await port.selectedCell();
    expect(sel).toEqual({ ok: true, value: "资产负债表!C5" });
    await port.bind("cur.revenue", "资产负债表!C5", { ...audit, action: "bind" });
    await port.bindConstant("client.type", "企业", { ...audit, action: "bind" });
    const b = await port.listBindings();
    expect(b.ok && b.value.find((x) => x.name === "cur.revenue")).toEqual({
      name: "cur.revenue",
      address: "资产负债表!C5",
    });
    const snap = await port.readSnapshot(["cur.revenue", "client.type"]);
    expect(snap.ok && snap.value.values).toEqual({ "cur.revenue": 42000, "client.type": "企业" });
    expect(port.workbook.sheets.find((s) => s.name === "_bindings")?.cells.A2).toBe("cur.revenue");
  });

  it("keeps the signed-summary store in _summary column A in chunks", async () => {
    const port = new MemoryWorkbookPort(s02Memory(false));
    const json = "x".repeat(65000);
    await port.writeSummaryStore(json);
    const sheet = port.workbook.sheets.find((s) => s.name === "_summary")!;
    expect(sheet.cells.A1).toBe("rating-summary-store/1");
    expect(Object.keys(sheet.cells)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(await port.readSummaryStore()).toEqual({ ok: true, value: json });
    await port.writeSummaryStore("short");
    expect(await port.readSummaryStore()).toEqual({ ok: true, value: "short" });
  });
});
