/** A directory on the command line stands for the .xlsx, .json and .csv files directly in it, in name order. */
import * as fs from "node:fs";
import * as path from "node:path";

const RATEABLE = /\.(xlsx|xlsm|json|csv|xls)$/i;

/**
 * Expands directories; files (and paths that do not exist, reported later as not found) pass through.
 * @example expandInputs(["templates/samples"]) // ["templates/samples/R01-….xlsx", …]
 */
export function expandInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let dir = false;
    try {
      dir = fs.statSync(a).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir) out.push(a);
    else
      out.push(
        ...fs
          .readdirSync(a)
          .filter((f) => RATEABLE.test(f) && !f.startsWith("~$"))
          .sort()
          .map((f) => path.join(a, f))
      );
  }
  return out;
}
