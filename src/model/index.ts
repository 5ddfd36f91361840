/** The rating-model document: schema, parsing, compilation, fingerprint and the bundled default. */
export { parseRatingModel, type ParseModelResult } from "./parse";
export {
  compileModel,
  type CompiledModel,
  type CompiledIndicator,
  type CompiledScorecard,
  type CompiledCap,
} from "./compile";
export { fingerprintOf, shortFingerprint } from "./fingerprint";
export { defaultModel, DEFAULT_MODEL_DOC } from "./defaultModel";
export { parseExpression, expressionInputs, type Expr } from "./expression";
export type { ModelIssue } from "./issues";
export * from "./types";
