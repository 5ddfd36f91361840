/**
 * Mounts the pane into #container, replacing the page's static shell: over Office.js in Excel, over the preview
 * server's in-memory workbook outside it. Loaded as its own chunk by the entry (index.ts).
 */
import { createRoot } from "react-dom/client";
import { ExcelWorkbookPort } from "../excel/ExcelWorkbookPort";
import type { MemoryWorkbookPort } from "../excel/MemoryWorkbookPort";
import { App } from "./components/App/App";
import { paneModel } from "./model";
import { renderPreview } from "./preview";
import { loadProfile } from "./state/profileStore";

/** Renders the pane; `previewPort` resolves to null when the page is neither in Excel nor in the preview. */
export async function mountPane(
  inExcel: boolean,
  previewPort: Promise<MemoryWorkbookPort | null>
): Promise<void> {
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
