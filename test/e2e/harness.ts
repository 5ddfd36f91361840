/**
 * E2E harness: Debian's chromium driven by playwright-core (never a downloaded browser), the preview server on
 * 127.0.0.1, office.js served from node_modules for the CDN URL, every other non-loopback request aborted, and
 * window.CustomFunctions stubbed (TOOLCHAIN.md) so the shared-runtime functions chunk loads outside Excel.
 */
import { existsSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { defaultModel } from "../../src/model";
import type { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { generatedFiles } from "../../src/node/template/files";
import { startPreviewServer, type PreviewServer } from "../../scripts/preview/server";
import { workbookToMemory, xlsxToMemory } from "../../scripts/preview/xlsxToMemory";

export const ROOT = resolve(__dirname, "../..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts/e2e");
const OFFICE_JS = join(ROOT, "node_modules/@microsoft/office-js/dist");
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** Fails (never skips) with the setup hint when a prerequisite is missing. */
export function requirePrerequisites(): string {
  if (!CHROMIUM)
    throw new Error(
      "Chromium is not installed (/usr/bin/chromium): run `bash scripts/setup-debian.sh`"
    );
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html is missing: run `npm run build` (npm test builds first)");
  return CHROMIUM;
}

export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/** The sample workbook for a case: the generated file when present, else built by the template generator. */
export async function sampleWorkbook(caseId: string): Promise<MemoryWorkbook> {
  const file = join(ROOT, `templates/samples/${caseId}.xlsx`);
  if (existsSync(file)) return xlsxToMemory(file, { clearAnswers: true });
  const g = generatedFiles(defaultModel(), resolve(ROOT, "../shared/domain/cases")).find(
    (x) => x.file === `samples/${caseId}.xlsx`
  );
  if (!g) throw new Error(`no sample for ${caseId}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await g.build().xlsx.writeBuffer()) as ArrayBuffer);
  return workbookToMemory(wb, basename(file), { clearAnswers: true });
}

export function serve(workbook: MemoryWorkbook): Promise<PreviewServer> {
  return startPreviewServer({ distDir: DIST, workbook });
}

/** A fresh browser context (no storage) with the routes and the CustomFunctions stub. */
export async function paneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname === "appsforoffice.microsoft.com")
      return route.fulfill({ path: join(OFFICE_JS, basename(url.pathname)) });
    return route.abort();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { CustomFunctions: unknown; __associated: string[] };
    w.__associated = [];
    w.CustomFunctions = { associate: (id: string) => w.__associated.push(id) };
  });
  return context;
}

/** Opens the pane; collects page errors so a test can assert there were none. */
export async function openPane(context: BrowserContext, server: PreviewServer) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${server.url}taskpane.html`);
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Fills the profile form (name, 客户经理, 支行) and saves it. */
export async function setProfile(page: Page, name = "张三"): Promise<void> {
  const field = page.getByRole("textbox", { name: /姓名/ });
  await field.fill(name);
  await page.getByRole("radio", { name: "客户经理" }).check();
  await page.getByRole("radio", { name: "支行" }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await page.getByRole("tab", { name: "资料", exact: true }).waitFor();
}
