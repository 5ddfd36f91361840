/** Shared pieces of the pane component tests: the S02 case as engine input, and services over TEST-ONLY keys. */
import * as fs from "node:fs";
import * as path from "node:path";
import { rate, type RatingInput } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { caseToInput } from "../../src/node/caseJson";
import type { ExportServices } from "../../src/taskpane/components/ExportStep/services";
import { loadCases } from "../helpers/cases";
import { FIXED, testKey } from "./fixtures";

export const model = defaultModel();
export const s02 = loadCases().find((c) => c.case.startsWith("S02"))!;
export const s02Input: RatingInput = caseToInput(s02);
export const s02Result = rate(model, s02Input);
export const FONT = new Uint8Array(
  fs.readFileSync(path.resolve(__dirname, "../../assets/fonts/wqy-microhei.ttc"))
);

/** A store with the `_summary` column semantics, in memory. */
export function memoryStore(initial: string | null = null) {
  let json = initial;
  return {
    get json() {
      return json;
    },
    readSummaryStore: async () => ({ ok: true as const, value: json }),
    writeSummaryStore: async (v: string) => {
      json = v;
      return { ok: true as const, value: undefined };
    },
  };
}

export interface Captured {
  clipboard: string[];
  downloads: { name: string; bytes: Uint8Array; mime: string }[];
}

/** Services whose signer is a TEST-ONLY key file; the clipboard and downloads are captured for assertions. */
export function servicesFor(
  keyFile: string,
  captured: Captured,
  download = true
): Partial<ExportServices> {
  return {
    getSigner: async () => (await testKey(keyFile)).signer,
    loadFont: async () => FONT,
    writeClipboard: async (t) => {
      captured.clipboard.push(t);
    },
    download: download
      ? (name, bytes, mime) => captured.downloads.push({ name, bytes, mime })
      : null,
    now: () => FIXED,
  };
}
