/** Props and state of the 核验 (verify) view. */
import type { RatingInput } from "../../../engine";
import type { Messages } from "../../../i18n";
import type { SummaryStore } from "../ExportStep/services";
import type { StoredSummary } from "../ExportStep/storedSummary";

export interface VerifyStepProps {
  /** The workbook's current inputs, to tell whether the signed summary still matches them (日常监测). */
  readonly input: RatingInput;
  readonly store: SummaryStore;
  /** A trust list head office published (parsed JSON), if the pane has one; users may also paste one. */
  readonly trust?: unknown;
  /** UI text (the pane's language); zh-CN when omitted. */
  readonly t?: Messages;
  /** Changes whenever a signature is stored, so the view re-reads the workbook's summary. */
  readonly storedVersion?: number;
}

export interface VerifyState {
  readonly checked: (StoredSummary & { readonly source: "workbook" | "pasted" }) | null;
  readonly loading: boolean;
  readonly error: string | null;
  /** A normal state worth saying (no summary signed yet), shown as neutral information. */
  readonly info: string | null;
  readonly pasted: string;
  readonly trustText: string;
  setPasted(v: string): void;
  setTrustText(v: string): void;
  verifyWorkbook(): Promise<void>;
  verifyPasted(): Promise<void>;
}
