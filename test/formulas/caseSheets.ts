/**
 * Builds, for one worked case, the sheets a reviewer's workbook would have: raw inputs (blanks are empty cells),
 * the 计算数据 block that passes blanks explicitly as "" (CONTRACTS §2), and a 评价计算表 whose cells are RATING.*
 * formulas next to ordinary IF/SUM/ROUND/IFERROR.
 */
import { defaultModel } from "../../src/model";
import type { WorkedCase } from "../helpers/cases";

export const INPUT = "报表";
export const CALC = "计算数据";
export const SHEET = "评价计算表";

const q = (s: string): string => `'${s}'`;

/** Cell addresses in 评价计算表, by what they hold. */
export interface Layout {
  readonly rows: number;
  readonly grade: string;
  readonly total: string;
  readonly modelGrade: string;
  readonly sumTotal: string;
  readonly gradeOfSum: string;
  readonly caps: string;
  readonly approval: string;
  readonly approverOfGrade: string;
  readonly finalOfModel: string;
  readonly isAAA: string;
  readonly orNotDone: string;
  readonly model: string;
  /** Per indicator: [id, score cell, ratio cell or null]. */
  readonly indicators: readonly [string, string, string | null][];
}

/**
 * @param explicitBlanks true: the block reads `=IF(ISBLANK(x),"",x)` (the template's way); false: `=x`.
 */
export function caseSheets(
  c: WorkedCase,
  explicitBlanks = true
): { sheets: Record<string, unknown[][]>; layout: Layout } {
  const m = defaultModel();
  const raw = (v: unknown): unknown => (v === undefined ? null : v);
  const input: unknown[][] = [
    ["unit", raw(c.unit)],
    ["industry", raw(c.client.industry)],
    ["client_type", raw(c.client.type)],
    ...m.doc.lineItems.map((li) => [
      li.id,
      raw(c.statements.cur?.[li.id]),
      raw(c.statements.pri?.[li.id]),
      raw(c.statements.pri2?.[li.id]),
    ]),
  ];
  const ref = (r: number, col: string): string => {
    const x = `${q(INPUT)}!${col}${r + 1}`;
    return explicitBlanks ? `=IF(ISBLANK(${x}),"",${x})` : `=${x}`;
  };
  const calc: unknown[][] = input.map((row, r) => [
    row[0],
    ref(r, "B"),
    r < 3 ? "" : ref(r, "C"),
    r < 3 ? "" : ref(r, "D"),
  ]);
  calc.push(["model", m.doc.modelId, m.doc.modelVersion, ""]);
  m.qualitative.forEach((item, i) => {
    calc[i][5] = item.id;
    const a = c.qualitative?.[item.id];
    calc[i][6] = a === undefined ? "" : a;
  });
  const block = `${q(CALC)}!$A$1:$D$${calc.length}`;
  const answers = `${q(CALC)}!$F$1:$G$${m.qualitative.length}`;
  const rate = (field?: string): string =>
    `RATING.RATE(${block}, ${answers}${field ? `, "${field}"` : ""})`;

  const sheet: unknown[][] = [];
  const indicators: [string, string, string | null][] = [];
  m.indicators.forEach((ci) => {
    const r = sheet.length + 1;
    sheet.push([
      ci.def.id,
      `=RATING.SCORE("${ci.def.id}", ${block})`,
      `=RATING.INDICATOR("${ci.def.id}", ${block})`,
    ]);
    indicators.push([ci.def.id, `${SHEET}!B${r}`, `${SHEET}!C${r}`]);
  });
  m.qualitative.forEach((item, i) => {
    const r = sheet.length + 1;
    sheet.push([item.id, `=RATING.OPTION("${item.id}", ${q(CALC)}!G${i + 1})`, ""]);
    indicators.push([item.id, `${SHEET}!B${r}`, null]);
  });
  const n = sheet.length;
  const at = (label: string, formula: string): string => {
    sheet.push([label, formula]);
    return `${SHEET}!B${sheet.length}`;
  };
  const sumTotal = at("合计", `=ROUND(SUM(B1:B${n}), 2)`);
  const layout: Layout = {
    rows: n,
    sumTotal,
    gradeOfSum: at("模型等级(合计)", `=RATING.GRADE(B${n + 1})`),
    grade: at("最终等级", `=${rate()}`),
    total: at("总分", `=${rate("total")}`),
    modelGrade: at("模型等级", `=${rate("modelGrade")}`),
    caps: at("限定条件", `=${rate("caps")}`),
    approval: at("审定", `=${rate("approval")}`),
    approverOfGrade: at("审定(等级)", `=RATING.APPROVER(${rate()})`),
    finalOfModel: at("最终(限定前)", `=RATING.FINALGRADE(${rate("modelGrade")}, ${rate()})`),
    isAAA: at("AAA?", `=IF(${rate()}="AAA", 1, 0)`),
    orNotDone: at("完成?", `=IFERROR(${rate()}, "未完成")`),
    model: at("模型", "=RATING.MODEL()"),
    indicators,
  };
  return { sheets: { [INPUT]: input, [CALC]: calc, [SHEET]: sheet }, layout };
}
