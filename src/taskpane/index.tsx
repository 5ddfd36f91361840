/**
 * Task pane entry. In Excel: the pane over Office.js. Outside Excel (the preview): the pane over the in-memory
 * workbook the preview server serves. Renders even when office.js is absent or reports no host.
 */
import { createRoot } from "react-dom/client";
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import { defaultModel } from "../model";
import { App } from "./components/App/App";
import { loadProfile } from "./state/profileStore";

async function mount(inExcel: boolean): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const model = defaultModel();
  const profile = loadProfile();
  if (inExcel) {
    root.render(<App port={new ExcelWorkbookPort()} model={model} initialProfile={profile} />);
    return;
  }
  const preview = await import("./preview");
  const port = await preview.loadPreviewPort();
  if (port) preview.renderPreview(root, port, model, profile);
  else root.render(<p>请在 Excel 中打开本加载项，或运行 npm run preview。</p>);
}

if (typeof Office === "undefined") void mount(false);
else void Office.onReady((info) => mount(info.host === Office.HostType.Excel));
