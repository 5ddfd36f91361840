/**
 * The preview server's in-memory workbook as a port. Light (no React, no Fluent) so the pane's entry can start the
 * fetch before the pane's own code has arrived.
 */
import { MemoryWorkbookPort } from "../excel/MemoryWorkbookPort";
import { memoryWorkbookError, type MemoryChange } from "../excel/memoryWorkbook";

export const PREVIEW_WORKBOOK_URL = "preview/workbook.json";
export const PREVIEW_CHANGES_URL = "preview/changes";

/** Loads the preview workbook; null when this page is not served by the preview server. */
export async function loadPreviewPort(): Promise<MemoryWorkbookPort | null> {
  let res: Response;
  try {
    res = await fetch(PREVIEW_WORKBOOK_URL, { cache: "no-store" });
  } catch {
    return null;
  }
  if (!res.ok) return null;
  const wb: unknown = await res.json();
  if (memoryWorkbookError(wb)) return null;
  return new MemoryWorkbookPort(wb as never, async (changes: MemoryChange[]) => {
    const r = await fetch(PREVIEW_CHANGES_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(changes),
    });
    if (!r.ok) throw new Error(`preview server refused the change: ${r.status}`);
  });
}
