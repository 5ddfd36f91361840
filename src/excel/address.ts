/** A1 addresses: parsing `Sheet!$C$5` / `'My Sheet'!C5`, and column letters. Pure, shared by both ports. */

export interface CellRef {
  readonly sheet: string;
  readonly col: number;
  readonly row: number;
}

/** Column letters → 1-based index: A → 1, AA → 27. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based index → column letters. */
export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Parses the top-left cell of `Sheet!$C$5` or `'My Sheet'!C5:D6`; null when it is not a cell reference. */
export function parseAddress(address: string): CellRef | null {
  const s = address.trim().replace(/^=/, "");
  const bang = s.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(s.slice(bang + 1));
  if (!m) return null;
  return { sheet, col: colIndex(m[1]), row: Number(m[2]) };
}

/** `Sheet!C5` (quoted when the sheet name needs it), the form the pane shows and links to. */
export function formatAddress(ref: CellRef, absolute = false): string {
  const quoted = /^[\p{L}\p{N}_]+$/u.test(ref.sheet)
    ? ref.sheet
    : `'${ref.sheet.replace(/'/g, "''")}'`;
  const d = absolute ? "$" : "";
  return `${quoted}!${d}${colLetters(ref.col)}${d}${ref.row}`;
}

/** Normalizes any address to `Sheet!C5` form; returns the input when it cannot be parsed. */
export function shortAddress(address: string): string {
  const r = parseAddress(address);
  return r ? formatAddress(r) : address;
}
