/** Task pane entry: waits for Office when office.js is present, then mounts the pane. */
import { createRoot } from "react-dom/client";

function mount(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<p>客户信用等级评定</p>);
}

if (typeof Office === "undefined") mount();
else void Office.onReady(() => mount());
