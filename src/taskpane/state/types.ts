/** The pane's state: what the officer sees and has typed but not yet saved. The workbook holds the rest. */
import type { PortError, WorkbookSnapshot } from "../../excel/types";
import type { Lang } from "../../i18n";

export const STEPS = ["inputs", "quant", "qual", "result", "export", "bind"] as const;
export type StepId = (typeof STEPS)[number] | "profile";

export type Role = "officer" | "reviewer" | "approver";
export type Level = "branch" | "head_office";

/** Who uses the pane: set once, recorded in every audit row. */
export interface Profile {
  readonly name: string;
  readonly role: Role;
  readonly level: Level;
}

/** A proposed grade in place of the computed one (人工调整). */
export interface Adjustment {
  readonly grade: string;
  readonly reason: string;
  readonly by: string;
  readonly at: string;
}

/** Head office's grade for an unrated client type. */
export type Assignment = Adjustment;

export interface PaneState {
  readonly lang: Lang;
  readonly step: StepId;
  readonly profile: Profile | null;
  readonly snapshot: WorkbookSnapshot | null;
  readonly loading: boolean;
  readonly error: PortError | null;
  /** A transient confirmation, e.g. "bound X to Y". */
  readonly notice: string | null;
  /** The qualitative item on screen. */
  readonly qIndex: number;
  /** Anchors chosen and sent to the workbook, shown until the next read confirms them. */
  readonly pendingAnswers: Readonly<Record<string, string>>;
  /** Notes as typed; saved to the workbook on leaving the field. */
  readonly noteDrafts: Readonly<Record<string, string>>;
}

export type PaneAction =
  | { type: "loadStarted" }
  | { type: "loaded"; snapshot: WorkbookSnapshot }
  | { type: "failed"; error: PortError }
  | { type: "dismissError" }
  | { type: "notice"; text: string | null }
  | { type: "goto"; step: StepId }
  | { type: "answer"; item: string; key: string }
  | { type: "noteDraft"; item: string; text: string }
  | { type: "move"; delta: number; count: number }
  | { type: "profile"; profile: Profile }
  | { type: "lang"; lang: Lang };
