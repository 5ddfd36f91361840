/**
 * Arguments as they reach a custom function: numbers, text, booleans, `null` (an omitted argument, or an empty cell
 * on the web) and "" (the template's explicit blank). Each reader returns the value or stops the function with the
 * error that names the argument. A blank is never read as zero.
 */
import { readNumber } from "../engine";
import { fail } from "./toExcelError";

/** An argument's name as functions.json shows it, and what it means in Chinese. */
export interface ArgName {
  readonly id: string;
  readonly zh: string;
}

/** True for an omitted argument, an empty cell passed as null, or empty text. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Stops with `#N/A` "缺少 …" for a blank argument. */
export function missing(arg: ArgName): never {
  return fail({
    error: "#N/A",
    message: { zh: `缺少${arg.zh}（参数 ${arg.id}）`, en: `argument ${arg.id} is missing` },
  });
}

/**
 * Reads a number: a number, or text whose meaning as a number is certain (§4 of the standard, the engine's
 * `readNumber`). Blank → `#N/A`; other text or a boolean → `#VALUE!` naming the argument.
 */
export function numberArg(v: unknown, arg: ArgName): number {
  if (isBlank(v)) return missing(arg);
  const r = readNumber(v);
  if (r.kind === "number") return r.value;
  const found = r.kind === "text" ? r.text : String(v);
  return fail({
    error: "#VALUE!",
    message: {
      zh: `参数 ${arg.id}（${arg.zh}）应为数字，收到“${found}”`,
      en: `argument ${arg.id} must be a number, got "${found}"`,
    },
  });
}

/** Reads text (numbers are taken as their text); blank → `#N/A` naming the argument. */
export function textArg(v: unknown, arg: ArgName): string {
  if (isBlank(v)) return missing(arg);
  return String(v).trim();
}

/** Flattens a range argument (Excel passes a scalar to a matrix parameter as a 1×1 range). */
export function cellsOf(v: unknown): unknown[] {
  if (!Array.isArray(v)) return [v];
  return v.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}
