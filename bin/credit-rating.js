#!/usr/bin/env node
// The `credit-rating` command: runs the bundle that `npm run prepare` builds from src/cli/main.ts (esbuild).
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "lib", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("credit-rating: lib/cli.js is missing; build it with `npm run prepare`\n");
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`内部错误：${e && e.stack ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    }
  );
