/**
 * The RatingIssue catalogue: every problem the engine reports, as data with a code, a subject and words in both
 * languages (HyperFormula's error-message.ts practice). Issues block or explain a score; warnings never change one.
 */

/** Codes that make a rating incomplete (no total, no grade). */
export const BLOCKING_CODES = [
  "MISSING_INPUT",
  "NEGATIVE_INPUT",
  "MISSING_ANSWER",
  "MISSING_UNIT",
  "UNKNOWN_CLIENT_TYPE",
  "UNKNOWN_INDUSTRY",
] as const;
/** Codes attached to an indicator's score; the rating still completes. */
export const SCORING_CODES = ["ZERO_DENOMINATOR", "NEGATIVE_EQUITY", "NO_PRIOR_BASE"] as const;
/** Shown to the reader, never change a score. */
export const WARNING_CODES = ["BALANCE_MISMATCH", "UNIT_SUSPECT"] as const;

export type BlockingCode = (typeof BLOCKING_CODES)[number];
export type ScoringCode = (typeof SCORING_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type IssueCode = BlockingCode | ScoringCode | "MODEL_MISMATCH";

export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** A problem with the inputs or a score. `subject` is `period.item`, an indicator id, an item id or `unit`. */
export interface RatingIssue {
  readonly code: IssueCode;
  readonly subject: string;
  readonly message: Words;
  /** Where the value came from (e.g. `资产负债表!C5`), when the host knows. */
  readonly cell?: string;
}

export interface RatingWarning {
  readonly code: WarningCode;
  readonly subject: string;
  readonly message: Words;
}

/** Information for the reader (e.g. 无利息支出); not an issue. */
export interface RatingNote {
  readonly subject: string;
  readonly message: Words;
}

const PERIOD_WORDS: Record<string, Words> = {
  cur: { zh: "本年", en: "current year" },
  pri: { zh: "上年", en: "prior year" },
  pri2: { zh: "前年", en: "two years before" },
};

/** "本年 资产总计" / "current year Total assets" for a `period.item` key. */
export function describeInput(key: string, label: Words): Words {
  const period = PERIOD_WORDS[key.slice(0, key.indexOf("."))] ?? { zh: "", en: "" };
  return { zh: `${period.zh}${label.zh}`, en: `${period.en} ${label.en}` };
}

const at = (cell: string | undefined, zh: boolean): string =>
  cell ? (zh ? `（单元格 ${cell}）` : ` (cell ${cell})`) : "";

export const issue = {
  missingInput(key: string, label: Words, found: string | undefined, cell?: string): RatingIssue {
    const w = describeInput(key, label);
    const zh =
      found === undefined
        ? `缺少${w.zh}${at(cell, true)}`
        : `${w.zh}不是数字：“${found}”${at(cell, true)}`;
    const en =
      found === undefined
        ? `${w.en} is missing${at(cell, false)}`
        : `${w.en} is not a number: "${found}"${at(cell, false)}`;
    return { code: "MISSING_INPUT", subject: key, message: { zh, en }, cell };
  },
  negativeInput(key: string, label: Words, value: string, cell?: string): RatingIssue {
    const w = describeInput(key, label);
    return {
      code: "NEGATIVE_INPUT",
      subject: key,
      message: {
        zh: `${w.zh}不能为负数：${value}${at(cell, true)}`,
        en: `${w.en} cannot be negative: ${value}${at(cell, false)}`,
      },
      cell,
    };
  },
  missingAnswer(id: string, label: Words, found?: string): RatingIssue {
    const zh =
      found === undefined
        ? `定性指标 ${id} ${label.zh} 未作答`
        : `定性指标 ${id} ${label.zh} 没有选项“${found}”`;
    const en =
      found === undefined
        ? `qualitative item ${id} ${label.en} is not answered`
        : `qualitative item ${id} ${label.en} has no anchor "${found}"`;
    return { code: "MISSING_ANSWER", subject: id, message: { zh, en } };
  },
  missingUnit(found?: string): RatingIssue {
    return {
      code: "MISSING_UNIT",
      subject: "unit",
      message:
        found === undefined || found === ""
          ? { zh: "未声明报表单位（万元或元）", en: "statement unit (万元 or 元) is not declared" }
          : {
              zh: `报表单位“${found}”无法识别，应为万元或元`,
              en: `statement unit "${found}" is not 万元 or 元`,
            },
    };
  },
  unknownClientType(found: string): RatingIssue {
    return {
      code: "UNKNOWN_CLIENT_TYPE",
      subject: "client.type",
      message: {
        zh: `客户类型“${found}”不在模型中`,
        en: `client type "${found}" is not in the model`,
      },
    };
  },
  unknownIndustry(found: string): RatingIssue {
    return {
      code: "UNKNOWN_INDUSTRY",
      subject: "client.industry",
      message: { zh: `行业“${found}”没有对应的评分表`, en: `industry "${found}" has no scorecard` },
    };
  },
  zeroDenominator(indicator: string, label: Words, divisor: Words): RatingIssue {
    return {
      code: "ZERO_DENOMINATOR",
      subject: indicator,
      message: {
        zh: `${indicator} ${label.zh}：分母${divisor.zh}为零，得 0 分`,
        en: `${indicator} ${label.en}: denominator ${divisor.en} is zero, scored 0`,
      },
    };
  },
  negativeEquity(indicator: string, label: Words): RatingIssue {
    return {
      code: "NEGATIVE_EQUITY",
      subject: indicator,
      message: {
        zh: `${indicator} ${label.zh}：平均所有者权益不为正，比率无意义`,
        en: `${indicator} ${label.en}: average equity is not positive; ratio not meaningful`,
      },
    };
  },
  noPriorBase(indicator: string, label: Words): RatingIssue {
    return {
      code: "NO_PRIOR_BASE",
      subject: indicator,
      message: {
        zh: `${indicator} ${label.zh}：上年基数不为正，增长率无意义`,
        en: `${indicator} ${label.en}: no positive prior-year base; growth not meaningful`,
      },
    };
  },
};
