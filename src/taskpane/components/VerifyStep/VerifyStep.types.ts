/** Props and state of the 核验 (verify) view. */
import type { RatingInput } from "../../../engine";
import type { SummaryStore } from "../ExportStep/services";
import type { StoredSummary } from "../ExportStep/storedSummary";

export interface VerifyStepProps {
  /** The workbook's current inputs, to tell whether the signed summary still matches them (日常监测). */
  readonly input: RatingInput;
  readonly store: SummaryStore;
  /** A trust list head office published (parsed JSON), if the pane has one; users may also paste one. */
  readonly trust?: unknown;
}

export interface VerifyState {
  readonly checked: (StoredSummary & { readonly source: "workbook" | "pasted" }) | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly pasted: string;
  readonly trustText: string;
  setPasted(v: string): void;
  setTrustText(v: string): void;
  verifyWorkbook(): Promise<void>;
  verifyPasted(): Promise<void>;
}
