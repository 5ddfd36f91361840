/**
 * Task pane entry, kept tiny on purpose: the page's static shell (taskpane.html) is on screen while office.js
 * starts, and the pane itself (React, Fluent UI, the steps) arrives as a separate chunk loaded asynchronously, so its
 * parsing never holds back the first paint. In Excel: the pane over Office.js. Outside Excel (the preview): the pane
 * over the in-memory workbook the preview server serves. Renders even when office.js is absent or reports no host.
 */
import { loadPreviewPort } from "./previewPort";

// Start fetching the pane's code now, in parallel with Office's start-up and (in the preview) the workbook.
const pane = import(/* webpackChunkName: "pane" */ "./mount");

if (typeof Office === "undefined") void pane.then((m) => m.mountPane(false, loadPreviewPort()));
else {
  // Outside Excel the preview workbook is fetched while office.js settles; inside Excel nothing is fetched.
  const inOffice = typeof window !== "undefined" && window.location.protocol === "https:";
  const early = inOffice ? null : loadPreviewPort();
  void Office.onReady(async (info) => {
    const excel = info.host === Office.HostType.Excel;
    const m = await pane;
    return m.mountPane(excel, excel ? Promise.resolve(null) : (early ?? loadPreviewPort()));
  });
}
