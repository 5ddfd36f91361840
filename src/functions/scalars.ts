/**
 * The functions that take single values rather than a statements block: the grade a total earns, the gap to the
 * next grade, the points of a qualitative anchor, the worst of grades, who approves. Each reads its arguments and
 * asks the engine; nothing of the standard is written here.
 */
import {
  approvalFor,
  formatCents,
  gradeForTotal,
  nextGrade,
  rate,
  readAnswer,
  worstGrade,
  type Cents,
} from "../engine";
import type { CompiledModel } from "../model";
import { activeModel, modelRefOf, resolveModel } from "./activeModel";
import { cellsOf, isBlank, numberArg, textArg, type ArgName } from "./args";
import { fail, messageLanguage } from "./toExcelError";

const TOTAL: ArgName = { id: "total", zh: "总分" };

/** The model a `[model]` argument names, or the active model. */
export function modelArg(arg: unknown): CompiledModel {
  const m = resolveModel(isBlank(arg) ? null : modelRefOf(arg));
  return "error" in m ? fail(m) : m;
}

/** A total in cents, inside [0, totalPoints]; a total from SUM of scores is rounded to the cent it means. */
function totalCents(model: CompiledModel, raw: unknown): Cents {
  const total = numberArg(raw, TOTAL);
  const max = model.doc.totalPoints;
  if (total < 0 || total > max)
    fail({
      error: "#VALUE!",
      message: {
        zh: `参数 total（总分）应在 0 到 ${max} 之间，收到 ${total}`,
        en: `argument total must be between 0 and ${max}, got ${total}`,
      },
    });
  return Math.round(total * 100) as Cents;
}

/** The model grade the bands give a total (caps not applied). */
export function gradeOfTotal(total: unknown, model: unknown): string {
  const m = modelArg(model);
  return gradeForTotal(m, totalCents(m, total)) as string;
}

/** "AA（还差 3.50 分）", or that the total already earns the best grade. */
export function nextGradeOfTotal(total: unknown, model: unknown): string {
  const m = modelArg(model);
  const n = nextGrade(m, totalCents(m, total), []);
  const zh = messageLanguage() === "zh";
  if (!n) return zh ? "已是最高等级" : "already the best grade";
  const pts = formatCents(n.pointsNeeded);
  return zh ? `${n.grade}（还差 ${pts} 分）` : `${n.grade} (${pts} points short)`;
}

/** A qualitative anchor's points: the anchor by key ("a"), label, or "a. label", as the engine reads answers. */
export function optionPoints(itemId: unknown, anchor: unknown, model: unknown): number {
  const m = modelArg(model);
  const id = textArg(itemId, { id: "itemId", zh: "定性指标代码" });
  const q = m.qualitativeById.get(id);
  if (!q)
    fail({
      error: "#N/A",
      message: {
        zh: `定性指标“${id}”不在模型中：可用 ${m.qualitative.map((x) => x.id).join("、")}`,
        en: `qualitative item "${id}" is not in the model: use ${m.qualitative.map((x) => x.id).join(", ")}`,
      },
    });
  const a = readAnswer(m, id, anchor);
  if (!a.key)
    fail({
      error: "#N/A",
      message: a.found
        ? { zh: `${id} ${q.label.zh} 没有选项“${a.found}”`, en: `${id} has no anchor "${a.found}"` }
        : {
            zh: `缺少 ${id} ${q.label.zh} 的选项（参数 anchor）`,
            en: `argument anchor is missing`,
          },
    });
  return q.anchors.find((x) => x.key === a.key)!.points;
}

/** Checks a grade code against the model; blanks stay blank. */
function gradeCode(m: CompiledModel, raw: unknown, arg: ArgName): string {
  const g = textArg(raw, arg);
  if (m.gradeRank.has(g) || g === m.doc.unratedGrade) return g;
  return fail({
    error: "#N/A",
    message: {
      zh: `等级“${g}”不在模型 ${m.doc.modelId} ${m.doc.modelVersion} 中（参数 ${arg.id}）`,
      en: `grade "${g}" is not in model ${m.doc.modelId} ${m.doc.modelVersion} (argument ${arg.id})`,
    },
  });
}

/** The worst of the model grade and every cap grade given (blank cap cells are caps that did not fire). */
export function finalGradeOf(modelGrade: unknown, capGrades: unknown[]): string {
  const m = activeModel();
  const g = gradeCode(m, modelGrade, { id: "modelGrade", zh: "模型等级" });
  if (g === m.doc.unratedGrade) return g;
  // Desktop Excel hands empty cells inside a range over as 0; no grade is 0, so 0 means "no cap" too.
  const caps = capGrades
    .flatMap(cellsOf)
    .filter((c) => !isBlank(c) && c !== 0)
    .map((c) => gradeCode(m, c, { id: "capGrades", zh: "限定等级" }));
  return worstGrade(m, [g, ...caps]) as string;
}

/** Who approves a grade: 总行审定 / 支行审定 (and 总行认定 for the unrated grade, as the engine words it). */
export function approverOf(grade: unknown, model: unknown): string {
  const m = modelArg(model);
  const g = gradeCode(m, grade, { id: "grade", zh: "等级" });
  const lang = messageLanguage();
  const a = approvalFor(m, g);
  if (a) return a.label[lang];
  // The unrated route is the engine's, not a band's: ask the engine for an unrated client's result.
  const unratedType = m.doc.clientTypes.unrated[0]?.id ?? "";
  const r = rate(m, { client: { type: unratedType }, statements: {}, answers: {} });
  return r.approvalLabel
    ? r.approvalLabel[lang]
    : fail({
        error: "#N/A",
        message: { zh: `等级“${g}”没有审批规则`, en: `grade "${g}" has no approval rule` },
      });
}
