/** Every worked case through the engine, asserting every value its README lists. */
import { rate, resultToJson } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { caseToInput } from "../../src/node/caseJson";
import { loadCases } from "../helpers/cases";

const cases = loadCases();

test("the shared cases are all there", () => {
  expect(cases.length).toBeGreaterThanOrEqual(14);
});

describe.each(cases.map((c) => [c.case, c] as const))("%s", (_name, c) => {
  const got = resultToJson(rate(defaultModel(), caseToInput(c)));
  const exp = c.expected;

  test("status, grades, approval", () => {
    expect(got.status).toBe(exp.status);
    expect(got.grade).toBe(exp.grade);
    if (exp.status === "rated") {
      expect(got.modelGrade).toBe(exp.modelGrade);
      expect(got.approval).toBe(exp.approval);
      expect(got.total).toBe(exp.total);
      expect([...got.caps].sort()).toEqual([...(exp.caps ?? [])].sort());
    } else {
      expect(got.total).toBeNull();
      if (exp.status === "unrated") expect(got.approval).toBe(exp.approval);
    }
  });

  test("issues", () => {
    const have = got.issues.map((i) => [i.code, i.subject]).sort();
    expect(have).toEqual([...exp.issues].sort());
  });

  if (exp.status === "rated") {
    test("every score", () => {
      for (const [id, s] of Object.entries(exp.scores ?? {}))
        expect([id, got.scores[id]]).toEqual([id, s]);
    });
    test("every ratio within 1e-6", () => {
      for (const [id, r] of Object.entries(exp.ratios ?? {})) {
        if (r === null) expect([id, got.ratios[id]]).toEqual([id, null]);
        else {
          expect(got.ratios[id]).not.toBeNull();
          expect(Math.abs((got.ratios[id] as number) - Number(r))).toBeLessThanOrEqual(1e-6);
        }
      }
    });
  }
});
