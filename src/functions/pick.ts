/**
 * What a cell shows of an engine result: one field of the whole rating (RATING.RATE) or one indicator's ratio or
 * score (RATING.INDICATOR, RATING.SCORE). Nothing is computed here; every value is read from the `RatingResult`.
 */
import { BLOCKING_CODES, formatCents, type IndicatorResult, type RatingIssue } from "../engine";
import { expressionInputs } from "../model";
import type { RatedBlock } from "./rateBlock";
import { fail } from "./toExcelError";

const BLOCKING: ReadonlySet<string> = new Set(BLOCKING_CODES);

/** The fields RATING.RATE knows besides indicator and dimension ids (frozen with the function ids). */
export const RATE_FIELDS = [
  "grade",
  "total",
  "modelGrade",
  "approval",
  "approvalCode",
  "caps",
  "capReasons",
  "nextGrade",
  "pointsNeeded",
  "status",
  "issues",
  "warnings",
] as const;

/** Stops with why there is no value: the unrated reason, or the issues that block the rating. */
export function noRating(r: RatedBlock): never {
  const res = r.result;
  if (res.status === "unrated" && res.unratedReason)
    return fail({
      error: "#N/A",
      message: {
        zh: `未评级客户不计分：${res.unratedReason.zh}（由总行认定等级）`,
        en: `unrated client, no score: ${res.unratedReason.en} (head office assigns the grade)`,
      },
    });
  return fail(
    res.issues.filter((i) => BLOCKING.has(i.code)),
    r.input
  );
}

/** An indicator by id, or `#N/A` naming the id. */
export function indicatorOf(r: RatedBlock, id: string): IndicatorResult {
  if (r.result.status === "unrated") return noRating(r);
  if (r.result.status === "incomplete" && r.result.indicators.length === 0) return noRating(r);
  const hit = r.result.indicators.find((i) => i.id === id);
  if (hit) return hit;
  return fail({
    error: "#N/A",
    message: {
      zh: `指标“${id}”不在模型 ${r.model.doc.modelId} ${r.model.doc.modelVersion} 中`,
      en: `indicator "${id}" is not in model ${r.model.doc.modelId} ${r.model.doc.modelVersion}`,
    },
  });
}

/** The issues that keep this indicator from a score: its own inputs, the unit, the industry. */
function blockersOf(r: RatedBlock, ind: IndicatorResult): RatingIssue[] {
  const ci = r.model.indicatorById.get(ind.id);
  const own = ci ? expressionInputs(ci.expr) : new Set<string>();
  const mine = r.result.issues.filter(
    (i) =>
      (BLOCKING.has(i.code) && own.has(i.subject)) ||
      i.code === "MISSING_UNIT" ||
      i.code === "UNKNOWN_INDUSTRY" ||
      (i.code === "MISSING_ANSWER" && i.subject === ind.id)
  );
  return mine.length > 0 ? mine : r.result.issues.filter((i) => BLOCKING.has(i.code));
}

/** The indicator's points as a number (2 decimals, as the engine rounded them). */
export function scoreOf(r: RatedBlock, id: string): number {
  const ind = indicatorOf(r, id);
  if (ind.score === null) return fail(blockersOf(r, ind), r.input);
  return ind.score / 100;
}

/** The indicator's ratio; where the standard leaves it undefined, `#N/A` says why (the issue or the note). */
export function ratioOf(r: RatedBlock, id: string): number {
  const ind = indicatorOf(r, id);
  if (ind.kind === "qualitative")
    return fail({
      error: "#N/A",
      message: {
        zh: `${id} 是定性指标，没有比率；得分请用 RATING.OPTION`,
        en: `${id} is qualitative and has no ratio; use RATING.OPTION for its points`,
      },
    });
  if (ind.ratio !== null) return ind.ratio;
  if (ind.score === null) return fail(blockersOf(r, ind), r.input);
  const why = r.result.issues.find((i) => i.subject === id);
  const points = formatCents(ind.score);
  const note = ind.note ?? { zh: "比率无定义", en: "ratio undefined" };
  return fail(
    why ?? {
      error: "#N/A",
      message: {
        zh: `${id} ${ind.label.zh}：${note.zh}，比率无定义，得 ${points} 分`,
        en: `${id} ${ind.label.en}: ${note.en}, no ratio, scored ${points}`,
      },
    }
  );
}
