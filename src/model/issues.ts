/** A problem found in a model document: where (a JSON path such as `$.indicators[2].formula`) and what. */
export interface ModelIssue {
  readonly path: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/** Builds a JSON path from zod-style path segments: `["indicators", 2, "rule"]` → `$.indicators[2].rule`. */
export function jsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const s of segments) out += typeof s === "number" ? `[${s}]` : `.${String(s)}`;
  return out;
}

/** Shorthand for one issue. */
export function modelIssue(
  segments: ReadonlyArray<PropertyKey>,
  zh: string,
  en: string
): ModelIssue {
  return { path: jsonPath(segments), message: { zh, en } };
}
