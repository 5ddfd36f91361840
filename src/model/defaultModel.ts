/** The bundled default model: the standard in ../shared/domain/RATING-STANDARD.md as a document. */
import doc from "./default/cccb-corporate-2026.1.json";
import { compileModel, type CompiledModel } from "./compile";
import { parseRatingModel } from "./parse";

let cached: CompiledModel | undefined;

/**
 * The default model `cccb-corporate` 2026.1, parsed and compiled once.
 * @throws Error if the bundled document is invalid (a build defect, caught by the tests).
 */
export function defaultModel(): CompiledModel {
  if (cached) return cached;
  const r = parseRatingModel(doc);
  if (!r.success)
    throw new Error(
      `bundled model invalid: ${r.issues.map((i) => `${i.path}: ${i.message.en}`).join("; ")}`
    );
  cached = compileModel(r.model);
  return cached;
}

/** The bundled default document, as published (for the template generator and the CLI's `--model` default). */
export const DEFAULT_MODEL_DOC: unknown = doc;
