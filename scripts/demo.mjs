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

// The signed summary (issue 6): sign R01 with the three TEST-ONLY keys at a fixed time (so the files are
// byte-identical run to run), write JSON + PDF to .demo-out/, and verify the PDF against the demo trust list.
const keys = ["preparer", "reviewer", "approver-head-office"]
  .map((k) => join("templates", "keys", `TEST-ONLY-${k}.json`))
  .join(",");
const out = join(".demo-out", "R01.summary");
console.log(`\n$ credit-rating sign ${sample} --key … --out ${out}.json --pdf ${out}.pdf\n`);
credit(
  "sign",
  sample,
  "--key",
  keys,
  "--at",
  "2026-11-20T08:00:00Z",
  "--out",
  `${out}.json`,
  "--pdf",
  `${out}.pdf`
);
const trust = join("templates", "keys", "TEST-ONLY-trust.json");
console.log(`\n$ credit-rating verify ${out}.pdf --trust ${trust}\n`);
credit("verify", `${out}.pdf`, "--trust", trust);
