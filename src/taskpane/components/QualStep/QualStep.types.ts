/** Props and state of the 定性 step: one qualitative item at a time. */
import type { Lang, Messages } from "../../../i18n";
import type { QualitativeItem } from "../../../model";

export interface QualStepProps {
  t: Messages;
  lang: Lang;
  items: readonly QualitativeItem[];
  /** Index of the item on screen. */
  index: number;
  /** Anchor key chosen per item. */
  answers: Readonly<Record<string, string>>;
  /** The note shown for an item (draft or saved). */
  note: (item: string) => string;
  /** Whether the item's note has its own cell; otherwise it goes to the audit trail. */
  noteHasCell: (item: string) => boolean;
  onChoose: (item: string, key: string) => void;
  onNoteChange: (item: string, text: string) => void;
  onNoteCommit: (item: string) => void;
  onMove: (delta: number) => void;
  onDone: () => void;
}

export interface QualStepState {
  readonly item: QualitativeItem;
  readonly position: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly chosen: string;
  readonly noteText: string;
  readonly noteHint: string | undefined;
  readonly points: (p: number) => string;
  readonly w: "zh" | "en";
}
