/**
 * Every shared case evaluated by a real formula engine: RATING.* cells next to IF, SUM, ROUND and IFERROR give the
 * golden values of ../shared/domain/cases.
 */
import { DetailedCellError } from "hyperformula";
import { defaultModel, shortFingerprint } from "../../src/model";
import { loadCases, type WorkedCase } from "../helpers/cases";
import { caseSheets } from "./caseSheets";
import { cellValue, createFormulaEngine } from "./harness";

const cases = loadCases();
const APPROVAL_ZH: Record<string, string> = {
  head_office: "总行审定",
  branch: "支行审定",
  head_office_assignment: "总行认定",
};

function evaluate(c: WorkedCase, explicitBlanks = true) {
  const { sheets, layout } = caseSheets(c, explicitBlanks);
  const hf = createFormulaEngine(sheets);
  const v = (ref: string) => cellValue(hf, ref);
  return { hf, layout, v };
}

test("the shared cases are all there", () => {
  expect(cases.length).toBeGreaterThanOrEqual(14);
});

describe.each(cases.map((c) => [c.case, c] as const))("%s", (_n, c) => {
  const { hf, layout, v } = evaluate(c);
  const exp = c.expected;
  afterAll(() => hf.destroy());

  if (exp.status === "rated") {
    test("grade, total, model grade, caps and approval", () => {
      expect(v(layout.grade)).toBe(exp.grade);
      expect(v(layout.total)).toBe(Number(exp.total));
      expect(v(layout.modelGrade)).toBe(exp.modelGrade);
      expect(String(v(layout.caps)).split(",").filter(Boolean).sort()).toEqual(
        [...(exp.caps ?? [])].sort()
      );
      expect(v(layout.approval)).toBe(APPROVAL_ZH[exp.approval!]);
      expect(v(layout.approverOfGrade)).toBe(APPROVAL_ZH[exp.approval!]);
      expect(v(layout.finalOfModel)).toBe(exp.grade);
      expect(v(layout.isAAA)).toBe(exp.grade === "AAA" ? 1 : 0);
      expect(v(layout.orNotDone)).toBe(exp.grade);
    });
    test("SUM of the SCORE and OPTION cells is the total, and GRADE of it the model grade", () => {
      expect(v(layout.sumTotal)).toBe(Number(exp.total));
      expect(v(layout.gradeOfSum)).toBe(exp.modelGrade);
    });
    test("every score and ratio cell", () => {
      for (const [id, scoreCell, ratioCell] of layout.indicators) {
        expect([id, v(scoreCell)]).toEqual([id, Number(exp.scores![id])]);
        if (!ratioCell) continue;
        const want = exp.ratios?.[id];
        const got = v(ratioCell);
        if (want === null) {
          expect([id, got instanceof DetailedCellError && got.value]).toEqual([id, "#N/A"]);
        } else if (want !== undefined) {
          expect(typeof got).toBe("number");
          expect([id, Math.abs((got as number) - Number(want)) <= 1e-6]).toEqual([id, true]);
        }
      }
    });
  } else {
    test("no total; the grade is 未评级 or an error that says why", () => {
      const grade = v(layout.grade);
      if (exp.status === "unrated") {
        expect(grade).toBe("未评级");
        expect(v(layout.approval)).toBe(APPROVAL_ZH[exp.approval!]);
      } else {
        expect(grade).toBeInstanceOf(DetailedCellError);
        expect(v(layout.orNotDone)).toBe("未完成");
      }
      const total = v(layout.total) as DetailedCellError;
      expect(total).toBeInstanceOf(DetailedCellError);
      expect(total.value).toBe("#N/A");
    });
  }

  test("RATING.MODEL names the model", () => {
    expect(v(layout.model)).toBe(
      `cccb-corporate 2026.1 ${shortFingerprint(defaultModel().fingerprint)}`
    );
  });
});

describe("blanks reach the functions explicitly", () => {
  const s10 = cases.find((c) => c.case.startsWith("S10"))!;
  test('the template\'s =IF(ISBLANK(x),"",x) makes a blank #N/A 缺少 …', () => {
    const { layout, v } = evaluate(s10);
    const q5 = layout.indicators.find(([id]) => id === "Q4")!;
    const e = v(q5[1]) as DetailedCellError;
    expect(e.value).toBe("#N/A");
    expect(e.message).toBe("缺少本年流动负债合计");
    const grade = v(layout.grade) as DetailedCellError;
    expect(grade.message).toBe("缺少本年流动负债合计（另有 2 个问题）");
  });
  test("a plain =x would hand the blank over as 0, as desktop Excel does — why the template never uses it", () => {
    const { layout, v } = evaluate(s10, false);
    const q4 = layout.indicators.find(([id]) => id === "Q4")!;
    expect(v(q4[1])).toBe(0);
  });
});

describe("arguments in cells", () => {
  test("text where a number belongs is #VALUE! naming the argument; a blank cell in web mode is 缺少", () => {
    const hf = createFormulaEngine(
      { S: [["abc", null, "=RATING.GRADE(A1)", "=RATING.GRADE(B1)"]] },
      [],
      {
        blanks: "web",
      }
    );
    const e = cellValue(hf, "S!C1") as DetailedCellError;
    expect([e.value, e.message]).toEqual(["#VALUE!", "参数 total（总分）应为数字，收到“abc”"]);
    const b = cellValue(hf, "S!D1") as DetailedCellError;
    expect([b.value, b.message]).toEqual(["#N/A", "缺少总分（参数 total）"]);
    hf.destroy();
  });
  test("an error in an argument propagates without calling the function, as in Excel", () => {
    const hf = createFormulaEngine({
      S: [["=1/0", "=RATING.GRADE(A1)", '=RATING.FINALGRADE("AA", A1:A1)']],
    });
    expect((cellValue(hf, "S!B1") as DetailedCellError).value).toBe("#DIV/0!");
    expect((cellValue(hf, "S!C1") as DetailedCellError).value).toBe("#DIV/0!");
    hf.destroy();
  });
  test("defined names work as arguments, and recalculation follows edits", () => {
    const hf = createFormulaEngine(
      { S: [[85.5, "=RATING.GRADE(result.total)", "=RATING.NEXTGRADE(A1)"]] },
      [{ name: "result.total", expression: "=S!$A$1" }]
    );
    expect(cellValue(hf, "S!B1")).toBe("AA");
    expect(cellValue(hf, "S!C1")).toBe("AAA（还差 4.50 分）");
    hf.setCellContents({ sheet: hf.getSheetId("S")!, row: 0, col: 0 }, 59.99);
    expect(cellValue(hf, "S!B1")).toBe("BB");
    hf.destroy();
  });
});
