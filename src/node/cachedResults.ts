/**
 * Excel saves each formula's last result in the file. For a filled template saved by Excel, compare every cached
 * RATING.* result with what the engine gives for the same inputs, and report each cell that disagrees — e.g. a
 * workbook computed by an older add-in, or edited by hand after a formula was pasted over as a value.
 */
import type ExcelJS from "exceljs";
import { formatCents, type RatingResult } from "../engine";
import { cellInput } from "./xlsxWorkbook";

/** A RATING formula found in a workbook, with the result the file holds for it. */
export interface CachedFormula {
  readonly cell: string;
  readonly formula: string;
  readonly cached: unknown;
}

export interface CachedMismatch {
  readonly cell: string;
  readonly formula: string;
  readonly shows: string;
  readonly expected: string;
  readonly message: { zh: string; en: string };
}

/** Every cell whose formula calls RATING.*, with its cached result (cells never calculated are left out). */
export function cachedRatingFormulas(workbook: ExcelJS.Workbook): CachedFormula[] {
  const out: CachedFormula[] = [];
  workbook.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // exceljs reports a merged range's value on every cell of it; the master alone holds the formula.
        if (cell.isMerged && cell.master !== cell) return;
        const v = cell.value as { formula?: string; result?: ExcelJS.CellValue } | null;
        if (!v || typeof v !== "object" || typeof v.formula !== "string") return;
        if (!/RATING\./i.test(v.formula) || v.result === undefined) return;
        out.push({
          cell: `${ws.name}!${cell.address}`,
          formula: v.formula,
          cached: cellInput(v.result),
        });
      })
    );
  });
  return out;
}

/** Splits a call's argument list at top-level commas (quotes and parentheses respected). */
export function callArgs(formula: string): { fn: string; args: string[] } | null {
  const m = /^=?\s*(?:_xludf\.)?RATING\.([A-Z]+)\s*\(/i.exec(formula);
  if (!m) return null;
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (let i = m[0].length; i < formula.length; i++) {
    const c = formula[i];
    if (quoted) {
      cur += c;
      if (c === '"') quoted = formula[i + 1] === '"' ? ((cur += formula[++i]), true) : false;
    } else if (c === '"') {
      quoted = true;
      cur += c;
    } else if (c === "(") {
      depth++;
      cur += c;
    } else if (c === ")") {
      if (depth === 0) {
        args.push(cur.trim());
        return { fn: m[1].toUpperCase(), args };
      }
      depth--;
      cur += c;
    } else if (c === "," && depth === 0) {
      args.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  return null;
}

const literal = (arg: string | undefined): string | null => {
  const m = /^"((?:[^"]|"")*)"$/.exec(arg ?? "");
  return m ? m[1].replace(/""/g, '"') : null;
};

type Expected =
  | { kind: "number"; value: number | null; tolerance: number; decimals: number }
  | { kind: "text"; value: string | null; accept: string[] };

const pts = (c: number | null): number | null => (c === null ? null : c / 100);

/** What the engine says a RATING formula should show; null when the formula is not one the command knows. */
export function expectedFor(r: RatingResult, formula: string): Expected | null {
  const call = callArgs(formula);
  if (!call) return null;
  const id = literal(call.args[0]);
  const ind = id ? r.indicators.find((i) => i.id === id) : undefined;
  if (call.fn === "INDICATOR" && ind)
    return { kind: "number", value: ind.ratio, tolerance: 1e-6, decimals: 6 };
  if ((call.fn === "SCORE" || call.fn === "OPTION") && ind)
    return { kind: "number", value: pts(ind.score), tolerance: 0.005, decimals: 2 };
  if (call.fn !== "RATE") return null;
  return expectedField(r, (literal(call.args[2]) ?? "grade").trim());
}

/** RATING.RATE's `field` (src/functions/rateField.ts): the same value, read from the command's result. */
function expectedField(r: RatingResult, field: string): Expected | null {
  const rated = r.status === "rated";
  const text = (value: string | null, accept: string[] = []): Expected => ({
    kind: "text",
    value,
    accept,
  });
  const points = (c: number | null): Expected => ({
    kind: "number",
    value: pts(c),
    tolerance: 0.005,
    decimals: 2,
  });
  switch (field) {
    case "grade":
      return text(r.grade);
    case "total":
      return points(r.total);
    case "modelGrade":
      return text(r.modelGrade);
    case "approval":
      return text(r.approvalLabel?.zh ?? null, [r.approvalLabel?.en ?? ""].filter(Boolean));
    case "approvalCode":
      return text(r.approval);
    case "caps":
      return text(rated ? r.caps.map((c) => c.id).join(",") : null);
    case "capReasons":
      return text(rated ? r.caps.map((c) => `${c.id} ${c.reason.zh}`).join("；") : null);
    case "nextGrade":
      return text(rated ? (r.nextGrade?.grade ?? "") : null);
    case "pointsNeeded":
      return points(rated ? (r.nextGrade?.pointsNeeded ?? 0) : null);
  }
  const [id, part] = field.split(".");
  const ind = r.indicators.find((i) => i.id === id);
  if (ind && (part === undefined || part === "score")) return points(ind.score);
  if (ind && part === "ratio")
    return { kind: "number", value: ind.ratio, tolerance: 1e-6, decimals: 6 };
  const dim = r.dimensions.find((d) => d.id === field);
  return dim ? points(dim.score) : null;
}

const shown = (v: unknown): string =>
  v === null || v === undefined || v === ""
    ? "（空）"
    : typeof v === "number"
      ? String(+v.toFixed(6))
      : String(v);

/**
 * Compares cached results with the engine's result.
 * @example compareCached(result, cachedRatingFormulas(wb)) // [{ cell: "评价计算表!H12", shows: "3.20", ... }]
 */
export function compareCached(r: RatingResult, cached: readonly CachedFormula[]): CachedMismatch[] {
  const out: CachedMismatch[] = [];
  for (const c of cached) {
    const e = expectedFor(r, c.formula);
    if (!e) continue;
    let agree: boolean;
    let expected: string;
    let shows: string;
    if (e.kind === "number") {
      const n = typeof c.cached === "number" ? c.cached : null;
      agree =
        e.value === null
          ? n === null
          : n !== null &&
            Math.abs(n - e.value) <=
              e.tolerance * Math.max(1, e.decimals === 6 ? Math.abs(e.value) : 1);
      expected =
        e.value === null
          ? "无数值"
          : e.decimals === 2
            ? formatCents(Math.round(e.value * 100))
            : String(+e.value.toFixed(6));
      shows = n !== null && e.decimals === 2 ? n.toFixed(2) : shown(c.cached);
    } else {
      const s = c.cached === null || c.cached === undefined ? null : String(c.cached).trim();
      const isError = s !== null && s.startsWith("#");
      agree =
        e.value === null
          ? s === null || s === "" || isError
          : s === e.value || e.accept.includes(s ?? "");
      expected = e.value ?? "无数值";
      shows = shown(c.cached);
    }
    if (agree) continue;
    out.push({
      cell: c.cell,
      formula: c.formula,
      shows,
      expected,
      message: {
        zh: `${c.cell} 显示 ${shows}，按标准应为 ${expected}`,
        en: `${c.cell} shows ${shows}, the standard gives ${expected === "无数值" ? "no value" : expected}`,
      },
    });
  }
  return out;
}
