/**
 * Whatever a cell holds, a RATING function answers with a number, a text, or a `#VALUE!`/`#N/A` that carries
 * words — never null (Excel would show 0), never NaN, never an unexplained exception.
 */
import fc from "fast-check";
import * as fns from "../../src/functions/functions";
import { loadCases } from "../helpers/cases";
import { answersBlock, statementsBlock } from "./caseBlocks";

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant(0),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 120 }),
  fc.constantFrom(
    "AAA",
    "BB",
    "未评级",
    "a",
    "b. 前景良好",
    "J1",
    "Q3",
    "Q3.ratio",
    "total",
    "--",
    "１２３"
  ),
  fc.string({ maxLength: 6 })
);
const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 4,
});
const cases = loadCases();
const block = fc.integer({ min: 0, max: cases.length - 1 }).chain((i) =>
  fc.record({
    statements: fc.constant(statementsBlock(cases[i])).chain((b) =>
      fc
        .array(
          fc.tuple(fc.integer({ min: 0, max: b.length - 1 }), fc.integer({ min: 1, max: 3 }), cell),
          {
            maxLength: 4,
          }
        )
        .map((edits) => {
          const copy = b.map((r) => [...r]);
          for (const [r, c, v] of edits) copy[r][c] = v;
          return copy;
        })
    ),
    answers: fc.constant(answersBlock(cases[i])),
  })
);

/** The outcome of one call: a value of an allowed kind, or a cell error with a message. */
function outcome(f: () => unknown): "value" | "error" {
  try {
    const v = f();
    expect(typeof v === "string" || (typeof v === "number" && Number.isFinite(v))).toBe(true);
    return "value";
  } catch (e) {
    const err = e as { code?: string; message?: string };
    expect(["#VALUE!", "#N/A"]).toContain(err.code);
    expect((err.message ?? "").length).toBeGreaterThan(3);
    return "error";
  }
}

test("scalar functions answer every cell value with a value or a worded error", () => {
  fc.assert(
    fc.property(cell, cell, (a, b) => {
      outcome(() => fns.gradeForPoints(a));
      outcome(() => fns.nextGradeFor(a));
      outcome(() => fns.approver(a));
      outcome(() => fns.optionScore(a, b));
      outcome(() => fns.finalGrade(a, [[[b]]]));
    }),
    { numRuns: 500, seed: 7 }
  );
});

test("range arguments of any shape answer with a value or a worded error", () => {
  fc.assert(
    fc.property(range, range, cell, (st, an, field) => {
      outcome(() => fns.rateClient(st, an, field));
      outcome(() => fns.indicatorScore("Q3", st));
      outcome(() => fns.gradeForPoints(85, st));
      outcome(() => fns.modelInfo(st));
    }),
    { numRuns: 300, seed: 11 }
  );
});

test("statement blocks with odd cells answer every field with a value or a worded error", () => {
  const fields = [
    null,
    "total",
    "modelGrade",
    "approval",
    "caps",
    "nextGrade",
    "Q6",
    "Q9.ratio",
    "solvency",
  ];
  fc.assert(
    fc.property(
      block,
      fc.constantFrom(...fields),
      fc.constantFrom("Q1", "Q6", "Q9", "Q14"),
      (b, f, id) => {
        outcome(() => fns.rateClient(b.statements, b.answers, f));
        outcome(() => fns.indicatorScore(id, b.statements));
        outcome(() => fns.indicatorRatio(id, b.statements));
      }
    ),
    { numRuns: 300, seed: 3 }
  );
});
