/**
 * The hidden 计算数据 sheet (CONTRACTS §2): the statements block and the answers block the RATING formulas read —
 * every input passed through `IF(ISBLANK(x),"",x)` so a blank arrives as "" and never as 0 — and the lists the
 * dropdowns and the 标准值 column use.
 */
import type ExcelJS from "exceljs";
import type { CompiledModel } from "../../model";
import { columnLetter } from "../csvClients";
import { modelPeriods } from "../workbookNames";
import { ruleText } from "./ruleText";
import { abs, type Cached, type TemplateWriter } from "./writer";

export const DATA_SHEET = "计算数据";

/** Where each block sits on 计算数据, computed from the model. */
export interface DataLayout {
  /** `'计算数据'!$A$1:$C$19`: the statements argument. */
  readonly statements: string;
  /** `'计算数据'!$F$1:$G$8`: the answers argument. */
  readonly answers: string;
  readonly industryList: string;
  readonly typeList: string;
  readonly unitList: string;
  readonly anchorList: ReadonlyMap<string, string>;
  /** Per indicator: the row of its 标准值 texts; `standardHead` is the row of scorecard labels. */
  readonly standardRow: ReadonlyMap<string, string>;
  readonly standardHead: string;
}

const range = (c1: number, r1: number, c2: number, r2: number): string =>
  `${abs(DATA_SHEET, `${columnLetter(c1)}${r1}`)}:${`$${columnLetter(c2)}$${r2}`}`;

/** Computes the layout without writing anything (the other sheets need it first). */
export function dataLayout(model: CompiledModel): DataLayout {
  const periods = modelPeriods(model);
  const stmtRows = 5 + model.lineItems.size;
  const nq = model.qualitative.length;
  const anchorCol = 12;
  const anchorList = new Map(
    model.qualitative.map((q, i) => [
      q.id,
      range(anchorCol + i, 2, anchorCol + i, 1 + q.anchors.length),
    ])
  );
  const stdCol = anchorCol + nq + 1;
  const nsc = model.scorecards.size;
  const standardRow = new Map(
    model.indicators.map((ind, i) => [ind.def.id, range(stdCol + 1, i + 2, stdCol + nsc, i + 2)])
  );
  return {
    statements: range(0, 1, periods.length, stmtRows),
    answers: range(5, 1, 6, 1 + nq),
    industryList: range(8, 2, 8, 1 + nsc),
    typeList: range(
      9,
      2,
      9,
      1 + model.doc.clientTypes.rated.length + model.doc.clientTypes.unrated.length
    ),
    unitList: range(10, 2, 10, 3),
    anchorList,
    standardRow,
    standardHead: range(stdCol + 1, 1, stdCol + nsc, 1),
  };
}

/** The cells of the other sheets the blocks read. */
export interface DataSources {
  readonly unit: string;
  readonly industry: string;
  readonly type: string;
  readonly modelId: string;
  readonly modelVersion: string;
  /** By `period.item`. */
  readonly inputs: ReadonlyMap<string, string>;
  /** By item id: the answer cell. */
  readonly answers: ReadonlyMap<string, string>;
}

/** `"a. 国家鼓励发展、市场前景广阔"`: how a dropdown shows an anchor. */
export const anchorText = (key: string, label: string): string => `${key}. ${label}`;

/** Writes 计算数据 and hides it. `raw` gives a sample's value behind a reference, for the cached results. */
export function writeDataSheet(
  w: TemplateWriter,
  src: DataSources,
  raw: (ref: string) => unknown
): ExcelJS.Worksheet {
  const m = w.model;
  const ws = w.sheet(DATA_SHEET, [22, 16, 16, 16, 4, 8, 34]);
  ws.state = "hidden";
  const passBlank = (address: string, ref: string): void => {
    const v = raw(ref);
    w.formula(ws, address, `IF(ISBLANK(${ref}),"",${ref})`, (): Cached =>
      v === null || v === undefined ? "" : (v as Cached)
    );
  };
  const periods = modelPeriods(m);
  ["id", ...periods].forEach((h, i) => (ws.getCell(1, i + 1).value = h));
  const rows: [string, string][] = [
    ["unit", src.unit],
    ["industry", src.industry],
    ["client_type", src.type],
  ];
  rows.forEach(([id, ref], i) => {
    ws.getCell(i + 2, 1).value = id;
    passBlank(`B${i + 2}`, ref);
  });
  ws.getCell(5, 1).value = "model";
  passBlank("B5", src.modelId);
  passBlank("C5", src.modelVersion);
  [...m.lineItems.keys()].forEach((item, i) => {
    ws.getCell(6 + i, 1).value = item;
    periods.forEach((p, j) => {
      const ref = src.inputs.get(`${p}.${item}`)!;
      passBlank(`${columnLetter(1 + j)}${6 + i}`, ref);
    });
  });
  ws.getCell("F1").value = "id";
  ws.getCell("G1").value = "answer";
  m.qualitative.forEach((q, i) => {
    ws.getCell(2 + i, 6).value = q.id;
    const ref = src.answers.get(q.id)!;
    const v = raw(ref);
    w.formula(ws, `G${2 + i}`, `IF(ISBLANK(${ref}),"",${ref})`, () =>
      v === null || v === undefined ? "" : String(v)
    );
  });
  writeLists(w, ws);
  return ws;
}

function writeLists(w: TemplateWriter, ws: ExcelJS.Worksheet): void {
  const m = w.model;
  const column = (col: number, head: string, values: string[]): void => {
    ws.getCell(1, col + 1).value = head;
    values.forEach((v, i) => (ws.getCell(2 + i, col + 1).value = v));
  };
  const scorecards = [...m.scorecards.values()];
  column(
    8,
    "行业",
    scorecards.map((s) => s.label.zh)
  );
  column(
    9,
    "客户类型",
    [...m.doc.clientTypes.rated, ...m.doc.clientTypes.unrated].map((t) => t.label.zh)
  );
  column(10, "单位", ["万元", "元"]);
  m.qualitative.forEach((q, i) =>
    column(
      12 + i,
      q.id,
      q.anchors.map((a) => anchorText(a.key, a.label.zh))
    )
  );
  const stdCol = 12 + m.qualitative.length + 1;
  ws.getCell(1, stdCol + 1).value = "指标";
  scorecards.forEach((s, j) => (ws.getCell(1, stdCol + 2 + j).value = s.label.zh));
  m.indicators.forEach((ind, i) => {
    ws.getCell(2 + i, stdCol + 1).value = ind.def.id;
    scorecards.forEach(
      (s, j) =>
        (ws.getCell(2 + i, stdCol + 2 + j).value = ruleText(
          s.rules.get(ind.def.id)!,
          ind.def.display
        ))
    );
  });
}
