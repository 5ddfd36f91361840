/** Invariants of the engine (fast-check), over random rules and random clients. */
import fc from "fast-check";
import { gradeForTotal, rate, resultToJson, type Cents } from "../../../src/engine";
import type { Rule } from "../../../src/model";
import { ruleCeiling } from "../../../src/engine/rules";
import { defaultModel } from "../../../src/model";
import { client, S02_CUR } from "../../helpers/clients";
import { exactScore } from "../../helpers/rules";

const model = defaultModel();
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const better = fc.constantFrom("higher" as const, "lower" as const);

/** Random valid rules of every quantitative form, with the direction in which the ratio "improves". */
const ruleArb: fc.Arbitrary<{ rule: Rule; max: number; dir: 1 | -1 }> = fc.oneof(
  fc
    .tuple(better, num(-2, 2), num(0.01, 2), fc.integer({ min: 1, max: 20 }))
    .map(([b, a, w, max]) => ({
      rule: {
        form: "LINEAR",
        better: b,
        std: b === "higher" ? a + w : a,
        limit: b === "higher" ? a : a + w,
      } as Rule,
      max,
      dir: (b === "higher" ? 1 : -1) as 1 | -1,
    })),
  fc
    .tuple(better, num(-2, 2), num(0.1, 5), num(0.01, 1), fc.integer({ min: 1, max: 20 }))
    .map(([b, std, deduct, unit, max]) => ({
      rule: { form: "DEDUCT", better: b, std, deduct, unit } as Rule,
      max,
      dir: (b === "higher" ? 1 : -1) as 1 | -1,
    })),
  fc
    .tuple(better, num(0.01, 5), num(1, 2), fc.integer({ min: 1, max: 20 }))
    .map(([b, std, capMultiple, max]) => ({
      rule: { form: "PROPORTIONAL", better: b, std, capMultiple } as Rule,
      max,
      dir: (b === "higher" ? 1 : -1) as 1 | -1,
    })),
  fc
    .tuple(
      better,
      fc.uniqueArray(num(-1, 1), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 1, max: 10 })
    )
    .map(([b, bounds, max]) => {
      const sorted = [...bounds].sort((x, y) => (b === "higher" ? y - x : x - y));
      const bands = sorted.map((bound, i) => ({ bound, points: Math.max(0, max - i) }));
      return {
        rule: { form: "BANDS", better: b, bands, otherwise: 0 } as Rule,
        max,
        dir: (b === "higher" ? 1 : -1) as 1 | -1,
      };
    }),
  fc
    .tuple(
      fc.uniqueArray(num(1, 100000), { minLength: 1, maxLength: 5 }),
      fc.constantFrom("prorata" as const, "zero" as const)
    )
    .map(([mins, tail]) => {
      const sorted = [...mins].sort((x, y) => y - x);
      const steps = sorted.map((min, i) => ({ min, points: sorted.length - i }));
      return { rule: { form: "STEPS", steps, tail } as Rule, max: sorted.length, dir: 1 as const };
    }),
  fc
    .integer({ min: 1, max: 10 })
    .map((max) => ({ rule: { form: "SIGN" } as Rule, max, dir: 1 as const })),
  fc
    .tuple(
      better,
      fc.uniqueArray(num(-1, 1), { minLength: 5, maxLength: 5 }),
      fc.integer({ min: 1, max: 20 })
    )
    .map(([b, vs, max]) => {
      const values = [...vs].sort((x, y) => (b === "higher" ? y - x : x - y));
      return {
        rule: { form: "TIERS", better: b, values, coefficients: [1, 0.8, 0.6, 0.4, 0.2] } as Rule,
        max,
        dir: (b === "higher" ? 1 : -1) as 1 | -1,
      };
    })
);

test("a score never falls when its ratio improves in its better direction", () => {
  fc.assert(
    fc.property(ruleArb, num(-3, 3), num(0, 3), ({ rule, max, dir }, x, step) => {
      const worse = exactScore(rule, max, x);
      const betterX = x + dir * step;
      expect(Number(exactScore(rule, max, betterX))).toBeGreaterThanOrEqual(Number(worse));
    }),
    { numRuns: 3000 }
  );
});

test("a score stays within [0, the most its rule can give]", () => {
  fc.assert(
    fc.property(ruleArb, num(-1e6, 1e6), ({ rule, max }, x) => {
      const s = Number(exactScore(rule, max, x));
      expect(s).toBeGreaterThanOrEqual(0);
      // Scores are rounded half-up to cents, so the ceiling is too (capMultiple × max may have more decimals).
      expect(s).toBeLessThanOrEqual(Math.round(ruleCeiling(rule, max) * 100 + 1e-9) / 100);
    }),
    { numRuns: 3000 }
  );
});

/** Random but valid statements: every item non-negative where it must be, balanced sheets. */
const statementsArb = fc
  .record({
    ta: fc.integer({ min: 1, max: 5_000_000 }),
    debt: num(0, 1.2),
    ca: num(0, 1),
    inv: num(0, 1),
    ar: num(0, 1),
    ia: num(0, 0.3),
    rev: fc.integer({ min: 0, max: 5_000_000 }),
    margin: num(-0.3, 0.3),
    ie: fc.integer({ min: 0, max: 50_000 }),
    ocf: num(-0.3, 0.3),
    growth: num(-0.9, 2),
  })
  .map((r) => {
    const cur = {
      total_assets: r.ta,
      total_liabilities: Math.round(r.ta * r.debt),
      owners_equity: r.ta - Math.round(r.ta * r.debt),
      current_assets: Math.round(r.ta * r.ca),
      current_liabilities: Math.round(r.ta * r.debt * 0.6),
      inventory: Math.round(r.ta * r.ca * r.inv),
      accounts_receivable: Math.round(r.ta * r.ar * 0.3),
      intangible_assets: Math.round(r.ta * r.ia),
      revenue: r.rev,
      cost_of_sales: Math.round(r.rev * 0.8),
      total_profit: Math.round(r.rev * r.margin),
      net_profit: Math.round(r.rev * r.margin * 0.75),
      interest_expense: r.ie,
      operating_cash_flow: Math.round(r.rev * r.ocf),
    };
    const pri = Object.fromEntries(
      Object.entries(cur).map(([k, v]) => [k, Math.round(v / (1 + r.growth))])
    );
    return { cur, pri };
  });
const answersArb = fc.record(
  Object.fromEntries(
    model.qualitative.map((q) => [q.id, fc.constantFrom(...q.anchors.map((a) => a.key))])
  )
) as fc.Arbitrary<Record<string, string>>;

test("total within [0, the model's total], deterministic, and status rated for complete valid input", () => {
  fc.assert(
    fc.property(statementsArb, answersArb, (s, answers) => {
      const input = { ...client(), statements: s, answers };
      const a = rate(model, input);
      const b = rate(model, input);
      expect(b).toEqual(a);
      expect(a.status).toBe("rated");
      expect(a.total!).toBeGreaterThanOrEqual(0);
      expect(a.total!).toBeLessThanOrEqual(10000);
      const sum = a.indicators.reduce((t, i) => t + (i.score ?? 0), 0);
      expect(a.total).toBe(sum);
    }),
    { numRuns: 400 }
  );
});

test("grade bands partition [0, total] with no gap or overlap, in cents", () => {
  let prevRank = Infinity;
  for (let cents = 0; cents <= 10000; cents++) {
    const g = gradeForTotal(model, cents as Cents);
    expect(g).not.toBeNull();
    const rank = model.gradeRank.get(g!)!;
    expect(rank).toBeLessThanOrEqual(prevRank); // never gets worse as the total rises
    prevRank = rank;
  }
});

/** Writes a number the ways §4 accepts as text. */
function asText(x: number, style: number): string {
  const plain = String(x);
  const [int, frac] = plain.replace("-", "").split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  const neg = x < 0;
  switch (style) {
    case 0:
      return `${neg ? "-" : ""}${grouped}`;
    case 1:
      return neg ? `(${grouped})` : `  ${grouped} `;
    default:
      return (
        (neg ? "－" : "") +
        grouped.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      );
  }
}

test("text forms of a number (§4) rate exactly like the number", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...Object.keys(S02_CUR)),
      fc.integer({ min: 0, max: 2 }),
      num(0, 1e7),
      (item, style, raw) => {
        const x = Math.round(raw * 100) / 100;
        const asNumber = resultToJson(rate(model, client({ cur: { [item]: x } })));
        const asString = resultToJson(rate(model, client({ cur: { [item]: asText(x, style) } })));
        expect(asString).toEqual(asNumber);
      }
    ),
    { numRuns: 500 }
  );
});
