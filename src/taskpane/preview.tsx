/**
 * Preview mode (no Excel): the pane against the in-memory workbook the preview server serves, with a sheet view
 * beside it. Every change is sent back to the server, so closing and reopening the pane finds it again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { Root } from "react-dom/client";
import type { MemoryWorkbookPort } from "../excel/MemoryWorkbookPort";
import type { CompiledModel } from "../model";
import { App } from "./components/App/App";
import type { Profile } from "./state/types";

const PreviewSheet = lazy(() => import("./components/PreviewSheet/PreviewSheet"));

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
