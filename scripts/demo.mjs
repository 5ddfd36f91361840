// `npm run demo`: rates the bundled sample workbook — 青岛啤酒's 2022 statements (case R01) filled into the
// head-office template — with the `credit-rating` command and prints the Chinese result table.
// Later steps (sign / verify the summary) append here.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "bin", "credit-rating.js");
const sample = join("templates", "samples", "R01-real-brewer-2022.xlsx");

/** Runs `credit-rating ...args`; stops the demo when it fails. */
function credit(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(root, "lib", "cli.js")))
  spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { stdio: "inherit" });
console.log(`$ credit-rating rate ${sample}\n`);
credit("rate", sample);
