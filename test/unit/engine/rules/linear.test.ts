import type { LinearRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

const higher: LinearRule = { form: "LINEAR", better: "higher", std: 1.5, limit: 1.0 };
const lower: LinearRule = { form: "LINEAR", better: "lower", std: 0.6, limit: 0.9 };

describe("LINEAR higher-better (Q4 流动比率: std 1.5, limit 1.0, max 6)", () => {
  test.each([
    [2.0, "6.00"], // beyond the standard
    [1.5, "6.00"], // exactly at the standard
    [1.2, "2.40"], // between
    [1.0, "0.00"], // exactly at the limit
    [0.5, "0.00"], // beyond the limit
    [-3, "0.00"], // negative ratio
  ])("x = %p → %s", (x, want) => expectScore(higher, 6, x, want));
});

describe("LINEAR lower-better (Q3 资产负债率: std 0.60, limit 0.90, max 8)", () => {
  test.each([
    [0.2, "8.00"],
    [0.6, "8.00"],
    [0.7, "5.33"],
    [0.78, "3.20"],
    [0.9, "0.00"],
    [1.4, "0.00"],
    [-0.1, "8.00"], // negative debt ratio cannot happen with valid inputs, but still scores at the best end
  ])("x = %p → %s", (x, want) => expectScore(lower, 8, x, want));
});

test("half a cent rounds up exactly (0.765 → 0.77, not 0.76)", () => {
  // max 1, std 1, limit 0: score = x, so x = 0.765 must round half-up to 0.77.
  expectScore({ form: "LINEAR", better: "higher", std: 1, limit: 0 }, 1, 0.765, "0.77");
  expectScore({ form: "LINEAR", better: "higher", std: 1, limit: 0 }, 1, 0.005, "0.01");
  // 1.005 − 1 in doubles is 0.004999999999999893: §6 takes a double at its shortest decimal form, so 0.00.
  expectScore({ form: "LINEAR", better: "higher", std: 1, limit: 0 }, 1, 1.005 - 1, "0.00");
});
