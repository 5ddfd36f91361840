import {
  formatCents,
  gradeForTotal,
  nextGrade,
  rate,
  resultToJson,
  worstGrade,
  type Cents,
} from "../../../src/engine";
import { defaultModel } from "../../../src/model";
import { client } from "../../helpers/clients";

const model = defaultModel();
const c = (x: number) => Math.round(x * 100) as Cents;

test("grade bands: lower bound inclusive, AAA ≥ 90 … B < 50", () => {
  expect(gradeForTotal(model, c(100))).toBe("AAA");
  expect(gradeForTotal(model, c(90))).toBe("AAA");
  expect(gradeForTotal(model, c(89.99))).toBe("AA");
  expect(gradeForTotal(model, c(70))).toBe("A");
  expect(gradeForTotal(model, c(69.99))).toBe("BBB");
  expect(gradeForTotal(model, c(60))).toBe("BBB");
  expect(gradeForTotal(model, c(50))).toBe("BB");
  expect(gradeForTotal(model, c(49.99))).toBe("B");
  expect(gradeForTotal(model, c(0))).toBe("B");
  expect(gradeForTotal(model, c(100.01))).toBeNull();
  expect(gradeForTotal(model, c(-1))).toBeNull();
});

test("the final grade is the worst of the model grade and every cap", () => {
  expect(worstGrade(model, ["AA", "A", "BBB"])).toBe("BBB");
  expect(worstGrade(model, ["AAA"])).toBe("AAA");
  expect(worstGrade(model, ["B", "AAA"])).toBe("B");
});

test("next grade: points needed and the caps that would still bind", () => {
  // S02 (67.71) with 关注 loans: total 65.71 (BBB); A needs 4.29 more, and C6 (at most A) would not bind there.
  const watch = rate(model, client({ answers: { J3: "b" } }));
  expect(formatCents(watch.total!)).toBe("65.71");
  expect(watch.nextGrade).toEqual({ grade: "A", pointsNeeded: 429, bindingCaps: [] });
  // With 次级 loans (C6 → at most B) the cap would still hold the grade at B.
  const bad = rate(model, client({ answers: { J3: "c" } }));
  expect(bad.nextGrade).toEqual({ grade: "A", pointsNeeded: 629, bindingCaps: ["C6"] });
  expect(nextGrade(model, c(95), [])).toBeNull();
});

test("every cap that fires is listed with its reason, not just the binding one", () => {
  const r = resultToJson(rate(model, client({ answers: { J2: "b", J3: "b", J1: "e" } })));
  expect(r.caps).toEqual(["C3", "C5", "C6", "C8"]);
  expect(r.capReasons.find((x) => x.id === "C5")!.reason).toBe("近12个月曾逾期但已结清，最高BBB");
  expect(r.grade).toBe("BB");
});

test("approval: head office for A and above, the branch for BBB and below", () => {
  expect(resultToJson(rate(model, client())).approvalLabel).toBe("支行审定");
  const strong = resultToJson(
    rate(
      model,
      client({
        answers: { J1: "a", J4: "a", J5: "a", J6: "a", J7: "a" },
        cur: { total_liabilities: 25200, owners_equity: 16800 },
      })
    )
  );
  expect(strong.grade).toMatch(/^(AAA|AA|A)$/);
  expect(strong.approval).toBe("head_office");
});

test("unrated client types: no score, head-office assignment with the reason", () => {
  const r = resultToJson(
    rate(model, client({ type: "sole_proprietor", unit: null, cur: { total_assets: null } }))
  );
  expect(r.status).toBe("unrated");
  expect(r.grade).toBe("未评级");
  expect(r.approval).toBe("head_office_assignment");
  expect(r.total).toBeNull();
  expect(r.issues).toEqual([]);
  expect(r.unratedReason).toBe("统一标准不适用于个体工商户");
});
