/**
 * The worked-case format of shared/domain/cases (client, unit, statements, qualitative, expected) as engine input.
 * Pure: used by the command, the golden tests and the sample generator.
 */
import type { RatingInput } from "../engine";
import { parseJsonText } from "./jsonText";

export interface CaseFile {
  case?: string;
  description?: string;
  client: { name?: string; industry?: string; type?: string };
  unit?: unknown;
  statements: {
    cur?: Record<string, unknown>;
    pri?: Record<string, unknown>;
    pri2?: Record<string, unknown>;
  };
  qualitative?: Record<string, unknown>;
  notes?: Record<string, string>;
  expected?: unknown;
}

/** True when `x` looks like a case document (the CLI uses it to tell a case from a model). */
export function isCaseFile(x: unknown): x is CaseFile {
  return typeof x === "object" && x !== null && "statements" in x && "client" in x;
}

export function caseToInput(c: CaseFile): RatingInput {
  return {
    client: { name: c.client?.name, industry: c.client?.industry, type: c.client?.type },
    unit: c.unit,
    statements: {
      cur: c.statements?.cur ?? {},
      pri: c.statements?.pri ?? {},
      pri2: c.statements?.pri2 ?? {},
    },
    answers: c.qualitative ?? {},
  };
}

/** What a `.json` file held: the cases in it, or why it cannot be rated. */
export type CaseJsonRead =
  | { ok: true; cases: CaseFile[] }
  | {
      ok: false;
      code: "NOT_JSON" | "NOT_A_CASE" | "MODEL_FILE";
      message: { zh: string; en: string };
    };

/**
 * Reads a `.json` file's text: one case object or an array of them.
 * @example readCaseJson('{"client":{},"statements":{}}') // { ok: true, cases: [ ... ] }
 */
export function readCaseJson(text: string): CaseJsonRead {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, code: "NOT_JSON", message: parsed.message };
  const data = parsed.data;
  if (
    typeof data === "object" &&
    data !== null &&
    (data as { kind?: unknown }).kind === "rating-model"
  )
    return {
      ok: false,
      code: "MODEL_FILE",
      message: {
        zh: "这是评级模型文件，不是客户数据：请用 --model 指定它",
        en: "this is a rating-model document, not client data: pass it with --model",
      },
    };
  const list = Array.isArray(data) ? data : [data];
  const bad = list.findIndex((x) => !isCaseFile(x));
  if (bad >= 0 || list.length === 0)
    return {
      ok: false,
      code: "NOT_A_CASE",
      message: {
        zh: `${Array.isArray(data) ? `第 ${bad + 1} 项` : "文件"}不是客户数据：需要 client 与 statements 字段`,
        en: `${Array.isArray(data) ? `item ${bad + 1}` : "the file"} is not client data: client and statements are required`,
      },
    };
  return { ok: true, cases: list as CaseFile[] };
}
