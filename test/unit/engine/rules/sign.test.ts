import { expectScore } from "../../../helpers/rules";

describe("SIGN", () => {
  test.each([
    [1e-9, "3.00"],
    [120, "3.00"],
    [0, "0.00"], // zero is not positive
    [-0.01, "0.00"],
  ])("x = %p → %s", (x, want) => expectScore({ form: "SIGN" }, 3, x, want));
});
