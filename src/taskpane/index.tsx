/**
 * Task pane entry. In Excel: the pane over Office.js. Outside Excel (the preview): the pane over the in-memory
 * workbook the preview server serves. Renders even when office.js is absent or reports no host.
 */
import { createRoot } from "react-dom/client";
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import { App } from "./components/App/App";
import { paneModel } from "./model";
import { loadPreviewPort, renderPreview } from "./preview";
import { loadProfile } from "./state/profileStore";

async function mount(inExcel: boolean, previewPort: ReturnType<typeof loadPreviewPort>) {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const model = paneModel();
  const profile = loadProfile();
  if (inExcel) {
    root.render(<App port={new ExcelWorkbookPort()} model={model} initialProfile={profile} />);
    return;
  }
  const port = await previewPort;
  if (port) renderPreview(root, port, model, profile);
  else root.render(<p>请在 Excel 中打开本加载项，或运行 npm run preview。</p>);
}

if (typeof Office === "undefined") void mount(false, loadPreviewPort());
else {
  // Outside Excel the preview workbook is fetched while office.js settles; inside Excel nothing is fetched.
  const inOffice = typeof window !== "undefined" && window.location.protocol === "https:";
  const early = inOffice ? null : loadPreviewPort();
  void Office.onReady((info) => {
    const excel = info.host === Office.HostType.Excel;
    return mount(excel, excel ? Promise.resolve(null) : (early ?? loadPreviewPort()));
  });
}
