/**
 * Every client in the files given to `credit-rating rate`, one at a time: a filled template (.xlsx), a case file
 * (.json, one case or an array) or a CSV (one client per row, streamed). A file that cannot be read yields one
 * record carrying its problems, so a batch goes on and the command reports it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RatingInput } from "../engine";
import type { CompiledModel } from "../model";
import { caseToInput, readCaseJson } from "./caseJson";
import { cachedRatingFormulas, type CachedFormula } from "./cachedResults";
import { readCsvRows } from "./csv";
import { csvRowToInput, parseCsvHeader } from "./csvClients";
import { sniffFile } from "./fileKind";
import { problem, type FileProblem } from "./fileProblem";
import { readWorkbookClient } from "./xlsxClient";
import { readConstantNames } from "./xlsxConstants";
import { openWorkbook } from "./xlsxWorkbook";

/** One client to rate, or the reason a file (or row) could not be read. */
export interface ClientRecord {
  readonly file: string;
  /** CSV row number (header = 1) or index in a JSON array (1-based); null for a single client. */
  readonly row: number | null;
  readonly input: RatingInput | null;
  readonly problems: readonly FileProblem[];
  readonly warnings: readonly FileProblem[];
  /** RATING formulas with cached results (filled .xlsx saved by Excel). */
  readonly cached: readonly CachedFormula[];
}

const unreadable = (file: string, p: FileProblem, row: number | null = null): ClientRecord => ({
  file,
  row,
  input: null,
  problems: [p],
  warnings: [],
  cached: [],
});

/**
 * Yields the clients of one file.
 * @example for await (const c of readClients("clients.csv", model)) rate(model, c.input!)
 */
export async function* readClients(
  file: string,
  model: CompiledModel
): AsyncGenerator<ClientRecord> {
  const kind = sniffFile(file);
  if ("problem" in kind) {
    yield unreadable(file, kind.problem);
    return;
  }
  if (kind.kind === "json") {
    const r = readCaseJson(fs.readFileSync(file, "utf8"));
    if (!r.ok) {
      yield unreadable(
        file,
        problem(r.code, `${file}：${r.message.zh}`, `${file}: ${r.message.en}`)
      );
      return;
    }
    const many = r.cases.length > 1;
    for (const [i, c] of r.cases.entries())
      yield {
        file,
        row: many ? i + 1 : null,
        input: caseToInput(c),
        problems: [],
        warnings: [],
        cached: [],
      };
    return;
  }
  if (kind.kind === "csv") {
    yield* readCsvClients(file, model);
    return;
  }
  const opened = await openWorkbook(file);
  if (!opened.ok) {
    yield unreadable(file, opened.problem);
    return;
  }
  let c = readWorkbookClient(model, opened.workbook);
  // Names the task pane bound to constants (exceljs drops them) are read only when something is missing.
  if (c.problems.some((p) => p.code === "MISSING_NAME")) {
    const constants = await readConstantNames(file);
    if (constants.size > 0) c = readWorkbookClient(model, opened.workbook, constants);
  }
  yield {
    file,
    row: null,
    input: c.problems.length ? null : c.input,
    problems: c.problems,
    warnings: c.warnings,
    cached: c.problems.length ? [] : cachedRatingFormulas(opened.workbook),
  };
}

async function* readCsvClients(file: string, model: CompiledModel): AsyncGenerator<ClientRecord> {
  const label = path.basename(file);
  let header: ReturnType<typeof parseCsvHeader> | null = null;
  let warned: FileProblem[] = [];
  for await (const r of readCsvRows(file)) {
    if (!header) {
      header = parseCsvHeader(model, r.fields);
      if (!header.columns.some((c) => c && c.kind === "input")) {
        yield unreadable(
          file,
          problem(
            "CSV_NO_COLUMNS",
            `${label} 第 1 行不是表头：找不到报表项目列（如 cur.total_assets、pri.total_assets）`,
            `${label} row 1 is not a header: no line-item columns (such as cur.total_assets, pri.total_assets)`
          )
        );
        return;
      }
      if (header.unknown.length)
        warned = [
          problem(
            "CSV_UNKNOWN_COLUMN",
            `${label} 有未识别的列，已忽略：${header.unknown.join("、")}`,
            `${label} has columns the model does not know, ignored: ${header.unknown.join(", ")}`
          ),
        ];
      continue;
    }
    yield {
      file,
      row: r.row,
      input: csvRowToInput(header, r.fields, r.row, label),
      problems: [],
      warnings: warned,
      cached: [],
    };
    warned = [];
  }
}
