/**
 * Rates the blocks a function was given, through the engine, memoized: a sheet asks for many fields, scores and
 * ratios of the same statements block, and each call gets its own copy of the range, so results are kept by the
 * block's content (a small LRU), never by reference.
 */
import { rate, type RatingInput, type RatingResult } from "../engine";
import type { CompiledModel } from "../model";
import { modelRefOf, registryGeneration, resolveModel } from "./activeModel";
import { readAnswers, readStatements, toInput } from "./blocks";
import { fail } from "./toExcelError";

export interface RatedBlock {
  readonly model: CompiledModel;
  readonly input: RatingInput;
  readonly result: RatingResult;
}

const LIMIT = 64;
const memo = new Map<string, RatedBlock>();

function keyOf(statements: unknown, answers: unknown, model: unknown): string {
  return `${registryGeneration()}\u0000${JSON.stringify([statements, answers, model ?? null])}`;
}

function compute(statements: unknown, answers: unknown, modelArg: unknown): RatedBlock {
  const block = readStatements(statements);
  const model = resolveModel(block.model ?? modelRefOf(modelArg));
  if ("error" in model) return fail(model);
  const input = toInput(block, model, answers === undefined ? {} : readAnswers(answers, model));
  return { model, input, result: rate(model, input) };
}

/**
 * The engine's result for a statements block (and answers, when given). Without answers the qualitative items are
 * unanswered: indicator scores and ratios are still there; the total and grades are not.
 * @throws CustomFunctions.Error when the block or the model it names cannot be used.
 */
export function rateBlock(statements: unknown, answers?: unknown, modelArg?: unknown): RatedBlock {
  const key = keyOf(statements, answers, modelArg);
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit);
    return hit;
  }
  const rated = compute(statements, answers, modelArg);
  memo.set(key, rated);
  if (memo.size > LIMIT) memo.delete(memo.keys().next().value as string);
  return rated;
}
