import {
  adjustedApproval,
  adjustmentOf,
  assignmentOf,
  isUpward,
  savedNote,
} from "../../src/taskpane/state/derive";
import { auditEntry, profileFromAudit } from "../../src/taskpane/state/audit";
import { defaultModel } from "../../src/model";
import type { WorkbookSnapshot } from "../../src/excel/types";

const model = defaultModel();
const who = { name: "王五", role: "reviewer" as const, level: "head_office" as const };
const at = new Date("2026-12-03T09:00:00Z");

describe("state restored from the audit trail", () => {
  it("records who in the bank's words", () => {
    expect(auditEntry(who, "adjust", "grade", "{}", at)).toEqual({
      at: "2026-12-03T09:00:00.000Z",
      name: "王五",
      role: "审查人",
      level: "总行",
      action: "adjust",
      subject: "grade",
      value: "{}",
    });
    expect(profileFromAudit([auditEntry(who, "note", "J1", "x", at)])).toEqual(who);
  });

  it("takes the latest adjustment; an empty value withdraws it", () => {
    const a1 = auditEntry(
      who,
      "adjust",
      "grade",
      JSON.stringify({ grade: "A", reason: "担保充足" }),
      at
    );
    expect(adjustmentOf([a1])).toEqual({ grade: "A", reason: "担保充足", by: "王五", at: a1.at });
    expect(adjustmentOf([a1, auditEntry(who, "adjust", "grade", "", at)])).toBeNull();
    expect(assignmentOf([a1])).toBeNull();
  });

  it("reads a note from its cell, or from the audit trail when it has no cell", () => {
    const snap: WorkbookSnapshot = {
      values: { "note.J1": "见附件" },
      cells: { "note.J1": "定性评价!F3" },
      audit: [auditEntry(who, "note", "J2", "无", at), auditEntry(who, "note", "J1", "旧", at)],
      workbookName: "x",
    };
    expect(savedNote(snap, "J1")).toBe("见附件");
    expect(savedNote(snap, "J2")).toBe("无");
    expect(savedNote(snap, "J3")).toBe("");
  });
});

describe("adjusted approval", () => {
  it("an upward adjustment always goes to head office", () => {
    expect(isUpward(model, "BBB", "A")).toBe(true);
    expect(adjustedApproval(model, "BBB", "BB")?.route).toBe("branch");
    expect(adjustedApproval(model, "BBB", "A")?.label.zh).toBe("总行审定");
    // Even a grade the branch could approve goes to head office when it is an upgrade.
    expect(adjustedApproval(model, "B", "BB")).toEqual({
      route: "head_office",
      label: { zh: "总行审定", en: "Head office approves" },
    });
  });
});
