import { expressionInputs, parseExpression } from "../../../src/model";

test("parses the standard's formulas into trees over line items", () => {
  const r = parseExpression("(total_profit.cur + interest_expense.cur) / avg(total_assets)");
  expect(r.ok).toBe(true);
  if (r.ok)
    expect([...expressionInputs(r.expr)].sort()).toEqual([
      "cur.interest_expense",
      "cur.total_assets",
      "cur.total_profit",
      "pri.total_assets",
    ]);
  expect(parseExpression("revenue.cur / revenue.pri - 1").ok).toBe(true);
  expect(parseExpression("-net_profit.pri * 2").ok).toBe(true);
});

test.each([
  ["revenue", "needs a period"],
  ["revenue.now", "needs a period"],
  ["revenue.cur +", "unexpected end"],
  ["(revenue.cur", 'expected ")"'],
  ["avg(revenue.cur)", 'expected ")"'],
  ["revenue.cur; process.exit()", "unexpected character"],
  ["revenue.cur revenue.pri", "unexpected"],
])("refuses %p", (src, msg) => {
  const r = parseExpression(src);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message).toContain(msg);
});
