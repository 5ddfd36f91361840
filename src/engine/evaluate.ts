/**
 * Evaluates an indicator formula over normalized inputs, in floats (tracking a magnitude that bounds the rounding
 * error) or in decimals. A division whose divisor is zero — or not positive, when the indicator's policy says so —
 * stops the evaluation and reports that divisor, so the policy decides the score.
 */
import type { Expr } from "../model";
import { Dec, toDec } from "./kit";

/** Inputs in 万元 by `period.item`. */
export type Values = Readonly<Record<string, number>>;

/** Division trap: which test stops evaluation. */
export type DivisorTest = "zero" | "nonPositive";

export interface FloatEval {
  value: number;
  /** Σ of magnitudes met on the way: |error| ≤ a few ulps × mag. */
  mag: number;
  /** The divisor that tripped the test, if any. */
  trapped: Expr | null;
  /** A divisor was too close to the test's boundary to decide in floats. */
  unsure: boolean;
}

/** Error bound of a float evaluation with magnitude `mag`: generous against a handful of roundings. */
export const errorBound = (mag: number): number => 1e-13 * mag;

export function evalFloat(e: Expr, v: Values, test: DivisorTest): FloatEval {
  const out: FloatEval = { value: 0, mag: 0, trapped: null, unsure: false };
  let mag = 0;
  const ev = (n: Expr): number => {
    switch (n.k) {
      case "num":
        mag = Math.abs(n.value);
        return n.value;
      case "ref": {
        const x = v[n.key];
        mag = Math.abs(x);
        return x;
      }
      case "avg": {
        const a = v[n.pri];
        const b = v[n.cur];
        mag = (Math.abs(a) + Math.abs(b)) / 2;
        return (a + b) / 2;
      }
      case "neg":
        return -ev(n.a);
      case "bin": {
        const a = ev(n.a);
        const ma = mag;
        if (out.trapped) return 0;
        const b = ev(n.b);
        const mb = mag;
        if (out.trapped) return 0;
        switch (n.op) {
          case "+":
            mag = ma + mb;
            return a + b;
          case "-":
            mag = ma + mb;
            return a - b;
          case "*":
            mag = ma * mb;
            return a * b;
          case "/": {
            const tol = errorBound(mb);
            if (Math.abs(b) <= tol && b !== 0) out.unsure = true;
            if (test === "nonPositive" ? b <= tol : Math.abs(b) <= tol) {
              if (test === "nonPositive" && b > 0) out.unsure = true;
              out.trapped = n.b;
              return 0;
            }
            mag = (ma + Math.abs(a / b) * mb) / Math.abs(b);
            return a / b;
          }
        }
      }
    }
  };
  out.value = ev(e);
  out.mag = mag;
  return out;
}

export interface DecEval {
  value: Dec;
  trapped: Expr | null;
}

export function evalDec(e: Expr, v: Values, test: DivisorTest): DecEval {
  let trapped: Expr | null = null;
  const zero = new Dec(0);
  const ev = (n: Expr): Dec => {
    if (trapped) return zero;
    switch (n.k) {
      case "num":
        return new Dec(n.text);
      case "ref":
        return toDec(v[n.key]);
      case "avg":
        return toDec(v[n.pri]).plus(toDec(v[n.cur])).div(2);
      case "neg":
        return ev(n.a).neg();
      case "bin": {
        const a = ev(n.a);
        const b = ev(n.b);
        if (trapped) return zero;
        switch (n.op) {
          case "+":
            return a.plus(b);
          case "-":
            return a.minus(b);
          case "*":
            return a.times(b);
          case "/":
            if (test === "nonPositive" ? b.lte(0) : b.isZero()) {
              trapped = n.b;
              return zero;
            }
            return a.div(b);
        }
      }
    }
  };
  const value = ev(e);
  return { value, trapped };
}
