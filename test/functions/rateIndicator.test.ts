/**
 * The engine's `rateIndicator` (what RATING.SCORE and RATING.INDICATOR use) must report exactly the indicator that
 * a full `rate` reports — ratio, score, note — and only issues that `rate` reports too, on any input: every shared
 * case, perturbed at random (blanks, text, zeros, negatives, the other unit, the other scorecards).
 */
import fc from "fast-check";
import { rate, rateIndicator, type RatingInput } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { caseToInput } from "../../src/node/caseJson";
import { loadCases } from "../helpers/cases";

const model = defaultModel();
const cases = loadCases().map(caseToInput);
const ids = model.indicators.map((i) => i.def.id);
const items = model.doc.lineItems.map((l) => l.id);

const edit = fc.record({
  period: fc.constantFrom("cur", "pri"),
  item: fc.constantFrom(...items),
  value: fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant("--"),
    fc.constant(0),
    fc.integer({ min: -5000, max: 200000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true })
  ),
});

const scenario = fc.record({
  base: fc.integer({ min: 0, max: cases.length - 1 }),
  edits: fc.array(edit, { maxLength: 4 }),
  unit: fc.constantFrom(undefined, "万元", "元", ""),
  industry: fc.constantFrom(undefined, "industrial", "commerce", "construction", "工业"),
  noAnswers: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): RatingInput {
  const b = cases[s.base];
  const statements = {
    cur: { ...(b.statements.cur ?? {}) },
    pri: { ...(b.statements.pri ?? {}) },
  } as Record<"cur" | "pri", Record<string, unknown>>;
  for (const e of s.edits) statements[e.period as "cur" | "pri"][e.item] = e.value;
  return {
    client: { ...b.client, ...(s.industry ? { industry: s.industry } : {}) },
    unit: s.unit ?? b.unit,
    statements,
    answers: s.noAnswers ? {} : b.answers,
  };
}

test("every indicator of every shared case equals the full rating's", () => {
  for (const input of cases) {
    const full = rate(model, input);
    for (const id of ids) {
      const one = rateIndicator(model, input, id);
      const want = full.indicators.find((i) => i.id === id);
      if (full.status === "unrated" || full.indicators.length === 0) expect(one).toEqual(full);
      else expect(one.indicators).toEqual([want]);
    }
  }
});

test("on perturbed inputs, the indicator and its issues agree with rate", () => {
  fc.assert(
    fc.property(scenario, fc.constantFrom(...ids), (s, id) => {
      const input = build(s);
      const full = rate(model, input);
      const one = rateIndicator(model, input, id);
      if (full.indicators.length === 0) return expect(one).toEqual(full);
      expect(one.indicators).toEqual([full.indicators.find((i) => i.id === id)]);
      const have = new Set(full.issues.map((i) => JSON.stringify(i)));
      for (const i of one.issues) expect(have.has(JSON.stringify(i))).toBe(true);
    }),
    { numRuns: 400, seed: 20261203 }
  );
});
