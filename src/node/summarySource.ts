/**
 * Builds a fresh `RatingSummary` from a filled template (.xlsx) or a case file (.json): rate it with the engine and
 * add the context the workbook holds (notes, rating date, name). Used by `credit-rating sign`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { rate } from "../engine";
import type { CompiledModel } from "../model";
import { buildSummary, type Person, type RatingSummary } from "../summary";
import { caseToInput, isCaseFile } from "./caseJson";
import { readWorkbookExtras } from "./summaryContext";
import { readWorkbookClient } from "./xlsxClient";
import { openWorkbook } from "./xlsxWorkbook";

export interface SourceOptions {
  readonly model: CompiledModel;
  readonly preparedBy: Person;
  readonly addinVersion: string;
  readonly createdAt: Date;
}

export async function summaryFromFile(
  file: string,
  opts: SourceOptions
): Promise<{ ok: true; summary: RatingSummary } | { ok: false; reason: string }> {
  const common = {
    model: opts.model,
    preparedBy: opts.preparedBy,
    addinVersion: opts.addinVersion,
  };
  if (file.toLowerCase().endsWith(".json")) {
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      return { ok: false, reason: `${file} 不是可读的 JSON` };
    }
    if (!isCaseFile(doc)) return { ok: false, reason: `${file} 不是案例文件` };
    const input = caseToInput(doc);
    return buildSummary({
      ...common,
      input,
      result: rate(opts.model, input),
      notes: doc.notes,
      workbook: path.basename(file),
      createdAt: opts.createdAt,
    });
  }
  const opened = await openWorkbook(file);
  if (!opened.ok) return { ok: false, reason: opened.problem.message.zh };
  const client = readWorkbookClient(opts.model, opened.workbook);
  if (client.problems.length) return { ok: false, reason: client.problems[0].message.zh };
  const extras = readWorkbookExtras(opts.model, opened.workbook);
  const doc = opts.model.doc;
  const r = buildSummary({
    ...common,
    input: client.input,
    result: rate(opts.model, client.input),
    notes: extras.notes,
    ratedOn: extras.ratedOn,
    workbook: path.basename(file),
    template: { id: doc.modelId, version: doc.modelVersion },
    createdAt: opts.createdAt,
  });
  return r;
}
