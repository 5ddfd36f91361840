/** RATING.RATE, INDICATOR and SCORE against the engine for every shared case, and their error paths. */
import { rate } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { caseToInput } from "../../src/node/caseJson";
import { indicatorRatio, indicatorScore, rateClient } from "../../src/functions/functions";
import { loadCases, type WorkedCase } from "../helpers/cases";
import { answersBlock, cellError, statementsBlock } from "./caseBlocks";

const cases = loadCases();
const byName = (n: string): WorkedCase => cases.find((c) => c.case.startsWith(n))!;

describe.each(cases.map((c) => [c.case, c] as const))("%s", (_n, c) => {
  const st = statementsBlock(c);
  const an = answersBlock(c);
  const engine = rate(defaultModel(), caseToInput(c));

  test("RATE's grade, total, model grade, approval and caps are the engine's", () => {
    if (c.expected.status === "incomplete") {
      expect(cellError(() => rateClient(st, an)).code).toBe(
        cellError(() => rateClient(st, an, "total")).code
      );
      expect(rateClient(st, an, "status")).toBe("incomplete");
      return;
    }
    expect(rateClient(st, an)).toBe(c.expected.grade);
    expect(rateClient(st, an, null)).toBe(c.expected.grade);
    expect(rateClient(st, an, "approvalCode")).toBe(c.expected.approval);
    if (c.expected.status === "unrated") return;
    expect(rateClient(st, an, "total")).toBe(Number(c.expected.total));
    expect(rateClient(st, an, "modelGrade")).toBe(c.expected.modelGrade);
    expect(
      String(rateClient(st, an, "caps"))
        .split(",")
        .filter(Boolean)
        .sort()
    ).toEqual([...(c.expected.caps ?? [])].sort());
    expect(rateClient(st, an, "approval")).toBe(engine.approvalLabel!.zh);
  });

  if (c.expected.status === "rated")
    test("SCORE and INDICATOR of every indicator equal the expected values", () => {
      for (const [id, s] of Object.entries(c.expected.scores ?? {})) {
        if (id.startsWith("Q")) expect([id, indicatorScore(id, st)]).toEqual([id, Number(s)]);
        expect([id, rateClient(st, an, id)]).toEqual([id, Number(s)]);
      }
      for (const [id, r] of Object.entries(c.expected.ratios ?? {})) {
        if (r === null) expect(cellError(() => indicatorRatio(id, st)).code).toBe("#N/A");
        else expect(Math.abs(indicatorRatio(id, st) - Number(r))).toBeLessThanOrEqual(1e-6);
      }
    });
});

describe("RATE fields", () => {
  const c = byName("S05");
  const st = statementsBlock(c);
  const an = answersBlock(c);
  test("caps, reasons, next grade, issues, dimensions and ratios", () => {
    const e = rate(defaultModel(), caseToInput(c));
    expect(rateClient(st, an, "capReasons")).toBe(
      e.caps.map((x) => `${x.id} ${x.reason.zh}`).join("；")
    );
    expect(rateClient(st, an, "nextGrade")).toBe(e.nextGrade?.grade ?? "");
    expect(rateClient(st, an, "pointsNeeded")).toBe((e.nextGrade?.pointsNeeded ?? 0) / 100);
    expect(rateClient(st, an, "issues")).toBe(e.issues.map((i) => i.message.zh).join("；"));
    expect(rateClient(st, an, "warnings")).toBe(e.warnings.map((i) => i.message.zh).join("；"));
    expect(rateClient(st, an, "solvency")).toBe(
      e.dimensions.find((d) => d.id === "solvency")!.score! / 100
    );
    expect(rateClient(st, an, "Q3.ratio")).toBe(e.indicators.find((i) => i.id === "Q3")!.ratio);
    expect(rateClient(st, an, "Q3.score")).toBe(rateClient(st, an, "Q3"));
  });
  test("an unknown field is #VALUE! naming it", () => {
    const err = cellError(() => rateClient(st, an, "grad"));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("field“grad”");
  });
});

describe("incomplete and unrated", () => {
  const c = byName("S10");
  test("an incomplete rating answers #N/A with the first issue and the count of the rest", () => {
    const err = cellError(() => rateClient(statementsBlock(c), answersBlock(c)));
    expect(err.code).toBe("#N/A");
    expect(err.message).toBe("缺少本年流动负债合计（另有 2 个问题）");
  });
  test("text where a number belongs is #VALUE! with the text", () => {
    const st = statementsBlock(c).map((r) =>
      r[0] === "current_liabilities" ? [r[0], 16500, 16000] : r
    );
    const err = cellError(() => rateClient(st, answersBlock(c)));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toBe("上年存货不是数字：“--”（另有 1 个问题）");
  });
  test("SCORE of an indicator whose own inputs are there still scores", () => {
    expect(indicatorScore("Q3", statementsBlock(c))).toBe(
      rate(defaultModel(), caseToInput(byName("S02"))).indicators.find((i) => i.id === "Q3")!
        .score! / 100
    );
  });
  test("SCORE of an indicator with a missing input names that input", () => {
    const err = cellError(() => indicatorScore("Q4", statementsBlock(c)));
    expect(err).toEqual({ code: "#N/A", message: "缺少本年流动负债合计" });
  });
  test("an unrated client's grade is 未评级 and a score is #N/A with the reason", () => {
    const u = byName("S09");
    expect(rateClient(statementsBlock(u), answersBlock(u))).toBe("未评级");
    expect(rateClient(statementsBlock(u), answersBlock(u), "approval")).toBe("总行认定");
    const err = cellError(() => indicatorScore("Q3", statementsBlock(u)));
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("未评级客户不计分");
  });
  test("a missing unit is #N/A", () => {
    const st = statementsBlock(byName("S01")).filter((r) => r[0] !== "unit");
    expect(cellError(() => indicatorScore("Q3", st))).toEqual({
      code: "#N/A",
      message: "未声明报表单位（万元或元）",
    });
  });
  test("a missing client type or industry is #N/A 缺少; an unknown one is named", () => {
    const c1 = byName("S01");
    const st = statementsBlock(c1).map((r) => (r[0] === "client_type" ? [r[0], ""] : r));
    expect(cellError(() => rateClient(st, answersBlock(c1)))).toEqual({
      code: "#N/A",
      message: "缺少客户类型（statements 的 client_type 行）",
    });
    const noInd = statementsBlock(c1).filter((r) => r[0] !== "industry");
    expect(cellError(() => indicatorScore("Q3", noInd)).message).toBe(
      "缺少行业（statements 的 industry 行）"
    );
    const odd = statementsBlock(c1).map((r) => (r[0] === "industry" ? [r[0], "农业"] : r));
    expect(cellError(() => indicatorScore("Q3", odd)).message).toBe("行业“农业”没有对应的评分表");
  });
});

describe("special cases come from the engine", () => {
  test("no interest expense: full points, ratio #N/A with the note", () => {
    const st = statementsBlock(byName("S06"));
    expect(indicatorScore("Q6", st)).toBe(5);
    expect(cellError(() => indicatorRatio("Q6", st))).toEqual({
      code: "#N/A",
      message: "Q6 利息保障倍数：无利息支出，比率无定义，得 5.00 分",
    });
  });
  test("negative equity: 0 points, ratio #N/A with the issue", () => {
    const st = statementsBlock(byName("S07"));
    expect(indicatorScore("Q9", st)).toBe(0);
    expect(cellError(() => indicatorRatio("Q9", st)).message).toContain("平均所有者权益不为正");
  });
});

describe("arguments", () => {
  const st = statementsBlock(byName("S01"));
  test("an unknown indicator is #N/A naming it", () => {
    expect(cellError(() => indicatorScore("Q99", st))).toEqual({
      code: "#N/A",
      message: "指标“Q99”不在模型 cccb-corporate 2026.1 中",
    });
  });
  test("a blank indicator id is #N/A 缺少", () => {
    expect(cellError(() => indicatorRatio("", st))).toEqual({
      code: "#N/A",
      message: "缺少指标代码（参数 indicatorId）",
    });
  });
  test("INDICATOR of a qualitative item points to OPTION", () => {
    expect(cellError(() => indicatorRatio("J1", st)).message).toContain("RATING.OPTION");
  });
  test("a range that is not a statements block is #VALUE!", () => {
    const err = cellError(() =>
      indicatorScore("Q3", [
        [1, 2],
        [3, 4],
      ])
    );
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("参数 statements");
  });
  test("answers as one row in J1…J7 order", () => {
    const c = byName("S01");
    const row = [defaultModel().qualitative.map((q) => c.qualitative![q.id])];
    expect(rateClient(st, row)).toBe(c.expected.grade);
    expect(rateClient(st, row.map((r) => r.map((x) => [x])).flat())).toBe(c.expected.grade);
  });
  test("answers that are neither two columns nor one line are #VALUE!", () => {
    const err = cellError(() =>
      rateClient(st, [
        ["a", "b", "c"],
        ["a", "b", "c"],
      ])
    );
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("参数 answers");
  });
  test("an unknown answer names it", () => {
    const an = answersBlock(byName("S01")).map((r) => (r[0] === "J1" ? ["J1", "x"] : r));
    expect(cellError(() => rateClient(st, an)).message).toBe(
      "定性指标 J1 行业及市场前景 没有选项“x”"
    );
  });
  test('a blank in the block is never read as zero: 0 scores, "" is missing', () => {
    const zero = st.map((r) => (r[0] === "interest_expense" ? [r[0], 0, r[2]] : r));
    const blank = st.map((r) => (r[0] === "interest_expense" ? [r[0], "", r[2]] : r));
    expect(indicatorScore("Q6", zero)).toBe(5);
    expect(cellError(() => indicatorScore("Q6", blank))).toEqual({
      code: "#N/A",
      message: "缺少本年利息支出",
    });
  });
  test("a negative amount that cannot be negative is #VALUE!", () => {
    const neg = st.map((r) => (r[0] === "total_assets" ? [r[0], -5, r[2]] : r));
    expect(cellError(() => indicatorScore("Q3", neg))).toEqual({
      code: "#VALUE!",
      message: "本年资产总计不能为负数：-5",
    });
  });
});
