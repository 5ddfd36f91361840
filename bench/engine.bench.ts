/**
 * Engine cost: one indicator score and one full rating, exact (the product) against the same work in plain doubles
 * (`naive`, no boundary care) and against decimals on every path. Writes bench/results/engine.json. Reports only.
 */
import { writeFileSync } from "node:fs";
import { rate } from "../src/engine";
import { evalDec } from "../src/engine/evaluate";
import { scoreIndicator } from "../src/engine/indicator";
import { decimalKit, Dec } from "../src/engine/kit";
import { scoreRule, type BaseRule } from "../src/engine/rules";
import { defaultModel } from "../src/model";
import { client } from "../test/helpers/clients";

const model = defaultModel();
const N = 2000;
// Varied inputs so nothing is constant-folded: S02 with every amount scaled by a different factor.
const inputs = Array.from({ length: N }, (_, i) => {
  const f = 1 + ((i * 7919) % 1000) / 997;
  const scale = (o: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [
        k,
        Math.round(v * f * (1 + (k.length % 5) / 50) * 100) / 100,
      ])
    );
  const base = client();
  return {
    ...base,
    statements: {
      cur: scale(base.statements.cur as Record<string, number>),
      pri: scale(base.statements.pri as Record<string, number>),
    },
  };
});
const values = inputs.map((inp) => {
  const v: Record<string, number> = {};
  for (const p of ["cur", "pri"] as const)
    for (const [k, x] of Object.entries(inp.statements[p]!)) v[`${p}.${k}`] = x as number;
  return v;
});
const sc = model.scorecards.get("industrial")!;

/** Median ns per client of each function, run interleaved so machine load affects all of them alike. */
function timeAll(fns: Record<string, () => number>, reps: number): Record<string, number> {
  let sink = 0;
  const samples: Record<string, number[]> = {};
  for (const name of Object.keys(fns)) {
    samples[name] = [];
    for (let r = 0; r < 2; r++) sink += fns[name](); // warm-up
  }
  for (let r = 0; r < reps; r++)
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = process.hrtime.bigint();
      sink += fn();
      samples[name].push(Number(process.hrtime.bigint() - t0) / N);
    }
  const out: Record<string, number> = {};
  for (const [name, xs] of Object.entries(samples)) {
    xs.sort((a, b) => a - b);
    out[name] = xs[Math.floor(xs.length / 2)];
    console.log(`${name.padEnd(42)} ${out[name].toFixed(0).padStart(7)} ns/client`);
  }
  if (Number.isNaN(sink)) console.log("sink");
  return out;
}

const scoreAll = (mode: "exact" | "naive") => () => {
  let s = 0;
  for (let i = 0; i < N; i++)
    for (const ci of model.indicators)
      s += scoreIndicator(model, ci, sc.rules.get(ci.def.id)!, values[i], {}, mode).cents;
  return s;
};
const decimalEverywhere = () => {
  let s = 0;
  for (let i = 0; i < N; i++)
    for (const ci of model.indicators) {
      const ev = evalDec(
        ci.expr,
        values[i],
        ci.def.denominator?.onNonPositive ? "nonPositive" : "zero"
      );
      if (ev.trapped) continue;
      const x = scoreRule(
        sc.rules.get(ci.def.id)! as BaseRule,
        new Dec(ci.def.max),
        ev.value,
        decimalKit
      );
      s += x.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
    }
  return s;
};
const rateAll = (mode: "exact" | "naive") => () => {
  let s = 0;
  for (let i = 0; i < N; i++) s += rate(model, inputs[i], mode).total ?? 0;
  return s;
};

const k = model.indicators.length;
const ind = timeAll({ exact: scoreAll("exact"), naive: scoreAll("naive") }, 25);
const exactInd = ind.exact / k;
const naiveInd = ind.naive / k;
const decInd = timeAll({ decimals: decimalEverywhere }, 3).decimals / k;
const full = timeAll({ exact: rateAll("exact"), naive: rateAll("naive") }, 25);
const exactRate = full.exact;
const naiveRate = full.naive;
let decimalPathShare = 0;
for (let i = 0; i < N; i++)
  for (const ci of model.indicators)
    if (scoreIndicator(model, ci, sc.rules.get(ci.def.id)!, values[i], {}).exactPath)
      decimalPathShare++;

const results = {
  when: new Date().toISOString(),
  node: process.version,
  clients: N,
  indicatorScoreNs: {
    exact: +exactInd.toFixed(1),
    plainDoubles: +naiveInd.toFixed(1),
    decimalsEverywhere: +decInd.toFixed(1),
  },
  indicatorRatio: {
    exactOverDoubles: +(exactInd / naiveInd).toFixed(2),
    decimalsOverDoubles: +(decInd / naiveInd).toFixed(1),
  },
  fullRatingUs: {
    exact: +(exactRate / 1000).toFixed(2),
    plainDoubles: +(naiveRate / 1000).toFixed(2),
  },
  fullRatingRatio: +(exactRate / naiveRate).toFixed(2),
  decimalPathShare: +(decimalPathShare / (N * k)).toFixed(4),
  goal: "exact ≤ 1.5 × plain doubles",
};
writeFileSync("bench/results/engine.json", JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
