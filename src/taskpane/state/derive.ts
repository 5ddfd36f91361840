/**
 * What the pane shows, derived from the workbook snapshot: the engine's result, the saved notes, the latest
 * adjustment and head-office assignment (from the audit trail), and the approval route after an adjustment.
 */
import { approvalFor, rate, type RatingInput, type RatingResult, type Words } from "../../engine";
import { answersIn, toRatingInput } from "../../excel/input";
import { latest } from "../../excel/audit";
import { noteName } from "../../excel/names";
import type { AuditEntry, WorkbookSnapshot } from "../../excel/types";
import type { CompiledModel } from "../../model";
import type { Adjustment, Assignment, PaneState } from "./types";

export interface Derived {
  readonly input: RatingInput;
  readonly result: RatingResult;
  /** Anchor key per item: the workbook's, overridden by answers just sent. */
  readonly answers: Readonly<Record<string, string>>;
}

/** Rates what the workbook holds (plus answers just chosen) with the engine. */
export function derive(model: CompiledModel, state: PaneState, snap: WorkbookSnapshot): Derived {
  const answers = { ...answersIn(model, snap), ...state.pendingAnswers };
  const input = toRatingInput(model, snap, state.pendingAnswers);
  return { input, result: rate(model, input), answers };
}

function parseGradeEntry(e: AuditEntry | undefined): Adjustment | null {
  if (!e || e.value === "") return null;
  try {
    const v = JSON.parse(e.value) as { grade?: unknown; reason?: unknown };
    if (typeof v.grade !== "string" || typeof v.reason !== "string" || !v.grade) return null;
    return { grade: v.grade, reason: v.reason, by: e.name, at: e.at };
  } catch {
    return null;
  }
}

/** The adjustment in force: the latest `adjust` audit row (an empty value withdraws it). */
export const adjustmentOf = (audit: readonly AuditEntry[]): Adjustment | null =>
  parseGradeEntry(latest(audit, "adjust"));

/** Head office's assignment for an unrated client: the latest `assign` audit row. */
export const assignmentOf = (audit: readonly AuditEntry[]): Assignment | null =>
  parseGradeEntry(latest(audit, "assign"));

/** The saved note of an item: its `note.*` cell, or the latest `note` audit row when the note has no cell. */
export function savedNote(snap: WorkbookSnapshot, item: string): string {
  const name = noteName(item);
  if (name in snap.cells) {
    const v = snap.values[name];
    return v === null || v === undefined ? "" : String(v);
  }
  return latest(snap.audit, "note", item)?.value ?? "";
}

/** True when `proposed` is a better grade than `computed` (rank 0 is the best). */
export function isUpward(model: CompiledModel, computed: string, proposed: string): boolean {
  const a = model.gradeRank.get(computed);
  const b = model.gradeRank.get(proposed);
  return a !== undefined && b !== undefined && b < a;
}

/** Who approves once an adjustment is proposed: upward always goes to head office. */
export function adjustedApproval(
  model: CompiledModel,
  computed: string,
  adjusted: string
): { route: string; label: Words } | null {
  if (isUpward(model, computed, adjusted)) {
    const ho = model.doc.approval.find((a) => a.route === "head_office");
    return {
      route: "head_office",
      label: ho?.label ?? { zh: "总行审定", en: "Head office approves" },
    };
  }
  return approvalFor(model, adjusted);
}
