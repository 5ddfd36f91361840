/**
 * Defined names that hold a constant rather than a cell — e.g. the task pane's `client.type` = "企业" on a bank's
 * own sheet that has no cell for it. exceljs drops such names when it loads a file, so they are read from
 * xl/workbook.xml directly. Only consulted when a name the command needs is missing.
 */
import * as fs from "node:fs";
import JSZip from "jszip";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        )
      : ENTITIES[e.toLowerCase()]
  );

/** A constant as a formula writes it: `"企业"` (doubled quotes inside) or a number; null for anything else. */
export function parseConstant(formula: string): string | number | null {
  const f = formula.trim().replace(/^=/, "");
  const text = /^"((?:[^"]|"")*)"$/.exec(f);
  if (text) return text[1].replace(/""/g, '"');
  return /^[+-]?\d+(\.\d+)?$/.test(f) ? Number(f) : null;
}

/**
 * Workbook-scope defined names whose value is a constant, by name.
 * @example await readConstantNames("bank-form.xlsx") // Map { "client.type" => "企业" }
 */
export async function readConstantNames(file: string): Promise<Map<string, string | number>> {
  const out = new Map<string, string | number>();
  try {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file("xl/workbook.xml")?.async("string");
    for (const m of xml?.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g) ?? []) {
      if (/\blocalSheetId=/.test(m[1])) continue;
      const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
      const value = parseConstant(decode(m[2]));
      if (name && value !== null) out.set(decode(name), value);
    }
  } catch {
    // The workbook opened with exceljs already; a package it cannot read twice has no constants to offer.
  }
  return out;
}
