import type { StepsRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

// Q1 实有净资产 (万元): ≥50,000 → 7; ≥20,000 → 6; ≥10,000 → 5; ≥5,000 → 4; ≥1,000 → 3; below: 3 × x / 1,000.
const q1: StepsRule = {
  form: "STEPS",
  steps: [
    { min: 50000, points: 7 },
    { min: 20000, points: 6 },
    { min: 10000, points: 5 },
    { min: 5000, points: 4 },
    { min: 1000, points: 3 },
  ],
  tail: "prorata",
};

describe("STEPS with pro-rata tail", () => {
  test.each([
    [80000, "7.00"],
    [50000, "7.00"],
    [49999.99, "6.00"],
    [11400, "5.00"],
    [1000, "3.00"],
    [999, "3.00"], // 2.997 rounds half-up to 3.00
    [500, "1.50"],
    [0.5, "0.00"], // 0.0015 → 0.00
    [0, "0.00"],
    [-2000, "0.00"], // never below 0
  ])("x = %p → %s", (x, want) => expectScore(q1, 7, x, want));
});

test("STEPS with a zero tail gives nothing below the lowest bracket", () => {
  expectScore({ ...q1, tail: "zero" }, 7, 999, "0.00");
  expectScore({ ...q1, tail: "zero" }, 7, 1000, "3.00");
});
