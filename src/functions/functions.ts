/**
 * The RATING.* custom functions. Each is a thin wrapper: it reads its arguments, asks the engine, and lets
 * `toExcelError` turn problems into `#VALUE!`/`#N/A` with words. custom-functions-metadata-plugin builds
 * functions.json from these JSDoc blocks and appends `CustomFunctions.associate(...)` for each, so they stay
 * top-level named functions in this one file. Ids are frozen: saved workbooks spell them
 * (test/functions/metadata.test.ts fails on a rename).
 */
import { describeModel } from "./activeModel";
import { ratioOf, scoreOf } from "./pick";
import { rateBlock, rateBlockIndicator } from "./rateBlock";
import { rateField } from "./rateField";
import {
  approverOf,
  finalGradeOf,
  gradeOfTotal,
  modelArg,
  nextGradeOfTotal,
  optionPoints,
} from "./scalars";
import { textArg } from "./args";

const INDICATOR_ID = { id: "indicatorId", zh: "指标代码" };

/**
 * 客户评级结果：默认为最终等级（已适用限定条件），field 可选 total、modelGrade、approval、caps、Q3.ratio 等。 The engine's rating of one client: the final grade (caps applied) by default; field picks total, modelGrade, approval, caps, an indicator's score or ratio (Q3, Q3.ratio) and more.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help.html#ratingrate
 * @param statements 报表区域：第一列项目代码，右侧本年、上年数值，含 unit、industry、client_type 行。 Statements block: item ids in the first column, current and prior values beside them, with unit, industry and client_type rows.
 * @param answers 定性指标选项：两列（J1 | a）或按 J1…J7 顺序的一行/一列。 Qualitative answers: two columns (J1 | a) or one row or column in J1…J7 order.
 * @param [field] 显示的字段，默认 grade。 Which field the cell shows; grade by default.
 * @returns 等级、分数或文字。 A grade, a number or text.
 */
export function rateClient(
  statements: unknown[][],
  answers: unknown[][],
  field?: unknown
): string | number {
  return rateField(rateBlock(statements, answers), field);
}

/**
 * 指标比率（如资产负债率），来自引擎；比率无定义时返回 #N/A 并说明原因。 An indicator's ratio (e.g. the debt ratio) as the engine computes it; #N/A says why where the standard leaves it undefined.
 * @customfunction INDICATOR
 * @helpurl https://localhost:3000/help.html#ratingindicator
 * @param indicatorId 指标代码，如 "Q3"。 Indicator id, e.g. "Q3".
 * @param statements 报表区域（同 RATING.RATE）。 Statements block (as for RATING.RATE).
 * @returns 比率；Q1、Q2 为万元金额。 The ratio; Q1 and Q2 are amounts in 万元.
 */
export function indicatorRatio(indicatorId: unknown, statements: unknown[][]): number {
  const id = textArg(indicatorId, INDICATOR_ID);
  return ratioOf(rateBlockIndicator(statements, id), id);
}

/**
 * 指标得分，含特殊情形（无利息支出得满分、扭亏为盈、净资产为负等），与引擎一致。 An indicator's points, special cases included (no interest expense, a turnaround year, negative equity), exactly as the engine scores them.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#ratingscore
 * @param indicatorId 指标代码，如 "Q6"。 Indicator id, e.g. "Q6".
 * @param statements 报表区域（同 RATING.RATE）。 Statements block (as for RATING.RATE).
 * @returns 得分（两位小数）。 Points (two decimals).
 */
export function indicatorScore(indicatorId: unknown, statements: unknown[][]): number {
  const id = textArg(indicatorId, INDICATOR_ID);
  return scoreOf(rateBlockIndicator(statements, id), id);
}

/**
 * 定性指标选项的分值。 The points of a qualitative anchor.
 * @customfunction OPTION
 * @helpurl https://localhost:3000/help.html#ratingoption
 * @param itemId 定性指标代码，如 "J1"。 Qualitative item id, e.g. "J1".
 * @param anchor 选项：代码 "a"、名称或 "a. 名称"。 The anchor: its key "a", its label, or "a. label".
 * @param [model] 模型（"id 版本" 或报表区域）；缺省为当前模型。 The model ("id version" or a statements block); the active model when omitted.
 * @returns 分值。 Points.
 */
export function optionScore(itemId: unknown, anchor: unknown, model?: unknown[][]): number {
  return optionPoints(itemId, anchor, model);
}

/**
 * 总分对应的模型等级（按等级区间，未适用限定条件；最终等级请用 RATING.FINALGRADE 或 RATING.RATE）。 The model grade a total earns from the bands. Caps are NOT applied: use RATING.FINALGRADE or RATING.RATE for the final grade.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help.html#ratinggrade
 * @param total 总分（0–100）。 Total points (0–100).
 * @param [model] 模型（"id 版本" 或报表区域）；缺省为当前模型。 The model ("id version" or a statements block); the active model when omitted.
 * @returns 模型等级，如 "AA"。 The model grade, e.g. "AA".
 */
export function gradeForPoints(total: unknown, model?: unknown[][]): string {
  return gradeOfTotal(total, model);
}

/**
 * 最终等级：模型等级与各限定等级中最差者（空白单元格表示未触发）。 The final grade: the worst of the model grade and every cap grade given (blank cells are caps that did not fire).
 * @customfunction FINALGRADE
 * @helpurl https://localhost:3000/help.html#ratingfinalgrade
 * @param modelGrade 模型等级。 The model grade.
 * @param capGrades 限定条件给出的最高等级（单元格或区域，可多个）。 Highest grades allowed by the caps that fired (cells or ranges).
 * @returns 最终等级。 The final grade.
 */
export function finalGrade(modelGrade: unknown, capGrades: unknown[][][]): string {
  return finalGradeOf(modelGrade, capGrades);
}

/**
 * 审定权限：总行审定或支行审定。 Who gives final approval for a grade: 总行审定 (head office) or 支行审定 (branch).
 * @customfunction APPROVER
 * @helpurl https://localhost:3000/help.html#ratingapprover
 * @param grade 最终等级。 The final grade.
 * @param [model] 模型（"id 版本" 或报表区域）；缺省为当前模型。 The model ("id version" or a statements block); the active model when omitted.
 * @returns 总行审定 / 支行审定。 Head office or branch.
 */
export function approver(grade: unknown, model?: unknown[][]): string {
  return approverOf(grade, model);
}

/**
 * 上一等级及还差的分数（仅按总分；限定条件见 RATING.RATE 的 caps）。 The next better grade and the points still needed (from the total alone; see RATE's caps for what still binds).
 * @customfunction NEXTGRADE
 * @helpurl https://localhost:3000/help.html#ratingnextgrade
 * @param total 总分。 Total points.
 * @param [model] 模型（"id 版本" 或报表区域）；缺省为当前模型。 The model ("id version" or a statements block); the active model when omitted.
 * @returns 如 "AA（还差 3.50 分）"。 E.g. "AA（还差 3.50 分）".
 */
export function nextGradeFor(total: unknown, model?: unknown[][]): string {
  return nextGradeOfTotal(total, model);
}

/**
 * 评级模型：代码、版本与指纹前 12 位。 The rating model: id, version and the first 12 digits of its fingerprint.
 * @customfunction MODEL
 * @helpurl https://localhost:3000/help.html#ratingmodel
 * @param [model] 模型（"id 版本" 或报表区域）；缺省为当前模型。 The model to describe ("id version" or a statements block); the active model when omitted.
 * @returns 如 "cccb-corporate 2026.1 3f2a9c1b0d4e"。 E.g. "cccb-corporate 2026.1 3f2a9c1b0d4e".
 */
export function modelInfo(model?: unknown[][]): string {
  return describeModel(modelArg(model));
}
