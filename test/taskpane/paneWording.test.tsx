/** @jest-environment jsdom */
/** What a new user reads: why 定量 is incomplete, numbers by display kind, caps and next-band wording, in both languages. */
import "./jsdomShims";
import { act, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import "../../src/taskpane/components/ResultStep/DimensionChart";
import type { ReactElement } from "react";
import { rate, type RatingInput } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { messages, type Lang } from "../../src/i18n";
import { caseToInput } from "../../src/node/caseJson";
import { QuantStep } from "../../src/taskpane/components/QuantStep/QuantStep";
import { formatIndicator } from "../../src/taskpane/components/QuantStep/formatIndicator";
import { ResultStep } from "../../src/taskpane/components/ResultStep/ResultStep";
import { loadCases } from "../helpers/cases";

const model = defaultModel();
const ui = (el: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
const input = (id: string): RatingInput =>
  caseToInput(loadCases().find((c) => c.case.startsWith(id))!);

describe("formatIndicator", () => {
  it("writes amounts with separators and 万元, ratios as percent, times with 2 decimals", () => {
    expect(formatIndicator(11400, "amount")).toBe("11,400.00 万元");
    expect(formatIndicator(-1234567.5, "amount")).toBe("-1,234,567.50 万元");
    expect(formatIndicator(0.125, "ratio")).toBe("12.50%");
    expect(formatIndicator(1, "times")).toBe("1.00");
    expect(formatIndicator(1.5, "times")).toBe("1.50");
    expect(formatIndicator(null, "times")).toBe("—");
  });
});

describe("QuantStep", () => {
  const quant = (i: RatingInput, lang: Lang = "zh-CN") =>
    ui(<QuantStep t={messages(lang)} lang={lang} model={model} result={rate(model, i)} />);

  it("says only the qualitative items are pending when every statement is there", () => {
    quant({ ...input("S02"), answers: {} });
    expect(screen.getByText("定性指标尚未作答，相关维度小计暂缺")).toBeTruthy();
    expect(screen.queryByText("资料不全，部分指标无法计算")).toBeNull();
  });

  it("keeps the missing-inputs message when a statement item is missing", () => {
    const i = input("S02");
    quant({ ...i, statements: { ...i.statements, cur: { ...i.statements.cur, inventory: null } } });
    expect(screen.getByText("资料不全，部分指标无法计算")).toBeTruthy();
  });

  it("shows amounts in 万元 with separators and standards with two decimals", () => {
    quant(input("S05"));
    const q1 = screen.getByRole("row", { name: /^Q1 / });
    expect(within(q1).getByText("18,400.00 万元")).toBeTruthy();
    const rows = screen.getAllByRole("row").filter((r) => within(r).queryAllByRole("cell").length);
    expect(rows).toHaveLength(14);
    for (const r of rows) {
      const [, value, standard] = within(r)
        .getAllByRole("cell")
        .map((c) => c.textContent);
      // Value and standard by the same formatter: always two decimals (no bare "1" beside "1.50").
      for (const text of [value, standard])
        expect(text).toMatch(/^(—|-?\d{1,3}(,\d{3})*\.\d\d( 万元|%)?)$/);
    }
  });
});

describe("ResultStep wording", () => {
  const base = {
    model,
    adjustment: null,
    assignment: null,
    onAdjust: jest.fn(),
    onClearAdjust: jest.fn(),
    onAssign: jest.fn(),
  };

  it("in English: ASCII colons, caps that did not lower the grade marked, the model grade's next band", async () => {
    const result = rate(model, input("S05"));
    ui(<ResultStep {...base} t={messages("en-US")} lang="en-US" result={result} />);
    await act(async () => undefined);
    const caps = within(screen.getByRole("group", { name: "Caps that fired" })).getAllByRole(
      "listitem"
    );
    expect(caps.map((li) => li.textContent)).toHaveLength(4);
    for (const li of caps) expect(li.textContent).not.toContain("：");
    // S05: model grade AA, final BBB; a cap at AA or better did not lower it, one at BBB did.
    for (const c of result.caps) {
      const li = caps.find((x) => x.textContent!.startsWith(`${c.id} `))!;
      const lowered = c.grade !== "AA" && c.grade !== "AAA";
      expect(li.textContent!.includes("(did not lower the grade)")).toBe(!lowered);
    }
    expect(
      screen.getByText(/the next band above the model grade; still capped by: C\d(, C\d)*$/)
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Submit adjustment" })).toBeTruthy();
  });

  it("in Chinese: S02's cap at its own grade is marked 未影响等级, and the next band is plain", async () => {
    const result = rate(model, input("S02"));
    ui(<ResultStep {...base} t={messages("zh-CN")} lang="zh-CN" result={result} />);
    await act(async () => undefined);
    const caps = within(screen.getByRole("group", { name: "触发的限定条件" })).getAllByRole(
      "listitem"
    );
    expect(caps.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^C3 .*（未影响等级）$/),
    ]);
    expect(screen.getByText(/^距 A 还差 2.29 分/)).toBeTruthy();
  });
});
