/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
// Loaded up front so the result step's lazy chart resolves inside act.
import "../../src/taskpane/components/ResultStep/DimensionChart";
import type { ReactElement } from "react";
import { rate } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { messages } from "../../src/i18n";
import { InputsStep } from "../../src/taskpane/components/InputsStep/InputsStep";
import { QualStep } from "../../src/taskpane/components/QualStep/QualStep";
import { ResultStep } from "../../src/taskpane/components/ResultStep/ResultStep";
import { toRatingInput } from "../../src/excel/input";
import type { WorkbookSnapshot } from "../../src/excel/types";
import { s02Names } from "../excel/s02Workbook";

const model = defaultModel();
const t = messages("zh-CN");
const ui = (el: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

function s02Snapshot(edit: Record<string, unknown> = {}): WorkbookSnapshot {
  const values: Record<string, never> = {};
  const cells: Record<string, string> = {};
  for (const n of s02Names(true)) {
    values[n.name] = (n.name in edit ? edit[n.name] : n.value === "" ? null : n.value) as never;
    cells[n.name] = n.address!.replace(/\$/g, "");
  }
  return { values, cells, audit: [], workbookName: "S02.xlsx" };
}

describe("InputsStep", () => {
  it("lists each missing item with a link that selects its cell", () => {
    const snap = s02Snapshot({ "cur.inventory": null, "statement.unit": "" });
    const result = rate(model, toRatingInput(model, snap));
    const onSelect = jest.fn();
    ui(
      <InputsStep
        t={t}
        lang="zh-CN"
        model={model}
        snapshot={snap}
        result={result}
        onSelect={onSelect}
        onReload={() => undefined}
      />
    );
    const list = screen.getByRole("list", { name: t.inputs.problems });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(list.textContent).toContain("缺少本年存货");
    fireEvent.click(screen.getByRole("button", { name: "定位单元格 资产负债表!C10" }));
    expect(onSelect).toHaveBeenCalledWith("资产负债表!C10");
  });

  it("renders workbook text as text, never as HTML", () => {
    const evil = '<img src=x onerror="alert(1)">江南';
    const snap = s02Snapshot({ "client.name": evil });
    const result = rate(model, toRatingInput(model, snap));
    const { container } = ui(
      <InputsStep
        t={t}
        lang="zh-CN"
        model={model}
        snapshot={snap}
        result={result}
        onSelect={() => undefined}
        onReload={() => undefined}
      />
    );
    expect(screen.getByText(evil)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
  });
});

describe("QualStep", () => {
  const props = {
    t,
    lang: "zh-CN" as const,
    items: model.qualitative,
    answers: { J1: "c" },
    note: () => "",
    noteHasCell: () => true,
    onNoteChange: jest.fn(),
    onMove: jest.fn(),
    onDone: jest.fn(),
  };

  it("shows one item with its anchors as radios naming the full wording and points", () => {
    const onChoose = jest.fn();
    const onNoteCommit = jest.fn();
    ui(<QualStep {...props} index={0} onChoose={onChoose} onNoteCommit={onNoteCommit} />);
    const group = screen.getByRole("radiogroup", { name: "J1 行业及市场前景" });
    const radios = within(group).getAllByRole("radio");
    expect(radios).toHaveLength(5);
    expect(
      screen.getByRole("radio", { name: "a. 国家鼓励发展、市场前景广阔（5 分）" })
    ).toBeTruthy();
    expect(
      (screen.getByRole("radio", { name: /前景一般（2.5 分）/ }) as HTMLInputElement).checked
    ).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: /前景良好/ }));
    expect(onChoose).toHaveBeenCalledWith("J1", "b");
    const note = screen.getByRole("textbox", { name: "说明" });
    fireEvent.blur(note);
    expect(onNoteCommit).toHaveBeenCalledWith("J1");
    expect((screen.getByRole("button", { name: "上一项" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    fireEvent.click(screen.getByRole("button", { name: "下一项" }));
    expect(props.onMove).toHaveBeenCalledWith(1);
  });

  it("ends on the last item with a button to the result", () => {
    ui(<QualStep {...props} index={6} onChoose={jest.fn()} onNoteCommit={jest.fn()} />);
    expect(screen.getByText("第 7 项，共 7 项")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "查看结果" }));
    expect(props.onDone).toHaveBeenCalled();
  });
});

describe("ResultStep", () => {
  const snap = s02Snapshot();
  const result = rate(model, toRatingInput(model, snap));
  const base = {
    t,
    lang: "zh-CN" as const,
    model,
    result,
    assignment: null,
    onClearAdjust: jest.fn(),
    onAssign: jest.fn(),
  };

  it("shows total, grades, the cap with its reason, approval and the gap to the next grade", async () => {
    ui(<ResultStep {...base} adjustment={null} onAdjust={jest.fn()} />);
    await act(async () => undefined);
    expect(await screen.findByRole("img", { name: "各维度得分" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "总分" }).textContent).toContain("67.71");
    expect(screen.getByRole("group", { name: "最终等级" }).textContent).toContain("BBB");
    expect(screen.getByRole("group", { name: "审定权限" }).textContent).toContain("支行审定");
    expect(screen.getByRole("group", { name: "触发的限定条件" }).textContent).toContain("C3");
    expect(screen.getByText(/距 A 还差 2.29 分/)).toBeTruthy();
  });

  it("requires a written reason for an adjustment", async () => {
    const onAdjust = jest.fn();
    ui(<ResultStep {...base} adjustment={null} onAdjust={onAdjust} />);
    await act(async () => undefined);
    const form = screen.getByRole("form", { name: "人工调整" });
    fireEvent.change(within(form).getByRole("combobox"), { target: { value: "BB" } });
    fireEvent.click(within(form).getByRole("button", { name: "提交调整" }));
    expect(onAdjust).not.toHaveBeenCalled();
    expect(screen.getByText("请填写调整理由")).toBeTruthy();
    fireEvent.change(within(form).getByRole("textbox"), { target: { value: "或有负债较大" } });
    fireEvent.click(within(form).getByRole("button", { name: "提交调整" }));
    expect(onAdjust).toHaveBeenCalledWith("BB", "或有负债较大");
  });

  it("keeps the computed grade beside an upward adjustment, which goes to head office", () => {
    const adjustment = {
      grade: "A",
      reason: "担保充足",
      by: "张三",
      at: "2026-12-03T09:00:00.000Z",
    };
    ui(<ResultStep {...base} adjustment={adjustment} onAdjust={jest.fn()} />);
    expect(screen.getByRole("group", { name: "系统计算等级" }).textContent).toContain("BBB");
    expect(screen.getByRole("group", { name: "调整后等级" }).textContent).toContain("A");
    expect(screen.getByRole("group", { name: "审定权限" }).textContent).toContain("总行审定");
    expect(screen.getByText("上调等级须报总行审定")).toBeTruthy();
  });

  it("shows the head-office assignment path for an unrated client type", () => {
    const unrated = rate(
      model,
      toRatingInput(model, s02Snapshot({ "client.type": "行政事业单位" }))
    );
    const onAssign = jest.fn();
    ui(
      <ResultStep
        {...base}
        result={unrated}
        adjustment={null}
        onAdjust={jest.fn()}
        onAssign={onAssign}
      />
    );
    expect(screen.getByText("该客户类型不适用统一评级标准，由总行认定等级")).toBeTruthy();
    expect(screen.getByRole("group", { name: "原因" }).textContent).toContain("行政事业单位");
    const form = screen.getByRole("form", { name: "总行认定等级" });
    fireEvent.change(within(form).getByRole("combobox"), { target: { value: "A" } });
    fireEvent.change(within(form).getByRole("textbox"), { target: { value: "财政全额拨款" } });
    fireEvent.click(within(form).getByRole("button", { name: "保存认定" }));
    expect(onAssign).toHaveBeenCalledWith("A", "财政全额拨款");
  });
});
