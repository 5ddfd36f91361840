/**
 * The worked-case format of shared/domain/cases (client, unit, statements, qualitative, expected) as engine input.
 * Pure: used by the command, the golden tests and the sample generator.
 */
import type { RatingInput } from "../engine";

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
