/**
 * Indicator formulas are declarative: a tiny arithmetic language over line items, never executable code.
 *
 *   formula  := sum
 *   sum      := product (("+" | "-") product)*
 *   product  := unary (("*" | "/") unary)*
 *   unary    := "-" unary | atom
 *   atom     := number | item "." period | "avg(" item ")" | "(" sum ")"
 *
 * `avg(x)` is (x.pri + x.cur) / 2, the standard's 期初期末平均.
 */
import type { Period } from "./types";

export type Expr =
  | { readonly k: "num"; readonly text: string; readonly value: number }
  | { readonly k: "ref"; readonly item: string; readonly period: Period; readonly key: string }
  | { readonly k: "avg"; readonly item: string; readonly cur: string; readonly pri: string }
  | { readonly k: "neg"; readonly a: Expr }
  | { readonly k: "bin"; readonly op: "+" | "-" | "*" | "/"; readonly a: Expr; readonly b: Expr };

/** Outcome of {@link parseExpression}: the tree, or why the text is not a formula. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; message: string; at: number };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\S))/y;
const PERIOD_SET: ReadonlySet<string> = new Set(["cur", "pri", "pri2"]);

type Tok = { t: "num" | "id" | "op"; v: string; at: number };

function tokenize(src: string): Tok[] | { message: string; at: number } {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) break;
    if (m[1] !== undefined) out.push({ t: "num", v: m[1], at: start });
    else if (m[2] !== undefined) out.push({ t: "id", v: m[2], at: start });
    else if (m[3] !== undefined) {
      if (!"+-*/().".includes(m[3]))
        return { message: `unexpected character "${m[3]}"`, at: start };
      out.push({ t: "op", v: m[3], at: start });
    }
  }
  return out;
}

/**
 * Parses a formula such as `(total_profit.cur + interest_expense.cur) / avg(total_assets)`.
 * @example parseExpression("total_liabilities.cur / total_assets.cur")
 */
export function parseExpression(src: string): ParseResult {
  const toks = tokenize(src);
  if (!Array.isArray(toks)) return { ok: false, ...toks };
  let i = 0;
  const peek = (): Tok | undefined => toks[i];
  const fail = (message: string): never => {
    throw { message, at: toks[i]?.at ?? src.length };
  };
  const expectOp = (v: string): void => {
    const t = toks[i];
    if (!t || t.t !== "op" || t.v !== v) fail(`expected "${v}"`);
    i++;
  };
  const sum = (): Expr => {
    let a = product();
    for (let t = peek(); t && t.t === "op" && (t.v === "+" || t.v === "-"); t = peek()) {
      i++;
      a = { k: "bin", op: t.v as "+" | "-", a, b: product() };
    }
    return a;
  };
  const product = (): Expr => {
    let a = unary();
    for (let t = peek(); t && t.t === "op" && (t.v === "*" || t.v === "/"); t = peek()) {
      i++;
      a = { k: "bin", op: t.v as "*" | "/", a, b: unary() };
    }
    return a;
  };
  const unary = (): Expr => {
    const t = peek();
    if (t && t.t === "op" && t.v === "-") {
      i++;
      return { k: "neg", a: unary() };
    }
    return atom();
  };
  const atom = (): Expr => {
    const t = peek();
    if (!t) return fail("unexpected end of formula");
    if (t.t === "num") {
      i++;
      return { k: "num", text: t.v, value: Number(t.v) };
    }
    if (t.t === "op" && t.v === "(") {
      i++;
      const e = sum();
      expectOp(")");
      return e;
    }
    if (t.t === "id" && t.v === "avg") {
      i++;
      expectOp("(");
      const item = toks[i];
      if (!item || item.t !== "id") fail("avg() takes a line-item id");
      i++;
      expectOp(")");
      return { k: "avg", item: item!.v, cur: `cur.${item!.v}`, pri: `pri.${item!.v}` };
    }
    if (t.t === "id") {
      i++;
      const dot = toks[i];
      if (!dot || dot.t !== "op" || dot.v !== ".")
        fail(`"${t.v}" needs a period: .cur, .pri or .pri2`);
      i++;
      const p = toks[i];
      if (!p || p.t !== "id" || !PERIOD_SET.has(p.v))
        fail(`"${t.v}" needs a period: .cur, .pri or .pri2`);
      i++;
      return { k: "ref", item: t.v, period: p!.v as Period, key: `${p!.v}.${t.v}` };
    }
    return fail(`unexpected "${t.v}"`);
  };
  try {
    const expr = sum();
    if (i < toks.length) fail(`unexpected "${toks[i].v}"`);
    return { ok: true, expr };
  } catch (e) {
    const err = e as { message: string; at: number };
    return { ok: false, message: err.message, at: err.at };
  }
}

/** Every (item, period) pair a formula reads; `avg(x)` reads both `x.cur` and `x.pri`. */
export function expressionInputs(e: Expr, out: Set<string> = new Set()): Set<string> {
  switch (e.k) {
    case "ref":
      out.add(e.key);
      break;
    case "avg":
      out.add(e.cur);
      out.add(e.pri);
      break;
    case "neg":
      expressionInputs(e.a, out);
      break;
    case "bin":
      expressionInputs(e.a, out);
      expressionInputs(e.b, out);
      break;
  }
  return out;
}

/** Line-item ids a formula names, for validating a model against its line items. */
export function expressionItems(e: Expr): string[] {
  return [...expressionInputs(e)].map((k) => k.slice(k.indexOf(".") + 1));
}
