/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App/App";
import { MemoryWorkbookPort } from "../../src/excel/MemoryWorkbookPort";
import { defaultModel } from "../../src/model";
import { S02, s02Memory } from "../excel/s02Workbook";

jest.setTimeout(30_000);

/** Clicks inside act, so the lazily loaded step it opens settles before the test looks. */
async function click(el: HTMLElement | Promise<HTMLElement>) {
  const target = await el;
  await act(async () => {
    fireEvent.click(target);
    await new Promise((r) => setTimeout(r, 0));
  });
}
const model = defaultModel();

async function answerAll(port: MemoryWorkbookPort) {
  await click(await screen.findByRole("tab", { name: "定性" }));
  for (const q of model.qualitative) {
    const key = S02.qualitative[q.id];
    const anchor = q.anchors.find((a) => a.key === key)!;
    await screen.findByRole("radiogroup", { name: `${q.id} ${q.label.zh}` });
    fireEvent.click(
      screen.getByRole("radio", { name: new RegExp(`^${key}\\. ${anchor.label.zh}（`) })
    );
    await waitFor(() =>
      expect(port.cell(`定性评价!C${3 + model.qualitative.indexOf(q)}`)).not.toBeNull()
    );
    const last = q === model.qualitative[model.qualitative.length - 1];
    await click(screen.getByRole("button", { name: last ? "查看结果" : "下一项" }));
  }
}

describe("App over the in-memory workbook", () => {
  it("asks for the profile once, then rates S02 through the steps and writes every answer to the workbook", async () => {
    const port = new MemoryWorkbookPort(s02Memory(false));
    const { unmount } = render(<App port={port} model={model} initialProfile={null} />);
    fireEvent.change(await screen.findByRole("textbox", { name: /姓名/ }), {
      target: { value: "张三" },
    });
    fireEvent.click(screen.getByRole("radio", { name: "客户经理" }));
    fireEvent.click(screen.getByRole("radio", { name: "支行" }));
    fireEvent.click(screen.getByRole("button", { name: "保存" }));
    expect(await screen.findByText("江南纺织有限公司")).toBeTruthy();
    expect(screen.getByText("资料齐全")).toBeTruthy();

    await answerAll(port);
    await waitFor(() =>
      expect(screen.getByRole("group", { name: "最终等级" }).textContent).toContain("BBB")
    );
    expect(screen.getByRole("group", { name: "审定权限" }).textContent).toContain("支行审定");
    expect(port.cell("定性评价!C3")).toBe("c. 前景一般");
    expect(port.cell("定性评价!C9")).toBe("b. 保留意见");
    const audit = port.workbook.sheets.find((s) => s.name === "_audit")!;
    expect(audit.visibility).toBe("veryHidden");
    expect(audit.cells.B3).toBe("张三");
    expect(audit.cells.C3).toBe("客户经理");

    // An adjustment is written to the workbook and survives closing the pane.
    fireEvent.change(screen.getByRole("combobox", { name: /调整后等级/ }), {
      target: { value: "BB" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /调整理由/ }), {
      target: { value: "行业下行" },
    });
    fireEvent.click(screen.getByRole("button", { name: "提交调整" }));
    await screen.findByRole("group", { name: "系统计算等级" });
    unmount();

    await act(async () => {
      render(
        <App
          port={port}
          model={model}
          initialProfile={{ name: "张三", role: "officer", level: "branch" }}
        />
      );
    });
    await click(await screen.findByRole("tab", { name: "结果" }));
    expect((await screen.findByRole("group", { name: "系统计算等级" })).textContent).toContain(
      "BBB"
    );
    expect(screen.getByRole("group", { name: "调整后等级" }).textContent).toContain("BB");
    expect(screen.getByText(/行业下行/)).toBeTruthy();
  });
});

describe("App: sheet changes, Excel's refusals, language", () => {
  const profile = { name: "张三", role: "officer" as const, level: "branch" as const };

  it("re-reads after sheet change events settle (debounced) and shows the new figures", async () => {
    const port = new MemoryWorkbookPort(s02Memory(true));
    render(<App port={port} model={model} initialProfile={profile} />);
    await click(await screen.findByRole("tab", { name: "结果" }));
    expect((await screen.findByRole("group", { name: "总分" })).textContent).toContain("67.71");
    jest.useFakeTimers();
    try {
      // Two edits in a burst (a paste): one read once they settle. Total assets 42000 → 36000 lifts Q3.
      await act(async () => {
        await port.edit({ "资产负债表!C5": 40000 });
        await port.edit({ "资产负债表!C5": 36000 });
      });
      expect(screen.getByRole("group", { name: "总分" }).textContent).toContain("67.71");
      await act(async () => {
        jest.advanceTimersByTime(300);
      });
    } finally {
      jest.useRealTimers();
    }
    await waitFor(() =>
      expect(screen.getByRole("group", { name: "总分" }).textContent).not.toContain("67.71")
    );
  });

  it("shows a protected sheet to the officer in words, with Excel's detail", async () => {
    const port = new MemoryWorkbookPort(s02Memory(false));
    port.protectedSheets.add("定性评价");
    render(<App port={port} model={model} initialProfile={profile} />);
    await click(await screen.findByRole("tab", { name: "定性" }));
    fireEvent.click(await screen.findByRole("radio", { name: /^a\. 国家鼓励发展/ }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("工作表受保护，无法写入");
    expect(alert.textContent).toContain("定性评价!C3");
    expect(port.cell("定性评价!C3")).toBeNull();
  });

  it("switches to English on request", async () => {
    const port = new MemoryWorkbookPort(s02Memory(true));
    render(<App port={port} model={model} initialProfile={profile} />);
    fireEvent.click(await screen.findByRole("button", { name: "English" }));
    expect(await screen.findByRole("tab", { name: "Qualitative" })).toBeTruthy();
    await click(screen.getByRole("tab", { name: "Result" }));
    expect((await screen.findByRole("group", { name: "Approval" })).textContent).toContain(
      "Branch approves"
    );
  });
});
