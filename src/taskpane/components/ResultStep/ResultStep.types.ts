/** Props and derived state of the 结果 step. */
import type { RatingResult } from "../../../engine";
import type { Lang, Messages } from "../../../i18n";
import type { CompiledModel } from "../../../model";
import type { Adjustment, Assignment } from "../../state/types";

export interface ResultStepProps {
  t: Messages;
  lang: Lang;
  model: CompiledModel;
  result: RatingResult;
  adjustment: Adjustment | null;
  assignment: Assignment | null;
  onAdjust: (grade: string, reason: string) => void;
  onClearAdjust: () => void;
  onAssign: (grade: string, reason: string) => void;
}

export interface ResultStepState {
  readonly w: "zh" | "en";
  readonly grades: readonly string[];
  readonly draftGrade: string;
  readonly draftReason: string;
  readonly tried: boolean;
  readonly setDraftGrade: (g: string) => void;
  readonly setDraftReason: (r: string) => void;
  /** Approval once the adjustment in force is applied. */
  readonly approvalText: string;
  readonly upward: boolean;
  /** Whether a cap at this grade lowered the model grade (a cap no better than the model grade did not). */
  readonly capLowered: (capGrade: string) => boolean;
  readonly submitAdjust: () => void;
  readonly submitAssign: () => void;
}
