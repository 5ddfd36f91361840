/**
 * 定性评价 (each item, its anchors as a dropdown, points via RATING.OPTION, a note) and 评价计算表 (per indicator:
 * 指标, 计算公式说明, 标准值, 满分, 实际值 = RATING.INDICATOR, 得分 = RATING.SCORE; dimension subtotals, total, model
 * grade, caps with reasons, final grade, approval route, next grade — all RATING formulas over 计算数据).
 */
import type ExcelJS from "exceljs";
import { readAnswer, type IndicatorResult, type RatingResult } from "../../engine";
import { answerName, noteName, RESULT_NAMES } from "../workbookNames";
import { anchorText, type DataLayout } from "./dataSheet";
import type { InfoCells } from "./inputSheets";
import { ruleText } from "./ruleText";
import { abs, FMT, NA, type Cached, type TemplateWriter } from "./writer";

export const QUAL_SHEET = "定性评价";
export const CALC_SHEET = "评价计算表";

const num = (c: number | null | undefined): Cached =>
  c === null || c === undefined ? NA : c / 100;

/** Writes 定性评价; returns each item's answer cell and points cell (absolute references). */
export function writeQualitativeSheet(
  w: TemplateWriter,
  data: DataLayout
): { answers: Map<string, string>; points: Map<string, string> } {
  const m = w.model;
  const ws = w.sheet(QUAL_SHEET, [8, 20, 12, 44, 10, 8, 36], true);
  w.title(ws, "定性评价", 7);
  ws.getCell("A2").value = "每项从下拉列表中选择一个选项；得分由 RATING.OPTION 按评级模型给出。";
  w.header(ws, 3, ["编号", "指标", "所属维度", "评价选项", "得分", "满分", "说明"]);
  const answers = new Map<string, string>();
  const points = new Map<string, string>();
  m.qualitative.forEach((q, i) => {
    const r = 4 + i;
    const raw = w.fill?.input.answers[q.id];
    const key = raw === undefined || raw === null ? undefined : readAnswer(m, q.id, raw).key;
    const anchor = q.anchors.find((a) => a.key === key);
    w.text(ws, `A${r}`, q.id);
    w.text(ws, `B${r}`, q.label.zh);
    w.text(
      ws,
      `C${r}`,
      m.doc.dimensions.find((d) => d.id === q.dimension)?.label.zh ?? q.dimension
    );
    w.input(ws, `D${r}`, answerName(q.id), anchor ? anchorText(anchor.key, anchor.label.zh) : raw);
    ws.getCell(`D${r}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [data.anchorList.get(q.id)!],
      showErrorMessage: true,
      error: `请从列表中选择 ${q.id} ${q.label.zh} 的选项`,
    };
    w.formula(
      ws,
      `E${r}`,
      `RATING.OPTION("${q.id}",IF(ISBLANK(D${r}),"",D${r}))`,
      () => (anchor ? anchor.points : NA),
      FMT.score
    );
    w.text(ws, `F${r}`, q.max, FMT.score);
    w.input(ws, `G${r}`, noteName(q.id), undefined);
    answers.set(q.id, abs(QUAL_SHEET, `D${r}`));
    points.set(q.id, abs(QUAL_SHEET, `E${r}`));
  });
  ws.views = [{ state: "frozen", ySplit: 3 }];
  ws.pageSetup.printArea = `A1:G${3 + m.qualitative.length}`;
  return { answers, points };
}

/** Writes 评价计算表. */
export function writeCalcSheet(
  w: TemplateWriter,
  data: DataLayout,
  info: InfoCells,
  qual: { answers: Map<string, string>; points: Map<string, string> }
): ExcelJS.Worksheet {
  const m = w.model;
  const res: RatingResult | undefined = w.fill?.result;
  const ws = w.sheet(CALC_SHEET, [10, 7, 20, 36, 46, 8, 20, 9], true);
  w.title(ws, "客户评价标准表及计算表", 8);
  w.formula(ws, "A2", `"客户："&${info.name}`, () => `客户：${w.fill?.input.client.name ?? ""}`);
  ws.mergeCells("A2:D2");
  w.text(ws, "E2", `模型 ${m.doc.modelId} ${m.doc.modelVersion}（${m.doc.title.zh}）`);
  ws.mergeCells("E2:H2");
  w.header(ws, 3, ["维度", "编号", "指标", "计算公式说明", "标准值", "满分", "实际值", "得分"]);
  const S = data.statements;
  const A = data.answers;
  const ind = (id: string): IndicatorResult | undefined => res?.indicators.find((i) => i.id === id);
  let r = 4;
  for (const dim of m.doc.dimensions) {
    for (const ci of m.indicators.filter((x) => x.def.dimension === dim.id)) {
      const d = ci.def;
      w.text(ws, `A${r}`, dim.label.zh);
      w.text(ws, `B${r}`, d.id);
      w.text(ws, `C${r}`, d.label.zh);
      w.text(ws, `D${r}`, d.formulaText.zh);
      const first = [...m.scorecards.values()][0];
      w.formula(
        ws,
        `E${r}`,
        `IFERROR(INDEX(${data.standardRow.get(d.id)},1,MATCH(${info.industry},${data.standardHead},0)),INDEX(${data.standardRow.get(d.id)},1,1))`,
        () => {
          const sc = (res?.scorecard && m.scorecards.get(res.scorecard)) || first;
          return ruleText(sc.rules.get(d.id)!, d.display);
        }
      );
      w.text(ws, `F${r}`, d.max, FMT.score);
      // Two lines fit every 标准值 of the default model; Excel and Calc do not grow rows on open.
      ws.getRow(r).height = 30;
      const fmt =
        d.display === "ratio" ? FMT.ratio : d.display === "amount" ? FMT.amount : FMT.times;
      w.formula(ws, `G${r}`, `RATING.INDICATOR("${d.id}",${S})`, () => ind(d.id)?.ratio ?? NA, fmt);
      w.formula(
        ws,
        `H${r}`,
        `RATING.SCORE("${d.id}",${S})`,
        () => num(ind(d.id)?.score),
        FMT.score
      );
      r++;
    }
    for (const q of m.qualitative.filter((x) => x.dimension === dim.id)) {
      w.text(ws, `A${r}`, dim.label.zh);
      w.text(ws, `B${r}`, q.id);
      w.text(ws, `C${r}`, q.label.zh);
      w.text(ws, `D${r}`, "定性评价（见“定性评价”表）");
      ws.getRow(r).height = 30;
      w.text(ws, `E${r}`, q.anchors.map((a) => `${a.key}.${+a.points.toFixed(2)}分`).join(" "));
      w.text(ws, `F${r}`, q.max, FMT.score);
      const ans = qual.answers.get(q.id)!;
      w.formula(ws, `G${r}`, `IF(ISBLANK(${ans}),"",${ans})`, () => {
        const a = q.anchors.find((x) => x.key === ind(q.id)?.answer);
        const raw = w.fill?.input.answers[q.id];
        return a
          ? anchorText(a.key, a.label.zh)
          : raw === undefined || raw === null
            ? ""
            : String(raw);
      });
      w.formula(
        ws,
        `H${r}`,
        `RATING.OPTION("${q.id}",IF(ISBLANK(${ans}),"",${ans}))`,
        () => num(ind(q.id)?.score),
        FMT.score
      );
      r++;
    }
    w.text(ws, `C${r}`, `${dim.label.zh} 小计`);
    ws.getCell(`C${r}`).font = { bold: true };
    w.text(ws, `F${r}`, dim.points, FMT.score);
    w.formula(
      ws,
      `H${r}`,
      `RATING.RATE(${S},${A},"${dim.id}")`,
      () => num(res?.dimensions.find((x) => x.id === dim.id)?.score),
      FMT.score
    );
    ws.getCell(`H${r}`).font = { bold: true };
    r++;
  }
  r = writeSummary(w, ws, r + 1, S, A);
  ws.views = [{ state: "frozen", ySplit: 3 }];
  ws.pageSetup.printArea = `A1:H${r - 1}`;
  ws.pageSetup.printTitlesRow = "3:3";
  return ws;
}

function writeSummary(
  w: TemplateWriter,
  ws: ExcelJS.Worksheet,
  start: number,
  S: string,
  A: string
): number {
  const m = w.model;
  const res = w.fill?.result;
  const rated = res?.status === "rated";
  let r = start;
  const line = (
    label: string,
    formula: string,
    cached: () => Cached,
    name?: string,
    fmt?: string
  ): void => {
    w.text(ws, `C${r}`, label);
    ws.getCell(`C${r}`).font = { bold: true };
    ws.mergeCells(`D${r}:G${r}`);
    w.formula(ws, `D${r}`, formula, cached, fmt);
    if (name) w.name(name, ws, `D${r}`);
    r++;
  };
  const rate = (field: string): string => `RATING.RATE(${S},${A},"${field}")`;
  line("合计", rate("total"), () => num(res?.total), RESULT_NAMES.total, FMT.score);
  line("模型等级", rate("modelGrade"), () => res?.modelGrade ?? NA, RESULT_NAMES.modelGrade);
  w.header(ws, r, ["", "", "限定条件", "条件（最高等级）", "", "", "", "是否触发"]);
  r++;
  for (const cap of m.doc.caps) {
    w.text(ws, `B${r}`, cap.id);
    w.text(ws, `C${r}`, cap.label.zh);
    ws.mergeCells(`D${r}:G${r}`);
    w.text(ws, `D${r}`, cap.tiers.map((t) => t.reason.zh).join("；"));
    ws.getRow(r).height = 30;
    const fired = res?.caps.find((c) => c.id === cap.id);
    w.formula(
      ws,
      `H${r}`,
      `IF(ISNUMBER(SEARCH(",${cap.id},",","&${rate("caps")}&",")),"触发","—")`,
      () => (rated ? (fired ? "触发" : "—") : NA)
    );
    r++;
  }
  ws.getRow(r).height = 45;
  line("触发的限定条件", rate("capReasons"), () =>
    rated ? res!.caps.map((c) => `${c.id} ${c.reason.zh}`).join("；") : NA
  );
  line("最终等级", rate("grade"), () => res?.grade ?? NA, RESULT_NAMES.grade);
  line("审批路径", rate("approval"), () => res?.approvalLabel?.zh ?? NA, RESULT_NAMES.approval);
  line("上一等级", rate("nextGrade"), () => (rated ? (res!.nextGrade?.grade ?? "") : NA));
  line(
    "距上一等级还差（分）",
    rate("pointsNeeded"),
    () => (rated ? (res!.nextGrade?.pointsNeeded ?? 0) / 100 : NA),
    undefined,
    FMT.score
  );
  return r;
}
