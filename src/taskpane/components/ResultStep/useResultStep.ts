/** State of the 结果 step: the adjustment or assignment form, and the approval route once adjusted. */
import { useState } from "react";
import { worstGrade } from "../../../engine";
import { wordsKey } from "../../../i18n";
import { adjustedApproval, isUpward } from "../../state/derive";
import type { ResultStepProps, ResultStepState } from "./ResultStep.types";

export function useResultStep(p: ResultStepProps): ResultStepState {
  const w = wordsKey(p.lang);
  const [draftGrade, setDraftGrade] = useState("");
  const [draftReason, setDraftReason] = useState("");
  const [tried, setTried] = useState(false);
  const computed = p.result.grade ?? "";
  const adj = p.adjustment;
  const upward = !!adj && isUpward(p.model, computed, adj.grade);
  const approval =
    adj && p.result.status === "rated"
      ? adjustedApproval(p.model, computed, adj.grade)?.label[w]
      : p.result.approvalLabel?.[w];
  const submit = (action: (g: string, r: string) => void) => () => {
    setTried(true);
    if (!draftGrade || !draftReason.trim()) return;
    action(draftGrade, draftReason.trim());
    setTried(false);
    setDraftReason("");
    setDraftGrade("");
  };
  return {
    w,
    grades: p.model.grades.map((g) => g.code),
    draftGrade,
    draftReason,
    tried,
    setDraftGrade,
    setDraftReason,
    approvalText: approval ?? "—",
    upward,
    capLowered: (g) => {
      const m = p.result.modelGrade;
      return !!m && g !== m && worstGrade(p.model, [m, g]) === g;
    },
    submitAdjust: submit(p.onAdjust),
    submitAssign: submit(p.onAssign),
  };
}
