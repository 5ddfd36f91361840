/**
 * What the export and verify views need from the platform, injectable so tests and the preview can replace it:
 * the signing key (the browser key store by default; a bank signing service later), the PDF font, the clipboard,
 * and downloads — which Office's desktop webviews block (OFFICE-FACTS §3, issues 12–13), so they are offered
 * only where they work: Excel on the web and the browser preview.
 */
import type { Signer } from "../../../summary/signer";

/** The slice of `WorkbookPort` these views use (CONTRACTS §4). */
export interface SummaryStore {
  readSummaryStore(): Promise<{ ok: true; value: string | null } | { ok: false; error: unknown }>;
  writeSummaryStore(
    json: string
  ): Promise<{ ok: true; value: void } | { ok: false; error: unknown }>;
}

export interface ExportServices {
  /** The user's signer; by default the non-extractable key in this browser's IndexedDB. */
  getSigner(): Promise<Signer>;
  /** The CJK font of the PDF (assets/fonts/wqy-microhei.ttc), fetched only when a PDF is made. */
  loadFont(): Promise<Uint8Array>;
  writeClipboard(text: string): Promise<void>;
  /** null where downloads are blocked. */
  download: ((name: string, bytes: Uint8Array, mime: string) => void) | null;
  now(): Date;
}

/** True in Excel on the web and outside Office (the preview); false in desktop webviews. */
export function downloadsAllowed(): boolean {
  const office = (globalThis as { Office?: { context?: { platform?: unknown } } }).Office;
  const platform = office?.context?.platform;
  if (platform === undefined || platform === null) return true;
  return String(platform) === "OfficeOnline";
}

function anchorDownload(name: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The real services; `overrides` replace any of them. */
export function exportServices(overrides: Partial<ExportServices> = {}): ExportServices {
  return {
    getSigner: async () => (await import("../../../summary/keyStore")).browserSigner(),
    loadFont: async () => {
      const r = await fetch(new URL("assets/fonts/wqy-microhei.ttc", document.baseURI).href);
      if (!r.ok) throw new Error(`字体加载失败（HTTP ${r.status}）`);
      return new Uint8Array(await r.arrayBuffer());
    },
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    download: downloadsAllowed() ? anchorDownload : null,
    now: () => new Date(),
    ...overrides,
  };
}

/** A port error in words: its detail, message or code, whichever it has. */
export function errorText(error: unknown): string {
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  const e = (error ?? {}) as { detail?: unknown; message?: unknown; code?: unknown };
  return String(e.detail || e.message || e.code || "未知错误");
}
