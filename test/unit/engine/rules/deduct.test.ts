import type { DeductRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

// 流动比率 std 1.5: deduct 1 point per 0.1 of shortfall, max 6.
const higher: DeductRule = { form: "DEDUCT", better: "higher", std: 1.5, deduct: 1, unit: 0.1 };
// 资产负债率 std 0.6: deduct 0.5 per 0.01 above the standard, max 8.
const lower: DeductRule = { form: "DEDUCT", better: "lower", std: 0.6, deduct: 0.5, unit: 0.01 };

describe("DEDUCT higher-better", () => {
  test.each([
    [1.8, "6.00"],
    [1.5, "6.00"],
    [1.45, "5.50"],
    [1.2, "3.00"],
    [0.9, "0.00"], // exactly exhausts the points
    [0.1, "0.00"], // floored at 0
    [-1, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore(higher, 6, x, want));
});

describe("DEDUCT lower-better", () => {
  test.each([
    [0.5, "8.00"],
    [0.6, "8.00"],
    [0.61, "7.50"],
    [0.655, "5.25"],
    [0.76, "0.00"],
    [0.95, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore(lower, 8, x, want));
});
