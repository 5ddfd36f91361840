/**
 * A filled template (.xlsx) as engine input, found entirely by defined names (CONTRACTS §1), with the cell of every
 * value so that messages say where to look (`资产负债表!C5`). A missing sheet or name, or a workbook built for another
 * model, is a problem naming the field and the cell; §4 text-as-number rules are the engine's.
 */
import type ExcelJS from "exceljs";
import type { RatingInput } from "../engine";
import type { CompiledModel } from "../model";
import { describeInput } from "../engine";
import { problem, type FileProblem } from "./fileProblem";
import { CLIENT_NAMES, MODEL_NAMES, answerName, inputNames, modelPeriods } from "./workbookNames";
import { cellInput, definedNames, parseCellRef, type NamedCell } from "./xlsxWorkbook";

export interface WorkbookClient {
  readonly input: RatingInput;
  /** Problems that stop the rating (missing sheet or name, another model). */
  readonly problems: FileProblem[];
  /** Shown, never stop the rating (e.g. the model document changed under the same version). */
  readonly warnings: FileProblem[];
  readonly model: { id: unknown; version: unknown; fingerprint: unknown };
}

/** Resolves names to cells, recording a problem for each missing or broken one. */
class NameReader {
  readonly problems: FileProblem[] = [];
  private readonly names: Map<string, string>;

  constructor(private readonly workbook: ExcelJS.Workbook) {
    this.names = definedNames(workbook);
  }

  cell(name: string, what: string, whatEn: string): NamedCell | null {
    const range = this.names.get(name);
    if (range === undefined) {
      this.problems.push(
        problem(
          "MISSING_NAME",
          `缺少定义名称 ${name}（${what}）：工作簿不是本模板或名称已被删除`,
          `defined name ${name} (${whatEn}) is missing: not this template, or the name was deleted`,
          { name }
        )
      );
      return null;
    }
    const ref = parseCellRef(range);
    if (!ref) {
      this.problems.push(
        problem(
          "BROKEN_NAME",
          `定义名称 ${name}（${what}）指向无效位置：${range}`,
          `defined name ${name} (${whatEn}) points nowhere valid: ${range}`,
          { name }
        )
      );
      return null;
    }
    if (!this.workbook.getWorksheet(ref.sheet)) {
      this.problems.push(
        problem(
          "MISSING_SHEET",
          `缺少工作表“${ref.sheet}”（定义名称 ${name}，${what}，应在 ${ref.ref}）`,
          `sheet "${ref.sheet}" is missing (defined name ${name}, ${whatEn}, expected at ${ref.ref})`,
          { name, cell: ref.ref }
        )
      );
      return null;
    }
    return ref;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  value(ref: NamedCell | null): unknown {
    if (!ref) return null;
    return cellInput(this.workbook.getWorksheet(ref.sheet)!.getCell(ref.address).value);
  }
}

const text = (v: unknown): string | undefined =>
  v === null || v === undefined || String(v).trim() === "" ? undefined : String(v).trim();

/**
 * Reads one client from a filled template.
 * @example const c = readWorkbookClient(model, wb); if (c.problems.length === 0) rate(model, c.input);
 */
export function readWorkbookClient(
  model: CompiledModel,
  workbook: ExcelJS.Workbook,
  constants: ReadonlyMap<string, string | number> = new Map()
): WorkbookClient {
  const r = new NameReader(workbook);
  const cells: Record<string, string> = {};
  const read = (name: string, key: string, zh: string, en: string): unknown => {
    if (constants.has(name) && !r.has(name)) {
      cells[key] = `定义名称 ${name}`;
      return constants.get(name);
    }
    const ref = r.cell(name, zh, en);
    if (ref) cells[key] = ref.ref;
    return r.value(ref);
  };
  const client = {
    name: text(read(CLIENT_NAMES.name, "client.name", "客户名称", "client name")),
    industry: text(read(CLIENT_NAMES.industry, "client.industry", "行业", "industry")),
    type: text(read(CLIENT_NAMES.type, "client.type", "客户类型", "client type")),
  };
  const unit = read(CLIENT_NAMES.unit, "unit", "报表单位", "statement unit");
  const periods = new Set<string>(modelPeriods(model));
  const statements: Record<string, Record<string, unknown>> = {};
  for (const { key, period, item } of inputNames(model)) {
    if (!periods.has(period)) continue;
    const w = describeInput(key, model.lineItems.get(item)!.label);
    (statements[period] ??= {})[item] = read(key, key, w.zh, w.en);
  }
  const answers: Record<string, unknown> = {};
  for (const q of model.qualitative)
    answers[q.id] = read(answerName(q.id), q.id, `${q.id} ${q.label.zh}`, `${q.id} ${q.label.en}`);
  // A workbook the task pane bound (a bank's own sheet) may record no model: rate it under the model in use and
  // say so. One that records a model names the one it needs.
  const recorded = r.has(MODEL_NAMES.id) || constants.has(MODEL_NAMES.id);
  const optional = (name: string, zh: string, en: string): unknown =>
    r.has(name) || constants.has(name) ? read(name, name, zh, en) : null;
  const meta = {
    id: optional(MODEL_NAMES.id, "模型编号", "model id"),
    version: optional(MODEL_NAMES.version, "模型版本", "model version"),
    fingerprint: optional(MODEL_NAMES.fingerprint, "模型指纹", "model fingerprint"),
  };
  const problems = r.problems;
  const warnings: FileProblem[] = [];
  const want = `${model.doc.modelId} ${model.doc.modelVersion}`;
  const has = `${text(meta.id) ?? "?"} ${text(meta.version) ?? "?"}`;
  if (!recorded)
    warnings.push(
      problem(
        "MODEL_NOT_RECORDED",
        `工作簿没有记录评级模型（定义名称 model.id、model.version）：按当前模型 ${want} 评级`,
        `the workbook records no rating model (defined names model.id, model.version): rated under ${want}`
      )
    );
  else if (!problems.some((p) => p.name?.startsWith("model.")) && has !== want)
    problems.push(
      problem(
        "MODEL_MISMATCH",
        `工作簿按模型 ${has} 制作（${cells["model.id"]}），当前模型为 ${want}：模型 ${has} 不可用，请用 --model 指定该模型文件`,
        `the workbook was built for model ${has} (${cells["model.id"]}), the model in use is ${want}: model ${has} is not available; pass its document with --model`,
        { cell: cells["model.id"], name: MODEL_NAMES.id }
      )
    );
  else if (text(meta.fingerprint) && text(meta.fingerprint) !== model.fingerprint)
    warnings.push(
      problem(
        "MODEL_CHANGED",
        `工作簿记录的模型指纹（${cells["model.fingerprint"]}）与当前模型 ${want} 不同：模型文件在同一版本号下被修改过`,
        `the model fingerprint recorded in the workbook (${cells["model.fingerprint"]}) differs from model ${want}: the document changed under the same version`,
        { cell: cells["model.fingerprint"], name: MODEL_NAMES.fingerprint }
      )
    );
  if (problems.length > 0 && Object.keys(cells).length === 0)
    return {
      input: { client, unit, statements, answers, cells },
      problems: [
        problem(
          "NOT_TEMPLATE",
          "工作簿中没有评级所需的任何定义名称（如 cur.total_assets）：这不是总行模板。请用总行模板填报，或在任务窗格中把各项目绑定到单元格；credit-rating check-template 列出所需名称",
          "the workbook has none of the defined names rating needs (such as cur.total_assets): it is not the head-office template. Fill in the template, or bind the items to cells in the task pane; credit-rating check-template lists the names"
        ),
      ],
      warnings: [],
      model: meta,
    };
  return { input: { client, unit, statements, answers, cells }, problems, warnings, model: meta };
}
