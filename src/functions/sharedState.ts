/**
 * State the functions and the task pane share in the shared runtime. webpack bundles the functions entry and the
 * pane entry separately, so each carries its own copy of these modules; keeping the state on `globalThis` under a
 * registered symbol gives both copies one registry, one active model and one message language.
 */
import type { CompiledModel } from "../model";

export interface FunctionsState {
  /** Compiled models by `id@version`. */
  readonly models: Map<string, CompiledModel>;
  active: CompiledModel | undefined;
  /** Bumped on every registry change: memoized results are keyed on it. */
  generation: number;
  language: "zh" | "en";
}

const KEY = Symbol.for("credit-rating-addin/functions-state");

/** The one state object of this runtime. */
export function sharedState(): FunctionsState {
  const g = globalThis as unknown as Record<symbol, FunctionsState | undefined>;
  let s = g[KEY];
  if (!s) {
    s = { models: new Map(), active: undefined, generation: 0, language: "zh" };
    g[KEY] = s;
  }
  return s;
}
