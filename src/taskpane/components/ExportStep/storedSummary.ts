/**
 * The signed summary the workbook holds, read and verified, and whether the workbook's current inputs still match
 * it (日常监测). Loads the summary library lazily: jose and the canonicalizer stay out of the pane's first bundle.
 */
import type { RatingInput } from "../../../engine";
import type { SignedSummary } from "../../../summary/types";
import type { TrustList } from "../../../summary/trust";
import type { VerifyReport } from "../../../summary/verify";
import { errorText, type SummaryStore } from "./services";

export interface StoredSummary {
  readonly env: SignedSummary;
  readonly report: VerifyReport;
  /** The workbook's inputs changed since the summary was made. */
  readonly stale: boolean;
}

export type LoadStored =
  | { readonly ok: true; readonly stored: StoredSummary | null }
  | { readonly ok: false; readonly reason: string };

export const summaryLib = () => import("../../../summary");

/** Verifies an envelope (already parsed) and compares its input hash with `input`. */
export async function checkSummary(
  env: unknown,
  input: RatingInput,
  trust?: TrustList
): Promise<StoredSummary> {
  const lib = await summaryLib();
  const report = await lib.verifySignedSummary(env, { trust });
  const stale = report.summary
    ? report.summary.inputs.sha256 !== lib.recordInputs(input).sha256
    : false;
  return { env: env as SignedSummary, report, stale };
}

/** Reads `_summary` through the port; a missing summary is `stored: null`, not an error. */
export async function loadStored(
  store: SummaryStore,
  input: RatingInput,
  trust?: TrustList
): Promise<LoadStored> {
  const r = await store.readSummaryStore();
  if (!r.ok) return { ok: false, reason: `读取工作簿中的评级摘要失败：${errorText(r.error)}` };
  if (r.value === null || r.value.trim() === "") return { ok: true, stored: null };
  let env: unknown;
  try {
    env = JSON.parse(r.value);
  } catch {
    return { ok: false, reason: "工作簿中保存的评级摘要不是有效的 JSON" };
  }
  return { ok: true, stored: await checkSummary(env, input, trust) };
}
