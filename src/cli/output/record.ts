/** One client's outcome as the command prints it, in any format. */
import { resultToJson, type RatingResult, type ResultJson } from "../../engine";
import type { CachedMismatch } from "../../node/cachedResults";
import type { FileProblem } from "../../node/fileProblem";

export interface RatedRecord {
  readonly file: string;
  readonly row: number | null;
  /** Null when the file (or row) could not be read. */
  readonly result: RatingResult | null;
  readonly problems: readonly FileProblem[];
  readonly warnings: readonly FileProblem[];
  readonly mismatches: readonly CachedMismatch[];
}

/** `--format json`/`jsonl`: the engine's JSON plus file, row, client name, file problems and cached-value checks. */
export type RecordJson =
  | (ResultJson & {
      file: string;
      row: number | null;
      name: string;
      fileWarnings: { code: string; message: string; cell?: string }[];
      cachedMismatches: { cell: string; shows: string; expected: string; message: string }[];
    })
  | {
      file: string;
      row: number | null;
      status: "unreadable";
      grade: null;
      problems: { code: string; message: string; cell?: string; name?: string }[];
    };

const words = (p: FileProblem, lang: "zh" | "en") => ({
  code: p.code,
  message: p.message[lang],
  ...(p.cell ? { cell: p.cell } : {}),
  ...(p.name ? { name: p.name } : {}),
});

/** Projects a record to JSON; `lang` picks the words of messages. */
export function recordToJson(rec: RatedRecord, lang: "zh" | "en"): RecordJson {
  if (!rec.result)
    return {
      file: rec.file,
      row: rec.row,
      status: "unreadable",
      grade: null,
      problems: rec.problems.map((p) => words(p, lang)),
    };
  return {
    file: rec.file,
    row: rec.row,
    name: rec.result.client.name,
    ...resultToJson(rec.result, lang),
    fileWarnings: rec.warnings.map((p) => words(p, lang)),
    cachedMismatches: rec.mismatches.map((m) => ({
      cell: m.cell,
      shows: m.shows,
      expected: m.expected,
      message: m.message[lang],
    })),
  };
}

/** Whether a record counts against exit code 0: incomplete or unreadable. */
export const isProblem = (rec: RatedRecord): boolean =>
  rec.result === null || rec.result.status === "incomplete";
