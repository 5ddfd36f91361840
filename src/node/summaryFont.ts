/**
 * Finds the PDF's CJK font (assets/fonts/wqy-microhei.ttc) from wherever the code runs: src/node under jest, or
 * lib/cli.js in the bundled command. The font ships in the repository so every machine embeds the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const FONT_RELATIVE = path.join("assets", "fonts", "wqy-microhei.ttc");

/** @returns the font bytes, or null when the project's assets are not beside the code. */
export function readSummaryFont(): Uint8Array | null {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const file = path.join(dir, FONT_RELATIVE);
    if (fs.existsSync(file)) return fs.readFileSync(file);
    dir = path.dirname(dir);
  }
  return null;
}
