/**
 * The pane's controller: reads the workbook through the port (once on open, again on sheet changes, debounced),
 * rates with the engine, and writes each choice, note, adjustment and binding to the workbook as it is made.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { latest } from "../../excel/audit";
import { answerCellText } from "../../excel/input";
import { answerName, noteName, snapshotNames } from "../../excel/names";
import type { CellValue, PortResult, WorkbookPort } from "../../excel/types";
import type { CompiledModel } from "../../model";
import type { Lang } from "../../i18n";
import { auditEntry } from "./audit";
import { adjustmentOf, assignmentOf, derive, savedNote } from "./derive";
import { saveProfile } from "./profileStore";
import { initialState, paneReducer } from "./reducer";
import type { Profile, StepId } from "./types";

/** Sheet change events arrive in bursts (a paste, a recalculation); one read after they settle. */
export const CHANGE_DEBOUNCE_MS = 300;

export function usePane(
  port: WorkbookPort,
  model: CompiledModel,
  initialProfile: Profile | null,
  lang: Lang = "zh-CN"
) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState(initialProfile, lang)
  );
  const names = useMemo(() => snapshotNames(model), [model]);
  const snapRef = useRef(state.snapshot);
  snapRef.current = state.snapshot;

  const reload = useCallback(async () => {
    dispatch({ type: "loadStarted" });
    const r = await port.readSnapshot(names);
    if (r.ok) dispatch({ type: "loaded", snapshot: r.value });
    else dispatch({ type: "failed", error: r.error });
  }, [port, names]);

  useEffect(() => {
    void reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let off: (() => void) | undefined;
    let closed = false;
    void port
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), CHANGE_DEBOUNCE_MS);
      })
      .then((r) => {
        // Without change events the pane would show stale figures: say so.
        if (!r.ok) dispatch({ type: "failed", error: r.error });
        else if (closed) r.value();
        else off = r.value;
      });
    return () => {
      closed = true;
      clearTimeout(timer);
      off?.();
    };
  }, [port, reload]);

  /** Runs a port call; on failure shows the error, on success re-reads the workbook. */
  const commit = useCallback(
    async (p: Promise<PortResult<unknown>>): Promise<boolean> => {
      const r = await p;
      if (!r.ok) {
        dispatch({ type: "failed", error: r.error });
        return false;
      }
      await reload();
      return true;
    },
    [reload]
  );

  const profile = state.profile;
  const who = useCallback(
    (action: string, subject: string, value: string) =>
      auditEntry(
        profile ?? { name: "?", role: "officer", level: "branch" },
        action,
        subject,
        value
      ),
    [profile]
  );

  const actions = {
    reload,
    goto: (step: StepId) => dispatch({ type: "goto", step }),
    move: (delta: number) => dispatch({ type: "move", delta, count: model.qualitative.length }),
    setLang: (l: Lang) => dispatch({ type: "lang", lang: l }),
    dismissError: () => dispatch({ type: "dismissError" }),
    setProfile: async (p: Profile) => {
      saveProfile(p);
      dispatch({ type: "profile", profile: p });
      await commit(
        port.appendAudit([auditEntry(p, "profile", "profile", `${p.name}/${p.role}/${p.level}`)])
      );
    },
    choose: async (item: string, key: string) => {
      const snap = snapRef.current;
      if (!snap) return;
      dispatch({ type: "answer", item, key });
      const name = answerName(item);
      const templated = "model.id" in snap.values;
      const text = answerCellText(model, item, key, snap.values[name], templated);
      const audit = [who("answer", item, key)];
      await commit(
        name in snap.cells ? port.write({ [name]: text }, audit) : port.appendAudit(audit)
      );
    },
    draftNote: (item: string, text: string) => dispatch({ type: "noteDraft", item, text }),
    saveNote: async (item: string) => {
      const snap = snapRef.current;
      const draft = state.noteDrafts[item];
      if (!snap || draft === undefined || draft === savedNote(snap, item)) return;
      const name = noteName(item);
      const audit = [who("note", item, draft)];
      const values: Record<string, CellValue> = { [name]: draft === "" ? null : draft };
      await commit(name in snap.cells ? port.write(values, audit) : port.appendAudit(audit));
    },
    adjust: (grade: string, reason: string) =>
      commit(port.appendAudit([who("adjust", "grade", JSON.stringify({ grade, reason }))])),
    clearAdjust: () => commit(port.appendAudit([who("adjust", "grade", "")])),
    assign: (grade: string, reason: string) =>
      commit(port.appendAudit([who("assign", "grade", JSON.stringify({ grade, reason }))])),
    select: async (address: string) => {
      const r = await port.selectCell(address);
      if (!r.ok) dispatch({ type: "failed", error: r.error });
    },
    bindSelected: async (name: string): Promise<string | null> => {
      const sel = await port.selectedCell();
      if (!sel.ok) {
        dispatch({ type: "failed", error: sel.error });
        return null;
      }
      const ok = await commit(port.bind(name, sel.value, who("bind", name, sel.value)));
      return ok ? sel.value : null;
    },
    bindConstant: (name: string, value: string) =>
      commit(port.bindConstant(name, value, who("bind", name, `="${value}"`))),
    notice: (text: string | null) => dispatch({ type: "notice", text }),
  };

  const derived = useMemo(() => {
    const snap = state.snapshot;
    if (!snap) return null;
    // Answers without a cell (a bound sheet with no answer column) live in the audit trail.
    const fromAudit: Record<string, string> = {};
    for (const q of model.qualitative)
      if (!(answerName(q.id) in snap.cells)) {
        const e = latest(snap.audit, "answer", q.id);
        if (e) fromAudit[q.id] = e.value;
      }
    const d = derive(
      model,
      { ...state, pendingAnswers: { ...fromAudit, ...state.pendingAnswers } },
      snap
    );
    return {
      ...d,
      adjustment: adjustmentOf(snap.audit),
      assignment: assignmentOf(snap.audit),
      note: (item: string) => state.noteDrafts[item] ?? savedNote(snap, item),
    };
  }, [model, state]);

  return { state, derived, actions };
}

export type PaneController = ReturnType<typeof usePane>;
