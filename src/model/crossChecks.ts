/**
 * Checks that need the whole document: ids that refer to each other, points that must add up, grade bands that
 * must partition the score range. Shape checks are zod's job (schema.ts); these run only on a well-shaped doc.
 */
import { expressionItems, parseExpression } from "./expression";
import { checkApproval, checkGradeBands } from "./gradeChecks";
import { modelIssue, type ModelIssue } from "./issues";
import type { Condition, RatingModelDoc, Rule } from "./schema";

type Seg = PropertyKey[];

/** Sums in cents so that 2.5 + 1.5 + … compare exactly. */
const cents = (x: number): number => Math.round(x * 100);

export function crossCheck(doc: RatingModelDoc): ModelIssue[] {
  const out: ModelIssue[] = [];
  const items = new Set(doc.lineItems.map((l) => l.id));
  const dims = new Set(doc.dimensions.map((d) => d.id));
  const indicatorIds = new Set(doc.indicators.map((i) => i.id));
  const qual = new Map(doc.qualitative.map((q) => [q.id, q]));
  const grades = new Set(doc.grades.map((g) => g.code));

  duplicates(doc.lineItems, ["lineItems"], out);
  duplicates(doc.dimensions, ["dimensions"], out);
  duplicates([...doc.indicators, ...doc.qualitative], ["indicators"], out);
  duplicates(doc.scorecards, ["scorecards"], out);
  duplicates(doc.caps, ["caps"], out);
  duplicates(
    doc.grades.map((g) => ({ id: g.code })),
    ["grades"],
    out
  );

  const formula = (src: string, at: Seg): void => {
    const p = parseExpression(src);
    if (!p.ok) {
      out.push(
        modelIssue(
          at,
          `公式无法解析：${p.message}（第 ${p.at + 1} 个字符）`,
          `formula does not parse: ${p.message} (at character ${p.at + 1})`
        )
      );
      return;
    }
    for (const item of expressionItems(p.expr))
      if (!items.has(item))
        out.push(
          modelIssue(
            at,
            `公式引用了未定义的报表项目“${item}”`,
            `formula names unknown line item "${item}"`
          )
        );
  };

  const rule = (r: Rule, max: number, at: Seg): void => {
    if (r.form === "SIZED") {
      formula(r.by, [...at, "by"]);
      for (let i = 1; i < r.variants.length; i++)
        if (!(r.variants[i].min < r.variants[i - 1].min))
          out.push(
            modelIssue(
              [...at, "variants", i, "min"],
              "规模分档须按下限从大到小排列",
              "size variants must be in descending order of min"
            )
          );
      r.variants.forEach((v, i) => rule(v.rule, max, [...at, "variants", i, "rule"]));
      rule(r.otherwise, max, [...at, "otherwise"]);
      return;
    }
    switch (r.form) {
      case "LINEAR":
      case "DEDUCT":
        if (
          r.form === "LINEAR" &&
          (r.better === "higher" ? !(r.std > r.limit) : !(r.std < r.limit))
        )
          out.push(
            modelIssue(
              at,
              "标准值与不允许值方向不一致（越大越好时标准值须大于不允许值，反之亦然）",
              "std and limit are the wrong way round for the rule's direction"
            )
          );
        break;
      case "BANDS": {
        r.bands.forEach((b, i) => {
          if (b.points > max)
            out.push(
              modelIssue(
                [...at, "bands", i, "points"],
                `分档得分超过满分 ${max}`,
                `band points exceed the indicator's max ${max}`
              )
            );
          if (i > 0) {
            const prev = r.bands[i - 1].bound;
            const ordered = r.better === "higher" ? b.bound < prev : b.bound > prev;
            if (!ordered)
              out.push(
                modelIssue(
                  [...at, "bands", i, "bound"],
                  "分档界限须按从优到劣排列且不重复",
                  "band bounds must run from best to worst without repeats"
                )
              );
          }
        });
        break;
      }
      case "STEPS":
        r.steps.forEach((s, i) => {
          if (s.points > max)
            out.push(
              modelIssue(
                [...at, "steps", i, "points"],
                `分档得分超过满分 ${max}`,
                `step points exceed the indicator's max ${max}`
              )
            );
          if (i > 0 && !(s.min < r.steps[i - 1].min))
            out.push(
              modelIssue(
                [...at, "steps", i, "min"],
                "规模分档须按下限从大到小排列",
                "steps must be in descending order of min"
              )
            );
        });
        break;
      case "TIERS": {
        const v = r.values;
        for (let i = 1; i < 5; i++) {
          const ok = r.better === "higher" ? v[i] < v[i - 1] : v[i] > v[i - 1];
          if (!ok)
            out.push(
              modelIssue(
                [...at, "values", i],
                "功效系数法标准值须从优秀到较差严格排列",
                "tier values must run strictly from 优秀 to 较差"
              )
            );
          if (!(r.coefficients[i] < r.coefficients[i - 1]))
            out.push(
              modelIssue(
                [...at, "coefficients", i],
                "档次系数须严格递减",
                "tier coefficients must strictly decrease"
              )
            );
        }
        break;
      }
      default:
        break;
    }
  };

  const condition = (c: Condition, at: Seg): void => {
    if ("expr" in c) formula(c.expr, [...at, "expr"]);
    else if ("ratio" in c) {
      if (!indicatorIds.has(c.ratio))
        out.push(
          modelIssue([...at, "ratio"], `未定义的指标“${c.ratio}”`, `unknown indicator "${c.ratio}"`)
        );
    } else if ("scoreBelowMax" in c) {
      if (!indicatorIds.has(c.scoreBelowMax))
        out.push(
          modelIssue(
            [...at, "scoreBelowMax"],
            `未定义的指标“${c.scoreBelowMax}”`,
            `unknown indicator "${c.scoreBelowMax}"`
          )
        );
    } else if ("answer" in c) {
      const q = qual.get(c.answer);
      if (!q)
        out.push(
          modelIssue(
            [...at, "answer"],
            `未定义的定性指标“${c.answer}”`,
            `unknown qualitative item "${c.answer}"`
          )
        );
      else
        c.in.forEach((k, i) => {
          if (!q.anchors.some((a) => a.key === k))
            out.push(
              modelIssue(
                [...at, "in", i],
                `定性指标 ${c.answer} 没有选项“${k}”`,
                `qualitative item ${c.answer} has no anchor "${k}"`
              )
            );
        });
    } else if ("all" in c) c.all.forEach((x, i) => condition(x, [...at, "all", i]));
    else c.any.forEach((x, i) => condition(x, [...at, "any", i]));
  };

  // Indicators: formula, dimension, rule, denominator policy.
  const dimCents = new Map<string, number>();
  doc.indicators.forEach((ind, i) => {
    const at: Seg = ["indicators", i];
    formula(ind.formula, [...at, "formula"]);
    if (!dims.has(ind.dimension))
      out.push(
        modelIssue(
          [...at, "dimension"],
          `未定义的维度“${ind.dimension}”`,
          `unknown dimension "${ind.dimension}"`
        )
      );
    dimCents.set(ind.dimension, (dimCents.get(ind.dimension) ?? 0) + cents(ind.max));
    rule(ind.rule, ind.max, [...at, "rule"]);
    for (const key of ["onZero", "onNonPositive"] as const) {
      const o = ind.denominator?.[key];
      if (!o) continue;
      if (typeof o.points === "number" && o.points > ind.max)
        out.push(
          modelIssue(
            [...at, "denominator", key, "points"],
            `得分超过满分 ${ind.max}`,
            `points exceed the indicator's max ${ind.max}`
          )
        );
      o.cases?.forEach((c, j) => condition(c.if, [...at, "denominator", key, "cases", j, "if"]));
    }
  });
  doc.qualitative.forEach((q, i) => {
    const at: Seg = ["qualitative", i];
    if (!dims.has(q.dimension))
      out.push(
        modelIssue(
          [...at, "dimension"],
          `未定义的维度“${q.dimension}”`,
          `unknown dimension "${q.dimension}"`
        )
      );
    dimCents.set(q.dimension, (dimCents.get(q.dimension) ?? 0) + cents(q.max));
    const best = Math.max(...q.anchors.map((a) => a.points));
    if (cents(best) !== cents(q.max))
      out.push(
        modelIssue(
          [...at, "max"],
          `满分 ${q.max} 与最高选项得分 ${best} 不一致`,
          `max ${q.max} differs from the best anchor's points ${best}`
        )
      );
    const keys = q.anchors.map((a) => a.key);
    if (new Set(keys).size !== keys.length)
      out.push(modelIssue([...at, "anchors"], "选项键重复", "anchor keys repeat"));
  });

  // Points must add up: per dimension and in total.
  let total = 0;
  doc.dimensions.forEach((d, i) => {
    total += cents(d.points);
    const got = dimCents.get(d.id) ?? 0;
    if (got !== cents(d.points))
      out.push(
        modelIssue(
          ["dimensions", i, "points"],
          `维度“${d.label.zh}”满分 ${d.points}，其指标满分合计 ${got / 100}`,
          `dimension "${d.id}" declares ${d.points} points but its indicators add up to ${got / 100}`
        )
      );
  });
  if (total !== cents(doc.totalPoints))
    out.push(
      modelIssue(
        ["totalPoints"],
        `总分 ${doc.totalPoints} 与各维度满分合计 ${total / 100} 不一致`,
        `totalPoints ${doc.totalPoints} differs from the dimensions' sum ${total / 100}`
      )
    );

  checkGradeBands(doc, out);

  // Caps and scorecards.
  const capIds = new Set(doc.caps.map((c) => c.id));
  const tiers = (ts: RatingModelDoc["caps"][number]["tiers"], at: Seg): void =>
    ts.forEach((t, j) => {
      if (!grades.has(t.grade))
        out.push(
          modelIssue(
            [...at, j, "grade"],
            `限定条件引用了未定义的等级“${t.grade}”`,
            `cap names unknown grade "${t.grade}"`
          )
        );
      condition(t.when, [...at, j, "when"]);
    });
  doc.caps.forEach((c, i) => tiers(c.tiers, ["caps", i, "tiers"]));
  doc.scorecards.forEach((s, i) => {
    for (const [ind, r] of Object.entries(s.rules)) {
      const def = doc.indicators.find((x) => x.id === ind);
      if (!def)
        out.push(
          modelIssue(
            ["scorecards", i, "rules", ind],
            `未定义的指标“${ind}”`,
            `unknown indicator "${ind}"`
          )
        );
      else rule(r, def.max, ["scorecards", i, "rules", ind]);
    }
    for (const [cap, ts] of Object.entries(s.caps)) {
      if (!capIds.has(cap))
        out.push(
          modelIssue(
            ["scorecards", i, "caps", cap],
            `未定义的限定条件“${cap}”`,
            `unknown cap "${cap}"`
          )
        );
      tiers(ts, ["scorecards", i, "caps", cap]);
    }
  });

  checkApproval(doc, out);

  // Checks name real line items.
  const c = doc.checks;
  for (const [k, v] of [
    ["assets", c.balance.assets],
    ["liabilities", c.balance.liabilities],
    ["equity", c.balance.equity],
  ] as const)
    if (!items.has(v))
      out.push(
        modelIssue(["checks", "balance", k], `未定义的报表项目“${v}”`, `unknown line item "${v}"`)
      );
  if (!items.has(c.unitSuspect.item))
    out.push(
      modelIssue(
        ["checks", "unitSuspect", "item"],
        `未定义的报表项目“${c.unitSuspect.item}”`,
        `unknown line item "${c.unitSuspect.item}"`
      )
    );
  return out;
}

function duplicates(list: ReadonlyArray<{ id: string }>, at: Seg, out: ModelIssue[]): void {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id))
      out.push(modelIssue([...at, i, "id"], `编号“${x.id}”重复`, `id "${x.id}" repeats`));
    seen.add(x.id);
  });
}
