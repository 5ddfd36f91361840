/**
 * The pane's layout at Excel's default pane width (~320 px) and at 400 px, in Chinese and English: nothing spills
 * sideways, the step tabs do not overlap, and the result chart's dimension names are whole. Screenshots go to
 * test-artifacts/e2e/layout-<lang>-<width>-<step>.png.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { PreviewServer } from "../../scripts/preview/server";
import { xlsxToMemory } from "../../scripts/preview/xlsxToMemory";
import { defaultModel } from "../../src/model";
import {
  ROOT,
  launch,
  openPane,
  paneContext,
  requirePrerequisites,
  serve,
  setProfile,
  shot,
} from "./harness";

jest.setTimeout(180_000);
const model = defaultModel();
let browser: Browser;
let server: PreviewServer;

beforeAll(async () => {
  browser = await launch(requirePrerequisites());
  // S05 with its answers kept, so the result step has a grade, caps and the chart.
  server = await serve(await xlsxToMemory(join(ROOT, "templates/samples/S05-caps.xlsx")));
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** The preview lays the pane beside the sheet in a grid; pin the pane's column to the width under test. */
async function setPaneWidth(page: Page, width: number) {
  await page.locator("main").first().waitFor();
  await page.evaluate((w) => {
    const grid = document.querySelector("main")!.closest("[style*='grid']") as HTMLElement;
    grid.style.gridTemplateColumns = `${w}px 1fr`;
  }, width);
}

/** Nothing in the pane reaches past its right edge (no overlap into the sheet, no sideways scroll). */
async function expectNoSidewaysSpill(page: Page) {
  const spill = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const right = main.getBoundingClientRect().right;
    return [...main.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > right + 1)
      .map((e) => `${e.tagName}.${e.className} "${(e.textContent ?? "").slice(0, 30)}"`)
      .slice(0, 5);
  });
  expect(spill).toEqual([]);
}

const LANGS = [
  { lang: "zh", tabs: ["资料", "定量", "定性", "结果", "导出", "绑定"], chart: "各维度得分" },
  {
    lang: "en",
    tabs: ["Inputs", "Quantitative", "Qualitative", "Result", "Export", "Bind"],
    chart: "Score by dimension",
  },
] as const;

for (const width of [320, 400])
  for (const L of LANGS)
    test(`${L.lang} at ${width} px: tabs, header, banner and chart fit the pane`, async () => {
      const context = await paneContext(browser);
      const { page, errors } = await openPane(context, server);
      await setPaneWidth(page, width);
      await setProfile(page);
      if (L.lang === "en") await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("tab", { name: L.tabs[0], exact: true }).waitFor();
      const boxes = await Promise.all(
        L.tabs.map((n) => page.getByRole("tab", { name: n, exact: true }).boundingBox())
      );
      for (const [i, a] of boxes.entries()) {
        expect(a!.x + a!.width).toBeLessThanOrEqual(width + 1);
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a!.x + a!.width <= b!.x + 0.5 ||
            b!.x + b!.width <= a!.x + 0.5 ||
            a!.y + a!.height <= b!.y + 0.5 ||
            b!.y + b!.height <= a!.y + 0.5;
          expect(apart).toBe(true);
        }
      }
      await expectNoSidewaysSpill(page);
      await shot(page, `layout-${L.lang}-${width}-inputs`);
      await page.getByRole("tab", { name: L.tabs[1], exact: true }).click();
      await page.getByRole("table").first().waitFor();
      await expectNoSidewaysSpill(page);
      await shot(page, `layout-${L.lang}-${width}-quant`);
      await page.getByRole("tab", { name: L.tabs[3], exact: true }).click();
      const chart = page.getByRole("img", { name: L.chart });
      await chart.waitFor();
      // Every dimension name is whole: no text box is clipped or runs into a bar or another text.
      const clash = await chart.evaluate((el) => {
        const leaves = [...el.querySelectorAll("*")].filter((e) => e.children.length === 0);
        const texts = leaves.filter((e) => (e.textContent ?? "").trim() !== "");
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        return texts.flatMap((t) => {
          const r = t.getBoundingClientRect();
          const clipped = t.scrollWidth > t.clientWidth + 1;
          const over = leaves.filter((o) => o !== t && hit(r, o.getBoundingClientRect()));
          return clipped || over.length ? [t.textContent] : [];
        });
      });
      expect(clash).toEqual([]);
      const text = await chart.textContent();
      for (const d of model.doc.dimensions) expect(text).toContain(d.label[L.lang]);
      await expectNoSidewaysSpill(page);
      await shot(page, `layout-${L.lang}-${width}-result`);
      await page.getByRole("tab", { name: L.tabs[4], exact: true }).click();
      await page.getByRole("button", { name: "核验工作簿中的摘要" }).waitFor();
      await expectNoSidewaysSpill(page);
      await shot(page, `layout-${L.lang}-${width}-export`);
      expect(errors).toEqual([]);
      await context.close();
    });
