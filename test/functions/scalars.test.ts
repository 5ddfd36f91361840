/** RATING.OPTION, GRADE, FINALGRADE, APPROVER, NEXTGRADE and MODEL, with every error path. */
import { gradeForTotal, type Cents } from "../../src/engine";
import { defaultModel, shortFingerprint } from "../../src/model";
import {
  approver,
  finalGrade,
  gradeForPoints,
  modelInfo,
  nextGradeFor,
  optionScore,
} from "../../src/functions/functions";
import { cellError } from "./caseBlocks";

const m = defaultModel();

describe("RATING.GRADE", () => {
  test.each([
    [95, "AAA"],
    [90, "AAA"],
    [89.99, "AA"],
    [80, "AA"],
    [70, "A"],
    [60, "BBB"],
    [59.99, "BB"],
    [50, "BB"],
    [0, "B"],
    [100, "AAA"],
  ])("%s → %s, the engine's band", (total, grade) => {
    expect(gradeForPoints(total)).toBe(grade);
    expect(gradeForPoints(total)).toBe(gradeForTotal(m, Math.round(total * 100) as Cents));
  });
  test("a total that SUM left a float hair off its cent is read at the cent", () => {
    expect(gradeForPoints(0.1 + 0.2 + 89.7)).toBe("AAA");
  });
  test("text that is certainly a number is read (§4); other text is #VALUE! naming total", () => {
    expect(gradeForPoints(" 85.5 ")).toBe("AA");
    expect(cellError(() => gradeForPoints("abc"))).toEqual({
      code: "#VALUE!",
      message: "参数 total（总分）应为数字，收到“abc”",
    });
    expect(cellError(() => gradeForPoints(true)).code).toBe("#VALUE!");
  });
  test('blank ("" or null) is #N/A 缺少, never a zero', () => {
    for (const b of ["", null])
      expect(cellError(() => gradeForPoints(b))).toEqual({
        code: "#N/A",
        message: "缺少总分（参数 total）",
      });
  });
  test("outside 0–100 is #VALUE!", () => {
    expect(cellError(() => gradeForPoints(100.5)).message).toBe(
      "参数 total（总分）应在 0 到 100 之间，收到 100.5"
    );
    expect(cellError(() => gradeForPoints(-1)).code).toBe("#VALUE!");
  });
  test("the model can be named: text, a row, or a statements block", () => {
    expect(gradeForPoints(85, [["cccb-corporate 2026.1"]])).toBe("AA");
    expect(gradeForPoints(85, [["cccb-corporate", "2026.1"]])).toBe("AA");
    expect(
      gradeForPoints(85, [
        ["unit", "万元"],
        ["model", "cccb-corporate", "2026.1"],
      ])
    ).toBe("AA");
  });
  test("a model the add-in does not have is #N/A 模型 … 不可用", () => {
    expect(cellError(() => gradeForPoints(85, [["cccb-corporate 2027.1"]]))).toEqual({
      code: "#N/A",
      message: "模型 cccb-corporate 2027.1 不可用：本加载项只有 cccb-corporate@2026.1",
    });
    expect(cellError(() => gradeForPoints(85, [["other-bank"]])).message).toContain(
      "模型 other-bank 不可用"
    );
  });
});

describe("RATING.OPTION", () => {
  test("by key, label and 'key. label', as the engine reads answers", () => {
    expect(optionScore("J1", "a")).toBe(5);
    expect(optionScore("J1", "C")).toBe(2.5);
    expect(optionScore("J1", "前景良好")).toBe(4);
    expect(optionScore("J7", "a. 经审计、无保留意见")).toBe(3);
    expect(optionScore("J7", "b")).toBe(1.5);
  });
  test("an unknown item or anchor is #N/A naming it; a blank is 缺少", () => {
    expect(cellError(() => optionScore("J9", "a"))).toEqual({
      code: "#N/A",
      message: "定性指标“J9”不在模型中：可用 J1、J2、J3、J4、J5、J6、J7",
    });
    expect(cellError(() => optionScore("J1", "z"))).toEqual({
      code: "#N/A",
      message: "J1 行业及市场前景 没有选项“z”",
    });
    expect(cellError(() => optionScore("J1", ""))).toEqual({
      code: "#N/A",
      message: "缺少 J1 行业及市场前景 的选项（参数 anchor）",
    });
    expect(cellError(() => optionScore(null, "a")).message).toBe("缺少定性指标代码（参数 itemId）");
  });
});

describe("RATING.FINALGRADE", () => {
  test("the worst of the model grade and the caps; blanks and desktop zeros are no cap", () => {
    expect(finalGrade("AA", [[["A"]], [[""]]])).toBe("A");
    expect(finalGrade("AAA", [[["BBB"], [""], [0], [null], ["AA"]]])).toBe("BBB");
    expect(finalGrade("BB", [[["A"]]])).toBe("BB");
    expect(finalGrade("AA", [[[""]]])).toBe("AA");
  });
  test("unknown grades are #N/A naming them and the argument", () => {
    expect(cellError(() => finalGrade("AA", [[["CCC"]]]))).toEqual({
      code: "#N/A",
      message: "等级“CCC”不在模型 cccb-corporate 2026.1 中（参数 capGrades）",
    });
    expect(cellError(() => finalGrade("", [[["A"]]])).message).toBe(
      "缺少模型等级（参数 modelGrade）"
    );
  });
  test("the unrated grade stays unrated", () => {
    expect(finalGrade("未评级", [[["A"]]])).toBe("未评级");
  });
});

describe("RATING.APPROVER", () => {
  test("总行审定 for AAA–A, 支行审定 for BBB–B, 总行认定 for 未评级", () => {
    for (const g of ["AAA", "AA", "A"]) expect(approver(g)).toBe("总行审定");
    for (const g of ["BBB", "BB", "B"]) expect(approver(g)).toBe("支行审定");
    expect(approver("未评级")).toBe("总行认定");
  });
  test("an unknown or blank grade is #N/A", () => {
    expect(cellError(() => approver("AAAA")).code).toBe("#N/A");
    expect(cellError(() => approver(null)).message).toBe("缺少等级（参数 grade）");
  });
});

describe("RATING.NEXTGRADE", () => {
  test("the next band and the points still needed", () => {
    expect(nextGradeFor(76.5)).toBe("AA（还差 3.50 分）");
    expect(nextGradeFor(49.99)).toBe("BB（还差 0.01 分）");
    expect(nextGradeFor(95)).toBe("已是最高等级");
  });
  test("text and blanks are errors", () => {
    expect(cellError(() => nextGradeFor("x")).code).toBe("#VALUE!");
    expect(cellError(() => nextGradeFor("")).code).toBe("#N/A");
  });
});

describe("RATING.MODEL", () => {
  test("id, version and short fingerprint of the active model", () => {
    expect(modelInfo()).toBe(`cccb-corporate 2026.1 ${shortFingerprint(m.fingerprint)}`);
    expect(modelInfo(null as unknown as unknown[][])).toBe(modelInfo());
  });
});
