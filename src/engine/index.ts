/** The rating engine's public surface. Pure TypeScript: no Office, React, DOM or Node. */
export { rate } from "./rate";
export { rateIndicator } from "./rateIndicator";
export { scoreIndicator, type IndicatorOutcome, type Mode } from "./indicator";
export { gradeForTotal, worstGrade, approvalFor, nextGrade } from "./grade";
export { readNumber, type ReadValue } from "./readNumber";
export { readUnit, readAnswer } from "./inputs";
export { formatCents } from "./format";
export * from "./issues";
export * from "./types";
export { resultToJson, type ResultJson } from "./resultJson";
