// Bundles the `credit-rating` command (src/cli/main.ts) into lib/cli.js for Node 20; run by `npm run prepare`, so
// `npm ci` builds it. exceljs and jszip stay external (dependencies, loaded from node_modules).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "lib/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "jszip"],
  logLevel: "warning",
});
