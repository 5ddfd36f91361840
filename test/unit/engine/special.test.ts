/** §4 special cases: each defined, none NaN, Infinity or a silent 0. */
import { rate, resultToJson } from "../../../src/engine";
import { defaultModel } from "../../../src/model";
import { client } from "../../helpers/clients";

const model = defaultModel();
const run = (c: Parameters<typeof client>[0]) => resultToJson(rate(model, client(c)));

test("Q6 with no interest expense: full points, ratio undefined, a note (not an issue)", () => {
  const r = run({ cur: { interest_expense: 0 } });
  expect(r.ratios.Q6).toBeNull();
  expect(r.scores.Q6).toBe("5.00");
  expect(r.notes).toEqual([{ subject: "Q6", message: "无利息支出" }]);
  expect(r.issues).toEqual([]);
});

test("Q11 / Q12 with nothing tied up: full points with a note", () => {
  const r = run({
    cur: { accounts_receivable: 0, inventory: 0 },
    pri: { accounts_receivable: 0, inventory: 0 },
  });
  expect([r.scores.Q11, r.scores.Q12]).toEqual(["4.00", "4.00"]);
  expect(r.notes.map((n) => n.subject)).toEqual(["Q11", "Q12"]);
});

test("Q9 with average equity ≤ 0: 0 points and NEGATIVE_EQUITY", () => {
  const r = run({ cur: { owners_equity: -500 }, pri: { owners_equity: 500 } });
  expect(r.scores.Q9).toBe("0.00");
  expect(r.ratios.Q9).toBeNull();
  expect(r.issues.map((i) => [i.code, i.subject])).toEqual([["NEGATIVE_EQUITY", "Q9"]]);
  expect(r.caps).toContain("C1");
});

test("Q13 with no prior revenue: 0 points and NO_PRIOR_BASE", () => {
  const r = run({ pri: { revenue: 0 } });
  expect(r.scores.Q13).toBe("0.00");
  expect(r.issues.map((i) => [i.code, i.subject])).toEqual([["NO_PRIOR_BASE", "Q13"]]);
});

test("Q14 turnaround (扭亏为盈) gives 2 points; a continuing loss gives 0; both NO_PRIOR_BASE", () => {
  const turn = run({ pri: { net_profit: -300 } });
  expect(turn.scores.Q14).toBe("2.00");
  expect(turn.ratios.Q14).toBeNull();
  expect(turn.issues.map((i) => i.code)).toEqual(["NO_PRIOR_BASE"]);
  const loss = run({ cur: { net_profit: -100 }, pri: { net_profit: 0 } });
  expect(loss.scores.Q14).toBe("0.00");
  expect(loss.issues.map((i) => i.code)).toEqual(["NO_PRIOR_BASE"]);
});

test("other zero denominators: 0 points, ZERO_DENOMINATOR naming the line item, rating completes", () => {
  const r = resultToJson(rate(model, client({ cur: { revenue: 0 }, pri: { revenue: 0 } })), "en");
  expect(r.status).toBe("rated");
  expect(r.scores.Q8).toBe("0.00");
  const q8 = r.issues.find((i) => i.subject === "Q8")!;
  expect(q8.code).toBe("ZERO_DENOMINATOR");
  expect(q8.message).toContain("Revenue");
  // Q13 has its own policy (NO_PRIOR_BASE); Q11 (revenue / avg AR) is a plain 0 ratio, not a zero denominator.
  expect(r.issues.find((i) => i.subject === "Q13")!.code).toBe("NO_PRIOR_BASE");
  const ta = run({ cur: { total_assets: 0, total_liabilities: 0, owners_equity: 0 } });
  expect(ta.issues.map((i) => [i.code, i.subject])).toContainEqual(["ZERO_DENOMINATOR", "Q3"]);
});

test("no result field is ever NaN or Infinity", () => {
  const r = rate(
    model,
    client({
      cur: { current_liabilities: 0, revenue: 0, interest_expense: 0, inventory: 0 },
      pri: { inventory: 0, revenue: 0, net_profit: 0 },
    })
  );
  for (const i of r.indicators) {
    if (i.ratio !== null) expect(Number.isFinite(i.ratio)).toBe(true);
    if (i.score !== null) expect(Number.isFinite(i.score)).toBe(true);
  }
  expect(Number.isFinite(r.total)).toBe(true);
});
