/**
 * §4 of the standard: which cell contents read as numbers. A number is read when its meaning is certain —
 * thousands separators, full-width digits and signs, accounting negatives "(500)", surrounding spaces. Anything
 * else ("12%", "--", "N/A", "1.2万", "#DIV/0!") is not a number, and the text found is reported.
 */

/** A value read from a cell or a file: a finite number, blank, or text that is not a number. */
export type ReadValue =
  { kind: "number"; value: number } | { kind: "blank" } | { kind: "text"; text: string };

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000\u2212\u2014\u2013]/g;
const PLAIN = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const ACCOUNTING = /^\((?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?\)$/;

function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return " ";
    if (code === 0x2212) return "-"; // MINUS SIGN, as typed in sign notes
    if (code === 0x2014 || code === 0x2013) return c; // dashes stay: "—" is not a minus
    return String.fromCharCode(code - 0xfee0);
  });
}

/**
 * Reads one input value.
 * @example readNumber("１，２３４.５") // { kind: "number", value: 1234.5 }
 * @example readNumber("(500)")        // { kind: "number", value: -500 }
 * @example readNumber("12%")          // { kind: "text", text: "12%" }
 */
export function readNumber(raw: unknown): ReadValue {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: raw }
      : { kind: "text", text: String(raw) };
  if (typeof raw !== "string")
    return {
      kind: "text",
      text: typeof raw === "boolean" ? String(raw).toUpperCase() : String(raw),
    };
  const s = halfWidth(raw).trim();
  if (s === "") return { kind: "blank" };
  if (PLAIN.test(s)) return { kind: "number", value: Number(s.replace(/,/g, "")) };
  if (ACCOUNTING.test(s))
    return { kind: "number", value: -Number(s.slice(1, -1).replace(/,/g, "")) };
  return { kind: "text", text: raw.trim() };
}
