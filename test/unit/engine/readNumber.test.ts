import { readNumber } from "../../../src/engine";

describe("§4: text that reads as a number", () => {
  test.each([
    ["1,234.56", 1234.56],
    ["  42  ", 42],
    ["１２３４", 1234],
    ["－５００", -500],
    ["１，２３４．５", 1234.5],
    ["(500)", -500],
    ["(1,200.50)", -1200.5],
    ["−300", -300], // U+2212 MINUS SIGN from sign notes
    ["\u3000７\u3000", 7],
    ["+15", 15],
    ["0", 0],
  ])("%p → %p", (text, value) => expect(readNumber(text)).toEqual({ kind: "number", value }));
});

describe("§4: text that is not a number keeps the text found", () => {
  test.each([
    "12%",
    "--",
    "N/A",
    "1.2万",
    "#DIV/0!",
    "1,2",
    "12,34.5",
    "1.2.3",
    "abc",
    "—",
    "(-5)",
    "1e5",
  ])("%p", (text) => expect(readNumber(text)).toEqual({ kind: "text", text }));
});

test("blanks, typed zero, non-finite and booleans", () => {
  expect(readNumber(null)).toEqual({ kind: "blank" });
  expect(readNumber(undefined)).toEqual({ kind: "blank" });
  expect(readNumber("   ")).toEqual({ kind: "blank" });
  expect(readNumber(0)).toEqual({ kind: "number", value: 0 });
  expect(readNumber(Number.NaN).kind).toBe("text");
  expect(readNumber(Number.POSITIVE_INFINITY).kind).toBe("text");
  expect(readNumber(true)).toEqual({ kind: "text", text: "TRUE" });
});
