// Runs every bench/*.bench.ts (or those named on the command line): bundles each with esbuild for Node, runs it in
// its own process, and lets it write its results to bench/results/<name>.json. Benchmarks report; they never assert.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();
mkdirSync(join(here, ".build"), { recursive: true });
mkdirSync(join(here, "results"), { recursive: true });
let failed = 0;
for (const f of files) {
  const out = join(here, ".build", basename(f, ".ts") + ".cjs");
  await build({
    entryPoints: [join(here, f)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: out,
    external: ["exceljs", "hyperformula", "playwright-core", "jsdom"],
    logLevel: "warning",
  });
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ["--expose-gc", out], {
    stdio: "inherit",
    cwd: join(here, ".."),
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
