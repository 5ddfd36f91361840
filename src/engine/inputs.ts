/**
 * The boundary between what a host read and what the engine computes with: reads every required value (§4),
 * converts 元 to 万元 once, exactly, and lists what is missing or wrong — one issue per problem.
 */
import type { CompiledModel, CompiledScorecard } from "../model";
import { issue, type RatingIssue, type RatingWarning } from "./issues";
import { Dec, toDec } from "./kit";
import { readNumber } from "./readNumber";
import type { RatingInput } from "./types";
import type { Values } from "./evaluate";

export interface NormalizedInputs {
  readonly unit: "万元" | "元" | null;
  /** Required values in 万元, by `period.item`; present only when readable. */
  readonly values: Values;
  /** Anchor key per answered item. */
  readonly answers: Readonly<Record<string, string>>;
  readonly issues: RatingIssue[];
}

/** Reads the declared unit: 万元 or 元 exactly (spaces and full-width spaces ignored). */
export function readUnit(raw: unknown): "万元" | "元" | null {
  if (typeof raw !== "string") return null;
  const s = raw.replace(/[\s\u3000]/g, "");
  return s === "万元" || s === "元" ? s : null;
}

/** 元 → 万元 in decimal, then the double nearest the exact quotient: the shortest form stays exact. */
const yuanToWan = (x: number): number => (x === 0 ? 0 : toDec(x).div(10000).toNumber());

/** Reads an answer: an anchor key (any case) or an anchor's label in either language. */
export function readAnswer(
  model: CompiledModel,
  itemId: string,
  raw: unknown
): { key?: string; found?: string } {
  const q = model.qualitativeById.get(itemId);
  if (!q || raw === null || raw === undefined) return {};
  const s = String(raw).trim();
  if (s === "") return {};
  const lower = s.toLowerCase();
  const byKey = q.anchors.find((a) => a.key === lower);
  if (byKey) return { key: byKey.key };
  // Dropdowns in the template show "a. label"; accept that form and the bare label.
  const m = /^([a-z])[.．、]\s*/i.exec(s);
  const stripped = m ? s.slice(m[0].length) : s;
  const byLabel = q.anchors.find((a) => a.label.zh === stripped || a.label.en === stripped);
  if (byLabel && (!m || m[1].toLowerCase() === byLabel.key)) return { key: byLabel.key };
  return { found: s };
}

export function normalizeInputs(
  model: CompiledModel,
  sc: CompiledScorecard,
  input: RatingInput
): NormalizedInputs {
  const issues: RatingIssue[] = [];
  const cells = input.cells ?? {};
  const unit = readUnit(input.unit);
  if (!unit)
    issues.push({
      ...issue.missingUnit(
        input.unit === undefined || input.unit === null ? undefined : String(input.unit)
      ),
      cell: cells.unit,
    });
  const values: Record<string, number> = {};
  for (const key of sc.requiredInputs) {
    const dot = key.indexOf(".");
    const period = key.slice(0, dot) as "cur" | "pri" | "pri2";
    const item = key.slice(dot + 1);
    const def = model.lineItems.get(item)!;
    const raw = input.statements[period]?.[item];
    const r = readNumber(raw);
    if (r.kind !== "number") {
      issues.push(
        issue.missingInput(key, def.label, r.kind === "text" ? r.text : undefined, cells[key])
      );
      continue;
    }
    if (def.nonNegative && r.value < 0) {
      issues.push(issue.negativeInput(key, def.label, String(r.value), cells[key]));
      continue;
    }
    values[key] = unit === "元" ? yuanToWan(r.value) : r.value;
  }
  const answers: Record<string, string> = {};
  for (const q of model.qualitative) {
    const a = readAnswer(model, q.id, input.answers[q.id]);
    if (a.key) answers[q.id] = a.key;
    else issues.push({ ...issue.missingAnswer(q.id, q.label, a.found), cell: cells[q.id] });
  }
  return { unit, values, answers, issues };
}

/** BALANCE_MISMATCH and UNIT_SUSPECT: shown to the reader, never change a score. */
export function inputWarnings(
  model: CompiledModel,
  input: RatingInput,
  n: NormalizedInputs
): RatingWarning[] {
  const out: RatingWarning[] = [];
  const b = model.doc.checks.balance;
  for (const period of ["cur", "pri"] as const) {
    const a = n.values[`${period}.${b.assets}`];
    const l = n.values[`${period}.${b.liabilities}`];
    const e = n.values[`${period}.${b.equity}`];
    if (a === undefined || l === undefined || e === undefined) continue;
    const gap = Math.abs(a - l - e);
    const allowed = b.tolerance * Math.abs(a);
    // Decide in decimals only when the doubles are too close to call.
    const over =
      Math.abs(gap - allowed) > 1e-9 * (Math.abs(a) + Math.abs(l) + Math.abs(e))
        ? gap > allowed
        : toDec(a)
            .minus(toDec(l))
            .minus(toDec(e))
            .abs()
            .gt(new Dec(String(b.tolerance)).times(toDec(a).abs()));
    if (over)
      out.push({
        code: "BALANCE_MISMATCH",
        subject: period,
        message: {
          zh: `${period === "cur" ? "本年" : "上年"}资产负债表不平：资产 − 负债 − 所有者权益 = ${+(a - l - e).toPrecision(12)} 万元`,
          en: `${period === "cur" ? "current-year" : "prior-year"} balance sheet does not balance: assets − liabilities − equity = ${+(a - l - e).toPrecision(12)} (万元)`,
        },
      });
  }
  const u = model.doc.checks.unitSuspect;
  const raw = readNumber(input.statements.cur?.[u.item]);
  if (raw.kind === "number" && n.unit) {
    const label = model.lineItems.get(u.item)!.label;
    if (n.unit === "元" && Math.abs(raw.value) < u.minYuan)
      out.push({
        code: "UNIT_SUSPECT",
        subject: "unit",
        message: {
          zh: `单位为元，但${label.zh}不足 1 万元：单位可能应为万元`,
          en: `unit is 元 but ${label.en} is under 10,000 元: the unit may be 万元`,
        },
      });
    if (n.unit === "万元" && Math.abs(raw.value) > u.maxWan)
      out.push({
        code: "UNIT_SUSPECT",
        subject: "unit",
        message: {
          zh: `单位为万元，但${label.zh}超过 10 万亿元：单位可能应为元`,
          en: `unit is 万元 but ${label.en} exceeds ten trillion yuan: the unit may be 元`,
        },
      });
  }
  return out;
}
