import type { ProportionalRule } from "../../../../src/model";
import { expectScore } from "../../../helpers/rules";

const higher: ProportionalRule = {
  form: "PROPORTIONAL",
  better: "higher",
  std: 0.08,
  capMultiple: 1.5,
};
const lower: ProportionalRule = { form: "PROPORTIONAL", better: "lower", std: 0.6, capMultiple: 1 };

describe("PROPORTIONAL higher-better (Wall: max × x / std, cap 1.5 × max)", () => {
  test.each([
    [0.08, "5.00"], // at the standard
    [0.04, "2.50"],
    [0.1, "6.25"],
    [0.12, "7.50"], // exactly at the cap
    [0.5, "7.50"], // clamped
    [0, "0.00"],
    [-0.05, "0.00"], // negative ratio clamps to 0
  ])("x = %p → %s", (x, want) => expectScore(higher, 5, x, want));
});

describe("PROPORTIONAL lower-better (max × std / x, cap 1 × max)", () => {
  test.each([
    [0.6, "8.00"],
    [0.3, "8.00"], // clamped at the cap
    [0.8, "6.00"],
    [1.2, "4.00"],
    [0, "8.00"], // no division by zero: at or below 0 the lower-better score stays at its cap
    [-0.2, "8.00"],
  ])("x = %p → %s", (x, want) => expectScore(lower, 8, x, want));
});
