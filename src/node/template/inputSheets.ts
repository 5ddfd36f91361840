/**
 * The sheets an officer fills: 基本信息 (client, unit — required —, date, officer, and the model the template was
 * built for) and the two statement sheets (current and prior year columns for every line item of the model).
 */
import type ExcelJS from "exceljs";
import type { CompiledModel } from "../../model";
import type { Period } from "../../model/types";
import { columnLetter } from "../csvClients";
import { CLIENT_NAMES, MODEL_NAMES, inputName, modelPeriods } from "../workbookNames";
import type { DataLayout } from "./dataSheet";
import { abs, FMT, type TemplateWriter } from "./writer";

export const INFO_SHEET = "基本信息";
export const BALANCE_SHEET = "资产负债表";
export const INCOME_SHEET = "利润及现金流量";

/** Cells of 基本信息 the other sheets refer to (absolute references). */
export interface InfoCells {
  readonly name: string;
  readonly industry: string;
  readonly type: string;
  readonly unit: string;
  readonly modelId: string;
  readonly modelVersion: string;
}

const list = (formula: string, prompt: string): ExcelJS.DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: "请从列表中选择",
  error: prompt,
  showInputMessage: true,
  promptTitle: "请选择",
  prompt,
});

/** Writes 基本信息. */
export function writeInfoSheet(w: TemplateWriter, data: DataLayout): InfoCells {
  const m = w.model;
  const f = w.fill?.input;
  const ws = w.sheet(INFO_SHEET, [16, 44, 44]);
  w.title(ws, "客户信用等级评定 — 基本信息", 3);
  ws.getCell("A2").value =
    "带 * 的为必填项。报表单位必须选择（万元或元），不设默认值：选错会造成一万倍的误差。";
  ws.mergeCells("A2:C2");
  ws.getCell("A2").alignment = { wrapText: true };
  ws.getRow(2).height = 30;
  w.header(ws, 3, ["项目", "内容", "说明"]);
  const labelOf = (id: string | undefined, all: { id: string; label: { zh: string } }[]) =>
    all.find((x) => x.id === id)?.label.zh ?? id;
  const types = [...m.doc.clientTypes.rated, ...m.doc.clientTypes.unrated];
  const rows: [string, string, unknown, string, ExcelJS.DataValidation | null, string?][] = [
    ["客户名称 *", CLIENT_NAMES.name, f?.client.name, "与营业执照一致", null],
    [
      "行业 *",
      CLIENT_NAMES.industry,
      labelOf(f?.client.industry, m.doc.scorecards),
      "决定使用的评分卡（标准值）",
      list(data.industryList, "请选择行业（评分卡）"),
    ],
    [
      "客户类型 *",
      CLIENT_NAMES.type,
      labelOf(f?.client.type, types),
      "行政事业单位、新成立企业等不评级，由总行认定",
      list(data.typeList, "请选择客户类型"),
    ],
    [
      "报表单位 *",
      CLIENT_NAMES.unit,
      f?.unit,
      "必填：万元或元",
      { ...list(data.unitList, "报表单位必填：请选择万元或元"), allowBlank: false },
    ],
    [
      "评级日期",
      CLIENT_NAMES.date,
      undefined,
      "",
      {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        error: "请输入日期",
      },
      FMT.date,
    ],
    ["客户经理", CLIENT_NAMES.officer, undefined, "", null],
  ];
  rows.forEach(([label, name, value, note, dv, fmt], i) => {
    const r = 4 + i;
    w.text(ws, `A${r}`, label);
    w.input(ws, `B${r}`, name, value, fmt);
    if (dv) ws.getCell(`B${r}`).dataValidation = dv;
    w.text(ws, `C${r}`, note);
  });
  ws.getCell("A7").font = { bold: true, color: { argb: "FFC00000" } };
  ws.addConditionalFormatting({
    ref: "B7",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["ISBLANK($B$7)"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  w.header(ws, 11, ["评级模型", "", ""]);
  const model: [string, string, string][] = [
    ["模型编号", MODEL_NAMES.id, m.doc.modelId],
    ["模型版本", MODEL_NAMES.version, m.doc.modelVersion],
    ["模型指纹", MODEL_NAMES.fingerprint, m.fingerprint],
  ];
  model.forEach(([label, name, value], i) => {
    const r = 12 + i;
    w.text(ws, `A${r}`, label);
    w.text(ws, `B${r}`, value);
    w.name(name, ws, `B${r}`);
  });
  w.text(ws, "C12", m.doc.title.zh);
  w.text(ws, "C13", `生效日期 ${m.doc.effective}`);
  w.text(ws, "C14", "SHA-256（RFC 8785），由模板生成脚本写入");
  ws.getRow(14).height = 30;
  ws.pageSetup.printArea = "A1:C14";
  const a = (addr: string) => abs(INFO_SHEET, addr);
  return {
    name: a("B4"),
    industry: a("B5"),
    type: a("B6"),
    unit: a("B7"),
    modelId: a("B12"),
    modelVersion: a("B13"),
  };
}

const PERIOD_HEAD: Record<Period, { balance: string; flow: string }> = {
  cur: { balance: "本年末", flow: "本年" },
  pri: { balance: "上年末", flow: "上年" },
  pri2: { balance: "前年末", flow: "前年" },
};

/** Writes one statement sheet; returns the absolute reference of every input by `period.item`. */
export function writeStatementSheet(
  w: TemplateWriter,
  sheet: string,
  statements: readonly string[],
  info: InfoCells
): Map<string, string> {
  const m: CompiledModel = w.model;
  const periods = modelPeriods(m);
  const ws = w.sheet(sheet, [30, 22, ...periods.map(() => 20)]);
  const span = 2 + periods.length;
  w.title(ws, sheet, span);
  w.formula(
    ws,
    "A2",
    `"单位："&IF(ISBLANK(${info.unit}),"（请在基本信息中选择）",${info.unit})`,
    () => `单位：${w.fill?.input.unit ?? "（请在基本信息中选择）"}`
  );
  ws.getCell("A2").border = {};
  const kind = statements[0] === "balance" ? "balance" : "flow";
  w.header(ws, 3, ["项目", "代码", ...periods.map((p) => PERIOD_HEAD[p][kind])]);
  const refs = new Map<string, string>();
  const items = [...m.lineItems.values()].filter((l) => statements.includes(l.statement));
  items.forEach((item, i) => {
    const r = 4 + i;
    w.text(ws, `A${r}`, item.label.zh);
    w.text(ws, `B${r}`, item.id);
    periods.forEach((p, j) => {
      const address = `${columnLetter(2 + j)}${r}`;
      const value = w.fill?.input.statements[p]?.[item.id];
      w.input(ws, address, inputName(p, item.id), value, FMT.amount);
      refs.set(inputName(p, item.id), abs(sheet, address));
    });
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  ws.pageSetup.printArea = `A1:${columnLetter(span - 1)}${3 + items.length}`;
  ws.pageSetup.printTitlesRow = "3:3";
  return refs;
}
