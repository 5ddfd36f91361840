/**
 * RATING.RATE's `field`: which part of the engine's result one cell shows. The final grade by default; the names
 * are frozen like function ids, because saved formulas spell them.
 */
import { formatCents } from "../engine";
import { isBlank } from "./args";
import { noRating, RATE_FIELDS, ratioOf, scoreOf } from "./pick";
import type { RatedBlock } from "./rateBlock";
import { fail, messageLanguage } from "./toExcelError";

function rated<T>(r: RatedBlock, v: T | null): T {
  return v === null ? noRating(r) : v;
}

/**
 * One field of the rating.
 * @throws CustomFunctions.Error `#N/A` when the rating has no such value (incomplete or unrated), `#VALUE!` for an
 *   unknown field name.
 */
export function rateField(r: RatedBlock, rawField: unknown): string | number {
  const field = isBlank(rawField) ? "grade" : String(rawField).trim();
  const res = r.result;
  const lang = messageLanguage();
  switch (field) {
    case "grade":
      return rated(r, res.grade);
    case "total":
      return rated(r, res.total) / 100;
    case "modelGrade":
      return rated(r, res.modelGrade);
    case "approval":
      return rated(r, res.approvalLabel)[lang];
    case "approvalCode":
      return rated(r, res.approval);
    case "caps":
      return res.status === "rated" ? res.caps.map((c) => c.id).join(",") : noRating(r);
    case "capReasons":
      return res.status === "rated"
        ? res.caps.map((c) => `${c.id} ${c.reason[lang]}`).join(lang === "zh" ? "；" : "; ")
        : noRating(r);
    case "nextGrade":
      return res.status === "rated" ? (res.nextGrade?.grade ?? "") : noRating(r);
    case "pointsNeeded":
      return res.status === "rated" ? (res.nextGrade?.pointsNeeded ?? 0) / 100 : noRating(r);
    case "status":
      return res.status;
    case "issues":
      return res.issues.map((i) => i.message[lang]).join(lang === "zh" ? "；" : "; ");
    case "warnings":
      return res.warnings.map((w) => w.message[lang]).join(lang === "zh" ? "；" : "; ");
  }
  return partField(r, field);
}

/** `Q3`, `Q3.score`, `Q3.ratio`, `J1` or a dimension id such as `solvency`. */
function partField(r: RatedBlock, field: string): string | number {
  const [id, part] = field.split(".");
  if (r.model.indicatorById.has(id) || r.model.qualitativeById.has(id)) {
    if (part === undefined || part === "score") return scoreOf(r, id);
    if (part === "ratio") return ratioOf(r, id);
  }
  const dim = r.result.dimensions.find((d) => d.id === field);
  if (dim) return dim.score === null ? noRating(r) : Number(formatCents(dim.score));
  return fail({
    error: "#VALUE!",
    message: {
      zh: `参数 field“${field}”无法识别：可用 ${RATE_FIELDS.join("、")}，指标代码（如 Q3、Q3.ratio、J1）或维度代码`,
      en: `argument field "${field}" is unknown: use ${RATE_FIELDS.join(", ")}, an indicator id (Q3, Q3.ratio, J1) or a dimension id`,
    },
  });
}
