/** The signed PDF says 受限定条件约束 only when a cap lowered the grade, and marks the caps that did not. */
import { capLine, capLowers, gradeLine } from "../../src/summary/capWording";
import { summaryOf } from "./fixtures";

test("S02: C3 fired (at most AA) but the model grade BBB stands — not constrained", () => {
  const s = summaryOf("S02");
  expect(s.modelGrade).toBe("BBB");
  expect(s.caps.map((c) => c.id)).toEqual(["C3"]);
  expect(gradeLine(s)).toBe("模型等级 BBB；最终等级 BBB（限定条件已触发，未影响等级）");
  expect(capLine(s.caps[0], s)).toMatch(/^.+：最高 AA（未影响等级）。/);
});

test("S05: model AA, C2/C5/C6 lower it to BBB; C3 (at most AA) is marked as not lowering it", () => {
  const s = summaryOf("S05");
  expect(gradeLine(s)).toBe("模型等级 AA；最终等级 BBB（受限定条件约束）");
  const lines = Object.fromEntries(s.caps.map((c) => [c.id, capLine(c, s)]));
  expect(Object.keys(lines)).toEqual(["C2", "C3", "C5", "C6"]);
  expect(lines.C3).toContain("最高 AA（未影响等级）");
  for (const id of ["C2", "C5", "C6"]) expect(lines[id]).not.toContain("未影响等级");
  expect(lines.C5).toContain("最高 BBB。");
});

test("no caps: 无限定条件; the rank follows the model's own scale", () => {
  expect(gradeLine({ modelGrade: "A", grade: "A", caps: [] })).toBe(
    "模型等级 A；最终等级 A（无限定条件）"
  );
  const scale = ["AAA", "AA", "A", "BBB", "BB", "B"];
  expect(capLowers("A", "AA", scale)).toBe(true);
  expect(capLowers("AA", "AA", scale)).toBe(false);
  expect(capLowers("X", "AA", scale, "X")).toBe(true);
  // A notched scale: AA- is below AA+ because the model says so.
  expect(capLowers("AA-", "AA+", ["AAA", "AA+", "AA", "AA-", "A"])).toBe(true);
});
