/**
 * The task pane end to end in Debian's chromium against the preview server: rate S02 through the UI, reopen the
 * pane and find every answer, and bind a bank's own sheet (no defined names) and rate it. Screenshots of each
 * step go to test-artifacts/e2e/.
 */
import type { Browser } from "playwright-core";
import { readAnswer } from "../../src/engine";
import { parseAddress, colLetters } from "../../src/excel/address";
import type { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { defaultModel } from "../../src/model";
import type { PreviewServer } from "../../scripts/preview/server";
import { xlsxToMemory } from "../../scripts/preview/xlsxToMemory";
import { S02 } from "../excel/s02Workbook";
import { join } from "node:path";
import {
  ROOT,
  launch,
  openPane,
  paneContext,
  requirePrerequisites,
  sampleWorkbook,
  serve,
  setProfile,
  shot,
} from "./harness";

jest.setTimeout(180_000);
const model = defaultModel();
const NOTE_J1 = "纺织行业景气一般，订单平稳";

function cellOf(wb: MemoryWorkbook, name: string): unknown {
  const ref = parseAddress(wb.names.find((n) => n.name === name)?.ref ?? "");
  if (!ref) return undefined;
  return wb.sheets.find((s) => s.name === ref.sheet)?.cells[`${colLetters(ref.col)}${ref.row}`];
}

let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  const chromiumPath = requirePrerequisites();
  browser = await launch(chromiumPath);
  server = await serve(await sampleWorkbook("S02-mid-industrial"));
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

test("rates the S02 sample through the pane: BBB, 支行审定, and the answers reach the workbook", async () => {
  for (const q of model.qualitative)
    expect(cellOf(server.workbook, `answer.${q.id}`)).toBeUndefined();
  const context = await paneContext(browser);
  const { page, errors } = await openPane(context, server);
  await shot(page, "1-01-profile");
  await setProfile(page);
  await page.getByRole("region", { name: "资料" }).getByText("江南纺织有限公司").waitFor();
  await shot(page, "1-02-inputs");
  await page.getByRole("tab", { name: "定量", exact: true }).click();
  await page.getByRole("table", { name: "偿债能力" }).waitFor();
  await shot(page, "1-03-quantitative");
  await page.getByRole("tab", { name: "定性", exact: true }).click();
  for (const [i, q] of model.qualitative.entries()) {
    const group = page.getByRole("radiogroup", { name: `${q.id} ${q.label.zh}` });
    await group.waitFor();
    // Keyboard only: focus the first anchor, arrow down to the case's anchor (Space when it is the first).
    const index = q.anchors.findIndex((a) => a.key === S02.qualitative[q.id]);
    await group.getByRole("radio").first().focus();
    if (index === 0) await page.keyboard.press("Space");
    for (let k = 0; k < index; k++) await page.keyboard.press("ArrowDown");
    await expectAnswerInWorkbook(q.id);
    if (i === 0) {
      await page.keyboard.press("Tab");
      await page.keyboard.type(NOTE_J1);
      await shot(page, "1-04-qualitative-J1");
    }
    const next = page.getByRole("button", {
      name: i === model.qualitative.length - 1 ? "查看结果" : "下一项",
    });
    await next.focus();
    await page.keyboard.press("Enter");
  }
  const grade = page.getByRole("group", { name: "最终等级" });
  await grade.waitFor();
  expect(await grade.textContent()).toContain("BBB");
  expect(await page.getByRole("group", { name: "审定权限" }).textContent()).toContain("支行审定");
  expect(await page.getByRole("group", { name: "总分" }).textContent()).toContain("67.71");
  await page.getByRole("img", { name: "各维度得分" }).waitFor();
  await shot(page, "1-05-result");
  await page.getByRole("tab", { name: "导出", exact: true }).click();
  await page.getByRole("region", { name: "签名评级摘要" }).waitFor();
  await shot(page, "1-06-export");

  for (const q of model.qualitative)
    expect(readAnswer(model, q.id, cellOf(server.workbook, `answer.${q.id}`)).key).toBe(
      S02.qualitative[q.id]
    );
  expect(cellOf(server.workbook, "note.J1")).toBe(NOTE_J1);
  const audit = server.workbook.sheets.find((s) => s.name === "_audit")!;
  expect(audit.visibility).toBe("veryHidden");
  // Every choice is audited as it is made (arrowing through anchors chooses each one on the way); the latest
  // row per item is the answer in force.
  const rows = Object.entries(audit.cells)
    .filter(([a]) => a.startsWith("E") && a !== "E1")
    .map(([a, action]) => ({
      action,
      subject: audit.cells[`F${a.slice(1)}`],
      value: audit.cells[`G${a.slice(1)}`],
    }));
  for (const q of model.qualitative)
    expect(rows.filter((r) => r.action === "answer" && r.subject === q.id).pop()?.value).toBe(
      S02.qualitative[q.id]
    );
  expect(rows).toContainEqual({ action: "note", subject: "J1", value: NOTE_J1 });
  expect(errors).toEqual([]);
  await context.close();

  async function expectAnswerInWorkbook(id: string) {
    const want = S02.qualitative[id];
    for (let t = 0; t < 100; t++) {
      if (readAnswer(model, id, cellOf(server.workbook, `answer.${id}`)).key === want) return;
      await page.waitForTimeout(50);
    }
    throw new Error(`answer ${id} did not reach the workbook`);
  }
});

test("closing and reopening the pane restores every answer and note from the workbook", async () => {
  // A fresh browser context: no localStorage, so whatever the pane shows comes from the workbook.
  const context = await paneContext(browser);
  const { page, errors } = await openPane(context, server);
  // The profile form is prefilled from the workbook's audit trail.
  await page.waitForFunction(() => document.querySelector("input")?.value === "张三");
  await setProfile(page);
  await page.getByRole("tab", { name: "定性", exact: true }).click();
  for (const [i, q] of model.qualitative.entries()) {
    const group = page.getByRole("radiogroup", { name: `${q.id} ${q.label.zh}` });
    await group.waitFor();
    const key = S02.qualitative[q.id];
    const label = q.anchors.find((a) => a.key === key)!.label.zh;
    expect(
      await group.getByRole("radio", { name: new RegExp(`^${key}\\. ${label}（`) }).isChecked()
    ).toBe(true);
    if (i === 0) {
      expect(await page.getByRole("textbox", { name: "说明" }).inputValue()).toBe(NOTE_J1);
      await shot(page, "2-01-reopened-J1");
    }
    if (i < model.qualitative.length - 1)
      await page.getByRole("button", { name: "下一项" }).click();
  }
  await page.getByRole("tab", { name: "结果", exact: true }).click();
  expect(await page.getByRole("group", { name: "最终等级" }).textContent()).toContain("BBB");
  await shot(page, "2-02-reopened-result");
  expect(errors).toEqual([]);
  await context.close();
});

test("binds a bank's own sheet (no defined names, native formulas only) and rates it", async () => {
  const wb = await xlsxToMemory(
    join(ROOT, "../shared/domain/real-sheets/status-quo-scorecard-S02.xlsx")
  );
  expect(wb.names).toEqual([]);
  const own = await serve(wb);
  const context = await paneContext(browser);
  try {
    const { page, errors } = await openPane(context, own);
    await setProfile(page);
    await page.getByText("该工作簿没有本插件的定义名称", { exact: false }).waitFor();
    await shot(page, "3-01-no-names");
    await page.getByRole("tab", { name: "绑定", exact: true }).click();
    const bind = async (label: string, sheet: string, a1: string) => {
      const sheetTab = page.getByRole("tab", { name: sheet, exact: true });
      if ((await sheetTab.getAttribute("aria-selected")) !== "true") await sheetTab.click();
      await page.getByRole("gridcell", { name: `${sheet}!${a1}`, exact: true }).click();
      await page.getByRole("button", { name: `绑定到所选单元格：${label}`, exact: true }).click();
      await page.getByRole("cell", { name: `${sheet}!${a1}`, exact: true }).waitFor();
    };
    await bind("客户名称", "财务报表", "B2");
    await bind("行业", "财务报表", "B3");
    await bind("金额单位", "财务报表", "B4");
    const items = [...model.lineItems.values()];
    for (const [i, item] of items.entries()) {
      await bind(`本年 ${item.label.zh}`, "财务报表", `C${7 + i}`);
      await bind(`上年 ${item.label.zh}`, "财务报表", `D${7 + i}`);
    }
    for (const [i, q] of model.qualitative.entries())
      await bind(`${q.id} ${q.label.zh}`, "定性评价", `C${3 + i}`);
    await page.getByRole("combobox", { name: /客户类型/ }).selectOption({ label: "企业" });
    await page.getByRole("button", { name: "保存" }).click();
    await page.getByText("客户类型（企业）").waitFor();
    await shot(page, "3-02-bound");
    // The bank's sheet words every anchor as the standard does, so its answers read as they are.
    await page.getByRole("tab", { name: "结果", exact: true }).click();
    const grade = page.getByRole("group", { name: "最终等级" });
    await grade.waitFor();
    expect(await grade.textContent()).toContain("BBB");
    expect(await page.getByRole("group", { name: "总分" }).textContent()).toContain("67.71");
    expect(await page.getByRole("group", { name: "审定权限" }).textContent()).toContain("支行审定");
    await shot(page, "3-04-result");
    expect(own.workbook.names.find((n) => n.name === "cur.total_assets")?.ref).toBe(
      "财务报表!$C$7"
    );
    const bindings = own.workbook.sheets.find((s) => s.name === "_bindings")!;
    expect(bindings.visibility).toBe("veryHidden");
    expect(Object.keys(bindings.cells).filter((a) => a.startsWith("A")).length).toBe(
      1 + 3 + 28 + 7 + 1
    );
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    await own.close();
  }
});
