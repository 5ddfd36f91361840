/**
 * Generates the head-office template workbook for a model — or a filled sample, when given a client and the
 * engine's result — so the template and the model can never drift: rerun `npm run template` when the model changes
 * (test/template/stale.test.ts fails until you do).
 */
import ExcelJS from "exceljs";
import { rate, type RatingInput } from "../../engine";
import type { CompiledModel } from "../../model";
import { DATA_SHEET, dataLayout, writeDataSheet } from "./dataSheet";
import {
  BALANCE_SHEET,
  INCOME_SHEET,
  INFO_SHEET,
  writeInfoSheet,
  writeStatementSheet,
} from "./inputSheets";
import { CALC_SHEET, QUAL_SHEET, writeCalcSheet, writeQualitativeSheet } from "./ratingSheets";
import { TemplateWriter, type FillData } from "./writer";

/**
 * Builds the template (no `input`) or a filled sample (with `input`; formula cells then carry cached results).
 * @example const wb = buildTemplate(defaultModel()); await wb.xlsx.writeFile("template.xlsx");
 */
export function buildTemplate(model: CompiledModel, input?: RatingInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed dates keep the generated file's content a function of the model (and the sample) alone.
  const when = new Date(`${model.doc.effective}T00:00:00Z`);
  wb.creator = "credit-rating-addin";
  wb.lastModifiedBy = "credit-rating-addin";
  wb.created = when;
  wb.modified = when;
  wb.title = `客户评价标准表及计算表 ${model.doc.modelId} ${model.doc.modelVersion}`;
  wb.subject = model.doc.title.zh;
  wb.keywords = `${model.doc.modelId} ${model.doc.modelVersion} ${model.fingerprint}`;
  // Excel recomputes every formula when it opens the file (custom functions need the add-in loaded).
  wb.calcProperties.fullCalcOnLoad = true;
  const fill: FillData | undefined = input ? { input, result: rate(model, input) } : undefined;
  const w = new TemplateWriter(wb, model, fill);
  // Display order: inputs, the calculation sheet, 定性评价, and the hidden 计算数据 last.
  for (const name of [INFO_SHEET, BALANCE_SHEET, INCOME_SHEET, CALC_SHEET, QUAL_SHEET, DATA_SHEET])
    wb.addWorksheet(name);
  const data = dataLayout(model);
  const info = writeInfoSheet(w, data);
  const inputs = new Map([
    ...writeStatementSheet(w, BALANCE_SHEET, ["balance"], info),
    ...writeStatementSheet(w, INCOME_SHEET, ["income", "cashflow"], info),
  ]);
  const qual = writeQualitativeSheet(w, data);
  writeCalcSheet(w, data, info, qual);
  writeDataSheet(w, { ...info, inputs, answers: qual.answers }, (ref) => w.values.get(ref) ?? null);
  for (const n of w.names)
    wb.definedNames.add(`'${n.sheet}'!$${n.address.replace(/(\d+)$/, "$$$1")}`, n.name);
  return wb;
}
