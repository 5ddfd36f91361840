/** §4: what every rating needs; anything missing makes it incomplete, one issue per problem, never a grade. */
import { rate, resultToJson } from "../../../src/engine";
import { defaultModel } from "../../../src/model";
import { client } from "../../helpers/clients";

const model = defaultModel();
const run = (c: Parameters<typeof client>[0], cells?: Record<string, string>) =>
  resultToJson(rate(model, { ...client(c), ...(cells ? { cells } : {}) }));
const codes = (r: ReturnType<typeof run>) => r.issues.map((i) => [i.code, i.subject]);

test("a blank required input: MISSING_INPUT naming item, period and cell; no total, no grade", () => {
  const r = run({ cur: { inventory: null } }, { "cur.inventory": "资产负债表!C9" });
  expect(r.status).toBe("incomplete");
  expect(r.total).toBeNull();
  expect(r.grade).toBeNull();
  expect(r.approval).toBeNull();
  expect(codes(r)).toEqual([["MISSING_INPUT", "cur.inventory"]]);
  expect(r.issues[0].message).toBe("缺少本年存货（单元格 资产负债表!C9）");
  expect(r.issues[0].cell).toBe("资产负债表!C9");
});

test("text that is not a number quotes the text found", () => {
  const r = resultToJson(rate(model, client({ pri: { revenue: "12%" } })), "en");
  expect(codes(r)).toEqual([["MISSING_INPUT", "pri.revenue"]]);
  expect(r.issues[0].message).toBe('prior year Revenue is not a number: "12%"');
});

test("a typed 0 is a value; a blank is not", () => {
  expect(run({ cur: { intangible_assets: 0 } }).status).toBe("rated");
  expect(run({ cur: { intangible_assets: "" } }).status).toBe("incomplete");
});

test("intangible_assets.pri is not required by the default model", () => {
  expect(run({ pri: { intangible_assets: null } }).status).toBe("rated");
});

test("negative items that cannot be negative: NEGATIVE_INPUT", () => {
  const r = run({ cur: { inventory: -5, revenue: "(100)" } });
  expect(codes(r)).toEqual([
    ["NEGATIVE_INPUT", "cur.inventory"],
    ["NEGATIVE_INPUT", "cur.revenue"],
  ]);
});

test("negative equity, profits and cash flow are values, not errors", () => {
  const r = run({ cur: { net_profit: -200, operating_cash_flow: -50 } });
  expect(r.status).toBe("rated");
  expect(r.caps).toEqual(expect.arrayContaining(["C4", "C7"]));
});

test("unanswered and unknown answers: MISSING_ANSWER per item", () => {
  const r = run({ answers: { J3: undefined, J5: "z" } });
  expect(codes(r)).toEqual([
    ["MISSING_ANSWER", "J3"],
    ["MISSING_ANSWER", "J5"],
  ]);
  expect(r.issues[1].message).toContain("没有选项“z”");
});

test("answers may be keys in any case, labels, or 'key. label'", () => {
  const r = run({ answers: { J1: "C", J3: "正常", J7: "b. 保留意见" } });
  expect(r.status).toBe("rated");
  expect(r.answers).toMatchObject({ J1: "c", J3: "a", J7: "b" });
});

test("the unit must be declared: MISSING_UNIT, no default", () => {
  expect(codes(run({ unit: undefined }))).toEqual([["MISSING_UNIT", "unit"]]);
  expect(codes(run({ unit: "千元" }))).toEqual([["MISSING_UNIT", "unit"]]);
  expect(run({ unit: " 万元 " }).status).toBe("rated");
});

test("元 is converted once and rates exactly like 万元", () => {
  const wan = run({});
  const times = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v * 10000]));
  const { S02_CUR, S02_PRI } = jest.requireActual("../../helpers/clients");
  const yuan = run({ unit: "元", cur: times(S02_CUR), pri: times(S02_PRI) });
  expect(yuan.scores).toEqual(wan.scores);
  expect(yuan.ratios.Q1).toBe(11400);
  expect(yuan.total).toBe(wan.total);
});

test("several problems at once: one issue each", () => {
  const r = run({ unit: null, cur: { total_assets: "--", inventory: -1 }, answers: { J2: null } });
  expect(codes(r).sort()).toEqual([
    ["MISSING_ANSWER", "J2"],
    ["MISSING_INPUT", "cur.total_assets"],
    ["MISSING_UNIT", "unit"],
    ["NEGATIVE_INPUT", "cur.inventory"],
  ]);
});

test("unknown industry or client type blocks the rating", () => {
  expect(codes(run({ industry: "mining" }))).toEqual([["UNKNOWN_INDUSTRY", "client.industry"]]);
  expect(run({ industry: "mining" }).issues[0].message).toContain("mining");
  expect(codes(run({ type: "alien" }))).toEqual([["UNKNOWN_CLIENT_TYPE", "client.type"]]);
  expect(run({ industry: "商贸", type: "企业" }).scorecard).toBe("commerce");
});

test("warnings never change a score: BALANCE_MISMATCH and UNIT_SUSPECT", () => {
  const base = run({});
  const off = run({ cur: { owners_equity: 12700 } }); // off by 100 on 42,000 > 0.1%
  expect(off.warnings.map((w) => w.code)).toEqual(["BALANCE_MISMATCH"]);
  const justInside = run({ cur: { owners_equity: 12642 } }); // exactly 0.1% of 42,000: not over
  expect(justInside.warnings).toEqual([]);
  // 42,000 元 of assets is plausible; 9,999 元 is not (less than one 万元).
  expect(run({ unit: "元" }).warnings).toEqual([]);
  expect(run({ unit: "元", cur: { total_assets: 9999 } }).warnings.map((w) => w.code)).toContain(
    "UNIT_SUSPECT"
  );
  expect(run({ cur: { total_assets: 2e9 } }).warnings.map((w) => w.code)).toContain("UNIT_SUSPECT");
  expect(base.warnings).toEqual([]);
});
