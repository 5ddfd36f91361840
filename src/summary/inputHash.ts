/**
 * The input line items a summary records, and their hash. The pane recomputes the hash from the workbook's current
 * inputs to tell whether a signed summary is stale (日常监测), so both sides must read inputs the same way: here.
 */
import type { RatingInput } from "../engine";
import { canonicalText, sha256Hex } from "./canonical";

export interface RecordedInputs {
  readonly unit: string | null;
  readonly items: Record<string, number | string | null>;
  readonly answers: Record<string, string | null>;
  readonly sha256: string;
}

/** A cell value as JSON: finite numbers stay numbers, text is trimmed, anything else is blank (null). */
function plain(v: unknown): number | string | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "boolean") return String(v);
  return null;
}

/**
 * Flattens a `RatingInput` to `period.item` → value (blanks dropped) plus answers, and hashes the canonical JSON of
 * `{unit, items, answers}`.
 * @example recordInputs(input).sha256 // "9f2c…" — equal for equal inputs whatever their key order
 */
export function recordInputs(input: RatingInput): RecordedInputs {
  const items: Record<string, number | string | null> = {};
  for (const [period, values] of Object.entries(input.statements)) {
    for (const [item, v] of Object.entries(values ?? {})) {
      const p = plain(v);
      if (p !== null) items[`${period}.${item}`] = p;
    }
  }
  const answers: Record<string, string | null> = {};
  for (const [id, v] of Object.entries(input.answers)) {
    const p = plain(v);
    if (p !== null) answers[id] = String(p);
  }
  const u = plain(input.unit);
  const unit = u === null ? null : String(u);
  return { unit, items, answers, sha256: sha256Hex(canonicalText({ unit, items, answers })) };
}
