import type { TiersRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

// 净资产收益率 benchmarks: 优秀 0.16, 良好 0.10, 平均 0.06, 较低 0.02, 较差 −0.04; coefficients 1/0.8/0.6/0.4/0.2.
const higher: TiersRule = {
  form: "TIERS",
  better: "higher",
  values: [0.16, 0.1, 0.06, 0.02, -0.04],
  coefficients: [1, 0.8, 0.6, 0.4, 0.2],
};
// 资产负债率 (lower-better): 0.4, 0.5, 0.6, 0.7, 0.85.
const lower: TiersRule = {
  form: "TIERS",
  better: "lower",
  values: [0.4, 0.5, 0.6, 0.7, 0.85],
  coefficients: [1, 0.8, 0.6, 0.4, 0.2],
};

describe("TIERS higher-better (max 10)", () => {
  test.each([
    [0.3, "10.00"], // better than 优秀
    [0.16, "10.00"], // exactly 优秀
    [0.13, "9.00"], // halfway 良好→优秀: 8 + 0.5 × 2
    [0.1, "8.00"], // exactly 良好
    [0.08, "7.00"],
    [0.06, "6.00"],
    [0.02, "4.00"],
    [-0.01, "3.00"], // halfway 较差→较低: 2 + 0.5 × 2
    [-0.04, "2.00"], // exactly 较差
    [-0.0400001, "0.00"], // worse than 较差
  ])("x = %p → %s", (x, want) => expectScore(higher, 10, x, want));
});

describe("TIERS lower-better (max 10)", () => {
  test.each([
    [0.3, "10.00"],
    [0.4, "10.00"],
    [0.45, "9.00"],
    [0.5, "8.00"],
    [0.65, "5.00"],
    [0.85, "2.00"],
    [0.86, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore(lower, 10, x, want));
});
