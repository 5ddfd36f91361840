/** Runs the real `credit-rating` command (bin → lib/cli.js, rebuilt once per test file from src/cli). */
import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/credit-rating.js");
let built = false;

/** Bundles src/cli into lib/cli.js, as `npm run prepare` does. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT });
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `credit-rating ...args` from the project root. */
export function runCli(args: string[], opts: { cwd?: string; input?: string } = {}): CliRun {
  buildCli();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    input: opts.input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with `--format json` and parses stdout. */
export function rateJson(args: string[]): { code: number | null; json: unknown; stderr: string } {
  const r = runCli(["rate", ...args, "--format", "json"]);
  let json: unknown = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    throw new Error(
      `not JSON (exit ${r.code}): ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 300)}`
    );
  }
  return { code: r.code, json, stderr: r.stderr };
}
