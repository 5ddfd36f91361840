// Runs a TypeScript script: bundles it with esbuild for Node 20 (exceljs stays external) and runs the bundle.
// Usage: node scripts/run-ts.mjs scripts/generate-template.ts [args...]
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs FILE.ts [args...]");
  process.exit(2);
}
const outDir = join(root, "node_modules", ".cache", "run-ts");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, basename(entry, ".ts") + ".cjs");
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "hyperformula"],
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit", cwd: root });
process.exit(r.status ?? 1);
