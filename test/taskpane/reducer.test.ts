import { initialState, paneReducer } from "../../src/taskpane/state/reducer";
import type { Profile } from "../../src/taskpane/state/types";
import type { WorkbookSnapshot } from "../../src/excel/types";

const profile: Profile = { name: "张三", role: "officer", level: "branch" };
const snap: WorkbookSnapshot = { values: {}, cells: {}, audit: [], workbookName: "x" };

describe("paneReducer", () => {
  it("starts on the profile form until a profile is set, and refuses other steps before", () => {
    let s = initialState(null);
    expect(s.step).toBe("profile");
    s = paneReducer(s, { type: "goto", step: "qual" });
    expect(s.step).toBe("profile");
    s = paneReducer(s, { type: "profile", profile });
    expect(s.step).toBe("inputs");
    expect(paneReducer(s, { type: "goto", step: "qual" }).step).toBe("qual");
  });

  it("keeps answers just chosen until the next read of the workbook", () => {
    let s = initialState(profile);
    s = paneReducer(s, { type: "answer", item: "J1", key: "c" });
    expect(s.pendingAnswers).toEqual({ J1: "c" });
    s = paneReducer(s, { type: "loaded", snapshot: snap });
    expect(s.pendingAnswers).toEqual({});
    expect(s.snapshot).toBe(snap);
    expect(s.loading).toBe(false);
  });

  it("moves between qualitative items within bounds", () => {
    let s = initialState(profile);
    s = paneReducer(s, { type: "move", delta: -1, count: 7 });
    expect(s.qIndex).toBe(0);
    for (let i = 0; i < 10; i++) s = paneReducer(s, { type: "move", delta: 1, count: 7 });
    expect(s.qIndex).toBe(6);
  });

  it("shows a failure and keeps it until dismissed", () => {
    let s = initialState(profile);
    const error = { code: "protected" as const, operation: "write", detail: "AccessDenied: x" };
    s = paneReducer(s, { type: "failed", error });
    expect(s.error).toEqual(error);
    expect(paneReducer(s, { type: "dismissError" }).error).toBeNull();
  });

  it("keeps note drafts per item and switches language", () => {
    let s = initialState(profile);
    s = paneReducer(s, { type: "noteDraft", item: "J2", text: "按期" });
    s = paneReducer(s, { type: "lang", lang: "en-US" });
    expect(s.noteDrafts).toEqual({ J2: "按期" });
    expect(s.lang).toBe("en-US");
  });
});
