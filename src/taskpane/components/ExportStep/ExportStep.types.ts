/** Props and state of the 导出 (export and countersign) view of the signed rating summary. */
import type { RatingInput, RatingResult } from "../../../engine";
import type { CompiledModel } from "../../../model";
import type { ChainStep, Person } from "../../../summary/types";
import type { ExportServices, SummaryStore } from "./services";
import type { StoredSummary } from "./storedSummary";

export interface ExportStepProps {
  readonly model: CompiledModel;
  readonly result: RatingResult;
  readonly input: RatingInput;
  /** The pane user's profile (name, role, level); null until set. */
  readonly profile: Person | null;
  /** The workbook port's summary store (`_summary` sheet). */
  readonly store: SummaryStore;
  readonly addinVersion: string;
  /** What the workbook adds to the summary: notes per item, workbook name, rating date, template. */
  readonly context?: {
    readonly notes?: Readonly<Record<string, string>>;
    readonly workbook?: string | null;
    readonly ratedOn?: string | null;
    readonly template?: { readonly id: string | null; readonly version: string | null };
  };
  /** Platform services; the defaults use IndexedDB keys, fetch, the clipboard and downloads where allowed. */
  readonly services?: Partial<ExportServices>;
  /** Called after a signature is written to the workbook, so other views (核验) can re-read it. */
  readonly onStored?: () => void;
}

export interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly text: string;
}

export interface ExportState {
  /** undefined while loading. */
  readonly stored: StoredSummary | null | undefined;
  /** The step the next signature makes; null when the chain is complete. */
  readonly nextStep: ChainStep | null;
  /** Why the user cannot sign now, or null. */
  readonly cannotSign: string | null;
  readonly busy: string | null;
  readonly notice: Notice | null;
  readonly needsAssignment: boolean;
  readonly assignGrade: string;
  readonly assignReason: string;
  readonly keyInfo: { readonly thumbprint: string; readonly request: string } | null;
  readonly canDownload: boolean;
  setAssignGrade(v: string): void;
  setAssignReason(v: string): void;
  sign(): Promise<void>;
  copy(): Promise<void>;
  downloadJson(): void;
  downloadPdf(): Promise<void>;
  showKey(): Promise<void>;
  copyKeyRequest(): Promise<void>;
}
