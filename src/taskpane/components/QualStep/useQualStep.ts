/** Derives what the 定性 step renders from its props. */
import { wordsKey } from "../../../i18n";
import type { QualStepProps, QualStepState } from "./QualStep.types";

export function useQualStep(props: QualStepProps): QualStepState {
  const { t, lang, items, index, answers, note, noteHasCell } = props;
  const item = items[Math.min(index, items.length - 1)];
  return {
    item,
    position: t.qual.progress(index + 1, items.length),
    isFirst: index === 0,
    isLast: index >= items.length - 1,
    chosen: answers[item.id] ?? "",
    noteText: note(item.id),
    noteHint: noteHasCell(item.id) ? undefined : t.qual.noteNotBound,
    points: (p) => t.qual.points(Number.isInteger(p) ? String(p) : p.toFixed(1)),
    w: wordsKey(lang),
  };
}
