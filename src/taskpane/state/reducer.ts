/**
 * The pane's pure state reducer. Anything that must survive closing the pane goes to the workbook through the
 * port first; the reducer only mirrors it (and keeps what is typed until it is saved).
 */
import type { PaneAction, PaneState, Profile } from "./types";
import type { Lang } from "../../i18n";

/** The state a freshly opened pane starts in. */
export function initialState(profile: Profile | null, lang: Lang = "zh-CN"): PaneState {
  return {
    lang,
    step: profile ? "inputs" : "profile",
    profile,
    snapshot: null,
    loading: true,
    error: null,
    notice: null,
    qIndex: 0,
    pendingAnswers: {},
    noteDrafts: {},
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "loadStarted":
      return { ...state, loading: true };
    case "loaded": {
      // A fresh read is the truth: drop optimistic answers the workbook now confirms or contradicts.
      return { ...state, loading: false, snapshot: action.snapshot, pendingAnswers: {} };
    }
    case "failed":
      return { ...state, loading: false, error: action.error, pendingAnswers: {} };
    case "dismissError":
      return { ...state, error: null };
    case "notice":
      return { ...state, notice: action.text };
    case "goto":
      // Nothing is rated or written without knowing who does it.
      if (!state.profile && action.step !== "profile") return state;
      return { ...state, step: action.step, notice: null };
    case "answer":
      return { ...state, pendingAnswers: { ...state.pendingAnswers, [action.item]: action.key } };
    case "noteDraft":
      return { ...state, noteDrafts: { ...state.noteDrafts, [action.item]: action.text } };
    case "move": {
      const q = Math.min(Math.max(state.qIndex + action.delta, 0), Math.max(action.count - 1, 0));
      return { ...state, qIndex: q };
    }
    case "profile":
      return {
        ...state,
        profile: action.profile,
        step: state.step === "profile" ? "inputs" : state.step,
      };
    case "lang":
      return { ...state, lang: action.lang };
  }
}
