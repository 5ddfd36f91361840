/** Reading RATING calls out of saved formulas, and what the command expects each to show. */
import { rate } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { callArgs, compareCached, expectedFor } from "../../src/node/cachedResults";
import { caseToInput } from "../../src/node/caseJson";
import { loadCases } from "../helpers/cases";

const s02 = loadCases().find((c) => c.case.startsWith("S02"))!;
const result = rate(defaultModel(), caseToInput(s02));
const S = "'计算数据'!$A$1:$C$19";
const A = "'计算数据'!$F$1:$G$8";

test("arguments split at top-level commas only", () => {
  expect(callArgs(`RATING.RATE(${S},${A},"total")`)).toEqual({
    fn: "RATE",
    args: [S, A, '"total"'],
  });
  expect(callArgs(`RATING.OPTION("J1",IF(ISBLANK(D4),"",D4))`)).toEqual({
    fn: "OPTION",
    args: ['"J1"', 'IF(ISBLANK(D4),"",D4)'],
  });
  expect(callArgs(`=rating.score("a,""b",X)`)).toEqual({ fn: "SCORE", args: ['"a,""b"', "X"] });
  expect(callArgs("SUM(A1:A3)")).toBeNull();
});

test("expected values come from the result: scores, ratios, fields, dimensions", () => {
  expect(expectedFor(result, `RATING.SCORE("Q3",${S})`)).toMatchObject({
    value: Number(result.indicators.find((i) => i.id === "Q3")!.score) / 100,
  });
  expect(expectedFor(result, `RATING.RATE(${S},${A})`)).toMatchObject({
    kind: "text",
    value: "BBB",
  });
  expect(expectedFor(result, `RATING.RATE(${S},${A},"solvency")`)).toMatchObject({
    kind: "number",
  });
  expect(expectedFor(result, `RATING.RATE(${S},${A},"Q3.ratio")`)).toMatchObject({
    value: result.indicators[2].ratio,
  });
  expect(expectedFor(result, `RATING.GRADE(H40)`)).toBeNull();
});

test("agreement within half a cent for points and 1e-6 for ratios; an error agrees only with no value", () => {
  const q3 = result.indicators.find((i) => i.id === "Q3")!;
  const cell = (f: string, cached: unknown) => ({ cell: "评价计算表!H7", formula: f, cached });
  const score = `RATING.SCORE("Q3",${S})`;
  const ratio = `RATING.INDICATOR("Q3",${S})`;
  expect(compareCached(result, [cell(score, q3.score! / 100 + 0.004)])).toEqual([]);
  expect(compareCached(result, [cell(score, q3.score! / 100 + 0.006)])).toHaveLength(1);
  expect(compareCached(result, [cell(ratio, q3.ratio! + 5e-7)])).toEqual([]);
  expect(compareCached(result, [cell(ratio, "#N/A")])).toHaveLength(1);
  expect(compareCached(result, [cell(`RATING.RATE(${S},${A},"approval")`, "支行审定")])).toEqual(
    []
  );
  expect(
    compareCached(result, [cell(`RATING.RATE(${S},${A},"approval")`, "总行审定")])[0].message.zh
  ).toBe("评价计算表!H7 显示 总行审定，按标准应为 支行审定");
});
