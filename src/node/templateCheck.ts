/**
 * `check-template`: what a workbook offers the add-in and the command — which line items are bound by defined
 * name and which are missing, the model it was built for, RATING formulas on protected sheets (Excel cannot
 * re-enter them there when they show #NAME?), and formulas corrupted to `_xldudf_…` by other add-ins.
 */
import type ExcelJS from "exceljs";
import { describeInput } from "../engine";
import type { CompiledModel } from "../model";
import { CLIENT_NAMES, MODEL_NAMES, RESULT_NAMES, answerName, inputNames } from "./workbookNames";
import { cellInput, definedNames, parseCellRef } from "./xlsxWorkbook";

export interface Binding {
  readonly name: string;
  readonly label: string;
  /** `资产负债表!C5` when bound. */
  readonly cell: string | null;
  /** Why not bound: no such name, a broken reference, or a missing sheet. */
  readonly problem?: string;
  readonly required: boolean;
}

export interface TemplateReport {
  readonly bindings: Binding[];
  readonly model: {
    id: string | null;
    version: string | null;
    fingerprint: string | null;
    cell: string | null;
  };
  /** The model the command rates with, and whether the workbook names it. */
  readonly modelMatches: boolean;
  readonly modelChanged: boolean;
  readonly ratingFormulas: { sheet: string; count: number; protected: boolean }[];
  readonly corrupted: { cell: string; formula: string }[];
  readonly definedNameCount: number;
  readonly ok: boolean;
}

/** Inspects a workbook against a model. */
export function checkTemplate(
  model: CompiledModel,
  wb: ExcelJS.Workbook,
  constants: ReadonlyMap<string, string | number> = new Map()
): TemplateReport {
  const names = definedNames(wb);
  const required = new Set<string>();
  for (const sc of model.scorecards.values()) sc.requiredInputs.forEach((k) => required.add(k));
  const want: { name: string; label: string; required: boolean }[] = [
    { name: CLIENT_NAMES.name, label: "客户名称", required: false },
    { name: CLIENT_NAMES.industry, label: "行业", required: true },
    { name: CLIENT_NAMES.type, label: "客户类型", required: true },
    { name: CLIENT_NAMES.unit, label: "报表单位", required: true },
    ...inputNames(model).map(({ key, item }) => ({
      name: key,
      label: describeInput(key, model.lineItems.get(item)!.label).zh,
      required: required.has(key),
    })),
    ...model.qualitative.map((q) => ({
      name: answerName(q.id),
      label: `${q.id} ${q.label.zh}`,
      required: true,
    })),
    { name: MODEL_NAMES.id, label: "模型编号", required: true },
    { name: MODEL_NAMES.version, label: "模型版本", required: true },
    { name: MODEL_NAMES.fingerprint, label: "模型指纹", required: false },
    ...Object.values(RESULT_NAMES).map((n) => ({ name: n, label: "结果单元格", required: false })),
  ];
  const bindings: Binding[] = want.map((w) => {
    const range = names.get(w.name);
    const constant = constants.get(w.name);
    if (range === undefined && constant !== undefined)
      return { ...w, cell: `常量 ${JSON.stringify(constant)}` };
    if (range === undefined) return { ...w, cell: null, problem: "没有此定义名称" };
    const ref = parseCellRef(range);
    if (!ref) return { ...w, cell: null, problem: `指向无效位置 ${range}` };
    if (!wb.getWorksheet(ref.sheet))
      return { ...w, cell: null, problem: `工作表“${ref.sheet}”不存在` };
    return { ...w, cell: ref.ref };
  });
  const at = (name: string): { value: string | null; cell: string | null } => {
    const b = bindings.find((x) => x.name === name);
    if (!b?.cell) return { value: null, cell: null };
    if (!names.has(name)) return { value: String(constants.get(name)), cell: b.cell };
    const ref = parseCellRef(names.get(name)!)!;
    const v = cellInput(wb.getWorksheet(ref.sheet)!.getCell(ref.address).value);
    return {
      value: v === null || v === undefined || v === "" ? null : String(v).trim(),
      cell: b.cell,
    };
  };
  const id = at(MODEL_NAMES.id);
  const version = at(MODEL_NAMES.version);
  const fingerprint = at(MODEL_NAMES.fingerprint);
  const modelMatches = id.value === model.doc.modelId && version.value === model.doc.modelVersion;
  const modelChanged =
    modelMatches && fingerprint.value !== null && fingerprint.value !== model.fingerprint;

  const ratingFormulas: TemplateReport["ratingFormulas"] = [];
  const corrupted: TemplateReport["corrupted"] = [];
  wb.eachSheet((ws) => {
    let count = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const f = (cell.value as { formula?: string } | null)?.formula;
        if (typeof f !== "string") return;
        if (/_xldudf_/i.test(f)) corrupted.push({ cell: `${ws.name}!${cell.address}`, formula: f });
        if (/\bRATING\.[A-Z]+\s*\(/i.test(f)) count++;
      })
    );
    if (count > 0)
      ratingFormulas.push({
        sheet: ws.name,
        count,
        protected: Boolean(
          (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet
        ),
      });
  });
  const ok =
    bindings.every((b) => !b.required || b.cell !== null) &&
    modelMatches &&
    corrupted.length === 0 &&
    ratingFormulas.every((r) => !r.protected);
  return {
    bindings,
    model: {
      ...{ id: id.value, version: version.value, fingerprint: fingerprint.value },
      cell: id.cell,
    },
    modelMatches,
    modelChanged,
    ratingFormulas,
    corrupted,
    definedNameCount: names.size + constants.size,
    ok,
  };
}
