/**
 * RATING.* cells against native formulas in a real formula engine (HyperFormula, the test harness): 10,000 rows of
 * RATING.SCORE("Q3", block) and RATING.GRADE(total), and the same rows written as native ROUND/MIN/MAX and nested
 * IF formulas over the same cells. Times: building and evaluating the sheet, and recalculating after one scenario
 * cell that every input depends on changed. Also: 10,000 RATE cells asking fields of ONE client (a calculation
 * sheet's shape) with and without the memo of full ratings. Writes bench/results/functions.json. Reports only; asserts nothing.
 */
import { writeFileSync } from "node:fs";
import * as os from "node:os";
import type { HyperFormula } from "hyperformula";
import { setMemoLimit } from "../src/functions/rateBlock";
import { callStats, createFormulaEngine } from "../test/formulas/harness";
import { S02_ANSWERS, S02_CUR } from "../test/helpers/clients";

const ROWS = 10_000;
const REPS = 5;
const BLOCK = 5; // unit, industry, total_liabilities, total_assets, (blank)
const CONFIG = { config: { maxRows: ROWS * BLOCK + 10 } };

/** Deterministic varied inputs: debt ratio spread over 0.3…1.0, totals over 0…100. */
function dataSheet(seed: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const scenario = (row: (string | number)[]): void => void row.push("", 1);
  for (let i = 0; i < ROWS; i++) {
    const a = 1000 + ((i * 7919 + seed * 104729) % 90_000);
    const ratio = 0.3 + ((i * 31 + seed * 17) % 700) / 1000;
    const total = ((i * 613 + seed * 7) % 10_001) / 100;
    // Inputs are formulas over one scenario cell (G1), so one edit recalculates every row.
    rows.push(["unit", "万元", "", "", `=ROUND(MIN(100,${total}*$G$1),2)`]);
    rows.push(["industry", "industrial", "", "", ""]);
    rows.push([
      "total_liabilities",
      `=ROUND(${Math.round(a * ratio * 100) / 100}*$G$1,2)`,
      "",
      "",
      "",
    ]);
    rows.push(["total_assets", a, "", "", ""]);
    rows.push(["", "", "", "", ""]);
  }
  scenario(rows[0]);
  return rows;
}

const first = (i: number): number => i * BLOCK + 1;

function ratingRows(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    `=RATING.SCORE("Q3", D!$A$${first(i)}:$C$${first(i) + 3})`,
    `=RATING.GRADE(D!$E$${first(i)})`,
  ]);
}

/** The industrial Q3 rule (LINEAR lower-better, std 0.60, limit 0.90, 8 points) and the grade bands, by hand. */
function nativeRows(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const r = `D!$B$${first(i) + 2}/D!$B$${first(i) + 3}`;
    const t = `D!$E$${first(i)}`;
    return [
      `=ROUND(MIN(8,MAX(0,8*(0.9-${r})/(0.9-0.6))),2)`,
      `=IF(${t}>=90,"AAA",IF(${t}>=80,"AA",IF(${t}>=70,"A",IF(${t}>=60,"BBB",IF(${t}>=50,"BB","B")))))`,
    ];
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** Sum of the score column and count per grade: the two variants must agree on every row. */
function summarize(values: unknown[][]): { scoreSum: number; grades: Record<string, number> } {
  let scoreSum = 0;
  const grades: Record<string, number> = {};
  for (const [score, grade] of values) {
    if (typeof score === "number") scoreSum += Math.round(score * 100);
    if (typeof grade === "string") grades[grade] = (grades[grade] ?? 0) + 1;
  }
  return { scoreSum: scoreSum / 100, grades };
}

interface Timing {
  buildMs: number;
  recalcMs: number;
  /** Time spent inside the RATING functions (argument conversion included) during the recalculation. */
  insideFunctionsMs: number;
  check: unknown;
}

/** Build + evaluate, then one recalculation after the scenario cell changed. */
function once(rows: string[][], seed: number): Timing {
  const data = dataSheet(seed);
  (globalThis as { gc?: () => void }).gc?.();
  let t0 = process.hrtime.bigint();
  const hf: HyperFormula = createFormulaEngine({ D: data, R: rows }, [], CONFIG);
  const buildMs = ms(t0);
  const inside0 = callStats.ns;
  t0 = process.hrtime.bigint();
  hf.setCellContents({ sheet: hf.getSheetId("D")!, row: 0, col: 6 }, 0.97);
  const recalcMs = ms(t0);
  const insideFunctionsMs = (callStats.ns - inside0) / 1e6;
  const check = summarize(hf.getSheetValues(hf.getSheetId("R")!));
  hf.destroy();
  return { buildMs, recalcMs, insideFunctionsMs, check };
}

/**
 * Every variant once per round, rounds repeated, medians kept: the variants are interleaved so that load from
 * other processes on the machine falls on all of them alike.
 */
function measureAll(
  variants: Record<string, { rows: string[][]; memo: boolean }>
): Record<string, Timing> {
  const runs: Record<string, Timing[]> = {};
  for (let rep = 0; rep < REPS; rep++)
    for (const [name, v] of Object.entries(variants)) {
      setMemoLimit(v.memo ? 64 : 0);
      (runs[name] ??= []).push(once(v.rows, rep));
    }
  setMemoLimit(64);
  const out: Record<string, Timing> = {};
  for (const [name, xs] of Object.entries(runs))
    out[name] = {
      buildMs: median(xs.map((x) => x.buildMs)),
      recalcMs: median(xs.map((x) => x.recalcMs)),
      insideFunctionsMs: median(xs.map((x) => x.insideFunctionsMs)),
      check: xs[0].check,
    };
  return out;
}

/** 10,000 RATE cells asking for fields of ONE client (a calculation sheet's shape), with the memo on and off. */
function oneClient(memo: boolean): number {
  setMemoLimit(memo ? 64 : 0);
  const fields = ["grade", "total", "modelGrade", "approval", "caps", "Q3", "Q3.ratio", "J1"];
  const rows = Array.from({ length: ROWS }, (_, i) => [
    `=RATING.RATE(C!$A$1:$D$20, C!$F$1:$G$7, "${fields[i % fields.length]}")`,
  ]);
  const times: number[] = [];
  for (let rep = 0; rep < 3; rep++) {
    const t0 = process.hrtime.bigint();
    createFormulaEngine({ C: clientSheet(), R: rows }, [], CONFIG).destroy();
    times.push(ms(t0));
  }
  setMemoLimit(64);
  return median(times);
}

/** One rated client (case S02's current-year figures, prior year at 93 %) as a statements block and answers. */
function clientSheet(): (string | number)[][] {
  const cur: Record<string, number> = S02_CUR;
  const rows: (string | number)[][] = [
    ["unit", "万元", "", ""],
    ["industry", "industrial", "", ""],
    ["client_type", "enterprise", "", ""],
    ...Object.entries(cur).map(([k, v]) => [k, v, Math.round(v * 0.93), ""]),
  ];
  const answers = Object.values(S02_ANSWERS);
  answers.forEach((a, i) => rows[i].push("", `J${i + 1}`, a));
  return rows;
}

const t = measureAll({
  dataOnly: { rows: [[""]], memo: true },
  rating: { rows: ratingRows(), memo: true },
  native: { rows: nativeRows(), memo: true },
});
const { dataOnly: base, rating, native } = t;
const net = (x: number, b: number): number => Math.max(x - b, 0.001);
const round = (x: number): number => Math.round(x * 100) / 100;

const result = {
  bench: "functions",
  date: new Date().toISOString(),
  node: process.version,
  rows: ROWS,
  cellsPerVariant: ROWS * 2,
  formulas: {
    rating: ratingRows()[0],
    native: nativeRows()[0],
  },
  note: "ms, median of interleaved runs; 'net' subtracts the same sheet with the data only. recalc = one edit of the scenario cell D!G1 that every row's inputs depend on. recalcInsideFunctionsMs = time inside the RATING functions (argument conversion included) during that recalc; the rest is HyperFormula's own work.",
  loadAverage: os.loadavg().map((x) => round(x)),
  cpus: os.cpus().length,
  dataOnly: { buildMs: round(base.buildMs), recalcMs: round(base.recalcMs) },
  rating: {
    buildMs: round(rating.buildMs),
    recalcMs: round(rating.recalcMs),
    recalcInsideFunctionsMs: round(rating.insideFunctionsMs),
  },
  native: { buildMs: round(native.buildMs), recalcMs: round(native.recalcMs) },
  ratio: {
    buildNet: round(net(rating.buildMs, base.buildMs) / net(native.buildMs, base.buildMs)),
    recalcNet: round(net(rating.recalcMs, base.recalcMs) / net(native.recalcMs, base.recalcMs)),
    buildTotal: round(rating.buildMs / native.buildMs),
    recalcTotal: round(rating.recalcMs / native.recalcMs),
  },
  oneClient: {
    rateCells: ROWS,
    withoutMemoMs: round(oneClient(false)),
    withMemoMs: round(oneClient(true)),
  },
  results: {
    rating: rating.check,
    native: native.check,
    agree: JSON.stringify(rating.check) === JSON.stringify(native.check),
  },
};
writeFileSync("bench/results/functions.json", JSON.stringify(result, null, 2) + "\n");
console.log(
  `RATING rows: build ${result.rating.buildMs} ms, recalc ${result.rating.recalcMs} ms | native: build ${result.native.buildMs} ms, recalc ${result.native.recalcMs} ms | data only: ${result.dataOnly.buildMs} / ${result.dataOnly.recalcMs} ms`
);
console.log(
  `ratio RATING/native: recalc ${result.ratio.recalcTotal}× (net ${result.ratio.recalcNet}×), build ${result.ratio.buildTotal}× (net ${result.ratio.buildNet}×); inside the RATING functions: ${result.rating.recalcInsideFunctionsMs} ms of the recalc`
);
console.log(
  `one client, ${ROWS} RATE field cells: ${result.oneClient.withMemoMs} ms with memo, ${result.oneClient.withoutMemoMs} ms without`
);
