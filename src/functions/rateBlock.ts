/**
 * Rates the blocks a function was given, through the engine. Full ratings are memoized: a sheet asks RATING.RATE
 * for many fields of the same client, and each call gets its own copy of the ranges, so results are kept by the
 * blocks' content (a small LRU), never by reference. Single indicators (SCORE, INDICATOR) are cheap enough to
 * compute each time.
 */
import { rate, rateIndicator, type RatingInput, type RatingResult } from "../engine";
import type { CompiledModel } from "../model";
import { modelRefOf, registryGeneration, resolveModel } from "./activeModel";
import { readAnswers, readStatements, toInput } from "./blocks";
import { fail } from "./toExcelError";

export interface RatedBlock {
  readonly model: CompiledModel;
  readonly input: RatingInput;
  readonly result: RatingResult;
}

let limit = 64;
const memo = new Map<string, RatedBlock>();

/** Sets how many blocks' results are kept (0 turns memoization off; the benchmark compares both). */
export function setMemoLimit(n: number): void {
  limit = Math.max(0, Math.floor(n));
  memo.clear();
}

function keyOf(statements: unknown, answers: unknown, model: unknown, id: string): string {
  return `${registryGeneration()}\u0000${id}\u0000${JSON.stringify([statements, answers, model ?? null])}`;
}

function compute(statements: unknown, answers: unknown, modelArg: unknown, id: string): RatedBlock {
  const block = readStatements(statements);
  const model = resolveModel(block.model ?? modelRefOf(modelArg));
  if ("error" in model) return fail(model);
  const input = toInput(block, model, answers === undefined ? {} : readAnswers(answers, model));
  return { model, input, result: id ? rateIndicator(model, input, id) : rate(model, input) };
}

/**
 * The engine's result for a statements block (and answers, when given). Without answers the qualitative items are
 * unanswered: indicator scores and ratios are still there; the total and grades are not.
 * @throws CustomFunctions.Error when the block or the model it names cannot be used.
 */
export function rateBlock(statements: unknown, answers?: unknown, modelArg?: unknown): RatedBlock {
  return memoized(statements, answers, modelArg, "");
}

/**
 * One quantitative indicator of a statements block (the engine's `rateIndicator`: the same reading and scoring as a
 * full rating, without the other indicators), for RATING.SCORE and RATING.INDICATOR.
 * @throws CustomFunctions.Error when the block or the model it names cannot be used.
 */
export function rateBlockIndicator(statements: unknown, id: string): RatedBlock {
  // Not memoized: one indicator costs about as much as the memo's key (bench/results/functions.json).
  return compute(statements, undefined, undefined, id);
}

function memoized(
  statements: unknown,
  answers: unknown,
  modelArg: unknown,
  id: string
): RatedBlock {
  if (limit === 0) return compute(statements, answers, modelArg, id);
  const key = keyOf(statements, answers, modelArg, id);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const rated = compute(statements, answers, modelArg, id);
  memo.set(key, rated);
  if (memo.size > limit) memo.delete(memo.keys().next().value as string);
  return rated;
}
