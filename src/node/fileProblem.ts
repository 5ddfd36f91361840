/**
 * Why a file could not be read, as data: a code, words in both languages, and where (cell or defined name) when
 * known. The command prints these; nothing here throws for bad input.
 */
export type FileProblemCode =
  | "NOT_FOUND"
  | "UNSUPPORTED_TYPE"
  | "XLS_FORMAT"
  | "ENCRYPTED"
  | "CORRUPT"
  | "NOT_JSON"
  | "NOT_A_CASE"
  | "MODEL_FILE"
  | "MISSING_SHEET"
  | "MISSING_NAME"
  | "BROKEN_NAME"
  | "MODEL_MISMATCH"
  | "MODEL_CHANGED"
  | "MODEL_NOT_RECORDED"
  | "NOT_TEMPLATE"
  | "CSV_NO_COLUMNS"
  | "CSV_UNKNOWN_COLUMN";

export interface FileProblem {
  readonly code: FileProblemCode;
  readonly message: { readonly zh: string; readonly en: string };
  /** The cell (`资产负债表!C5`) or defined name the problem is about. */
  readonly cell?: string;
  readonly name?: string;
}

export const problem = (
  code: FileProblemCode,
  zh: string,
  en: string,
  where: { cell?: string; name?: string } = {}
): FileProblem => ({ code, message: { zh, en }, ...where });
