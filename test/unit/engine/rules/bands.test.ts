import type { BandsRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

// Q14 净利润增长率: ≥0.15 → 4; ≥0.05 → 3; ≥0 → 2; ≥−0.10 → 1; else 0.
const q14: BandsRule = {
  form: "BANDS",
  better: "higher",
  bands: [
    { bound: 0.15, points: 4 },
    { bound: 0.05, points: 3 },
    { bound: 0, points: 2 },
    { bound: -0.1, points: 1 },
  ],
  otherwise: 0,
};
// A lower-better table: ≤ 0.5 → 6; ≤ 0.7 → 3; else 0.
const lowerBands: BandsRule = {
  form: "BANDS",
  better: "lower",
  bands: [
    { bound: 0.5, points: 6 },
    { bound: 0.7, points: 3 },
  ],
  otherwise: 0,
};

describe("BANDS higher-better", () => {
  test.each([
    [0.3, "4.00"],
    [0.15, "4.00"], // exactly at a bound: lower bound inclusive
    [0.1499999, "3.00"],
    [0.05, "3.00"],
    [0, "2.00"],
    [-0.05, "1.00"],
    [-0.1, "1.00"],
    [-0.1000001, "0.00"],
    [-5, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore(q14, 4, x, want));
});

describe("BANDS lower-better", () => {
  test.each([
    [0.2, "6.00"],
    [0.5, "6.00"],
    [0.6, "3.00"],
    [0.7, "3.00"],
    [0.71, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore(lowerBands, 6, x, want));
});
