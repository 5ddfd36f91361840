/**
 * Preview mode (no Excel): the pane against the in-memory workbook the preview server serves, with a sheet view
 * beside it. Every change is sent back to the server, so closing and reopening the pane finds it again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Root } from "react-dom/client";
import { MemoryWorkbookPort } from "../excel/MemoryWorkbookPort";
import { memoryWorkbookError, type MemoryChange } from "../excel/memoryWorkbook";
import type { CompiledModel } from "../model";
import { App } from "./components/App/App";
import type { Profile } from "./state/types";

const PreviewSheet = lazy(() => import("./components/PreviewSheet/PreviewSheet"));

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

export function renderPreview(
  root: Root,
  port: MemoryWorkbookPort,
  model: CompiledModel,
  profile: Profile | null
) {
  root.render(
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "minmax(320px, 420px) 1fr",
        alignItems: "start",
      }}
    >
      <App port={port} model={model} initialProfile={profile} preview />
      <FluentProvider theme={webLightTheme}>
        <Suspense fallback={null}>
          <PreviewSheet port={port} />
        </Suspense>
      </FluentProvider>
    </div>
  );
}
