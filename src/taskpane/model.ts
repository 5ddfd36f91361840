/**
 * The model the pane rates with: the bundled default document, compiled without re-validating it with zod at every
 * pane start (about 0.3 s at 4× CPU throttling). The same document passes `parseRatingModel` in the golden tests,
 * and test/taskpane/model.test.ts checks this is the very model `defaultModel()` returns.
 */
import { compileModel, type CompiledModel } from "../model/compile";
import doc from "../model/default/cccb-corporate-2026.1.json";
import type { RatingModel } from "../model/types";

let cached: CompiledModel | undefined;

export function paneModel(): CompiledModel {
  cached ??= compileModel(doc as unknown as RatingModel);
  return cached;
}
