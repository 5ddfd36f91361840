/**
 * §6: scores are computed in decimals and rounded half-up; binary floating point must never flip a score or a
 * grade at a boundary. These inputs are chosen where plain doubles give the wrong answer.
 */
import fc from "fast-check";
import { rate, resultToJson } from "../../../src/engine";
import { scoreIndicator } from "../../../src/engine/indicator";
import { Dec } from "../../../src/engine/kit";
import { defaultModel } from "../../../src/model";
import { client } from "../../helpers/clients";

const model = defaultModel();
const score = (id: string, cur: Record<string, number>) =>
  resultToJson(rate(model, client({ cur }))).scores[id];

test("Q8 = 56 / 100000 scores 0.035 exactly → 0.04 (doubles give 0.034999… → 0.03)", () => {
  expect((5 * (56 / 100000)) / 0.08).toBeLessThan(0.035); // the trap is real
  expect(score("Q8", { total_profit: 56, revenue: 100000 })).toBe("0.04");
  expect(score("Q8", { total_profit: 120, revenue: 100000 })).toBe("0.08");
});

test("a ratio exactly at its standard earns full points even when doubles miss it", () => {
  // Q13 = 38000 × 1.05 / … : revenue.cur / revenue.pri − 1 = 0.05 exactly, a BANDS bound (→ 3 points).
  const r = resultToJson(rate(model, client({ cur: { revenue: 38325 }, pri: { revenue: 36500 } })));
  expect(38325 / 36500 - 1).not.toBe(0.05);
  expect(r.scores.Q13).toBe("3.00");
  // Q4 = 1.5 exactly (std): full 6 points.
  expect(score("Q4", { current_assets: 26250, current_liabilities: 17500 })).toBe("6.00");
});

test("a cap at exactly its threshold fires (Q3 = 0.75 → C2 caps at A)", () => {
  const r = resultToJson(
    rate(model, client({ cur: { total_liabilities: 31500, owners_equity: 10500 } }))
  );
  expect(r.ratios.Q3).toBe(0.75);
  expect(r.caps).toContain("C2");
});

/** Q8 computed independently in decimals: LINEAR higher-better, std 0.08, limit 0, max 5. */
function q8Exact(tp: number, rev: number): number {
  const x = new Dec(String(tp)).div(new Dec(String(rev)));
  if (x.gte(0.08)) return 500;
  if (x.lte(0)) return 0;
  return x.times(5).div(0.08).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

test("property: the engine's Q8 equals an independent decimal computation on any input", () => {
  const ci = model.indicatorById.get("Q8")!;
  const rule = model.scorecards.get("industrial")!.rules.get("Q8")!;
  fc.assert(
    fc.property(
      fc.integer({ min: -100000, max: 100000 }),
      fc.integer({ min: 1, max: 10000000 }),
      fc.integer({ min: 0, max: 3 }),
      (tp, rev, scale) => {
        const t = tp / 10 ** scale;
        const values = { "cur.total_profit": t, "cur.revenue": rev };
        const got = scoreIndicator(model, ci, rule, values, {}).cents;
        expect(got).toBe(q8Exact(t, rev));
      }
    ),
    { numRuns: 3000 }
  );
});

test("the decimal path is the exception, not the rule", () => {
  const ci = model.indicatorById.get("Q3")!;
  const rule = model.scorecards.get("industrial")!.rules.get("Q3")!;
  let exact = 0;
  for (let i = 1; i <= 1000; i++) {
    const o = scoreIndicator(
      model,
      ci,
      rule,
      { "cur.total_liabilities": 25000 + i * 7.3, "cur.total_assets": 42000 },
      {}
    );
    if (o.exactPath) exact++;
  }
  expect(exact).toBeLessThan(20);
});
