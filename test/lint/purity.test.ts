/**
 * The engine and the model stay pure: ESLint fails the build when they import a host library or touch a host global.
 * Lints virtual files placed under src/engine and src/model with the project's own config.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "../..");

const CASES: [string, string][] = [];
const results = new Map<string, string[]>();

/** ESLint's flat config is ESM, which jest's VM cannot import: lint every case in one plain Node process. */
function lintAll(): void {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = {};
      for (const [file, code] of cases) {
        const [r] = await eslint.lintText(code, { filePath: require("path").join(process.cwd(), file) });
        out[file + "|::|" + code] = r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId || m.message);
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const json = execFileSync(process.execPath, ["-e", script, JSON.stringify(CASES)], {
    cwd: root,
    encoding: "utf8",
  });
  for (const [k, v] of Object.entries(JSON.parse(json) as Record<string, string[]>))
    results.set(k, v);
}

function errorsFor(file: string, code: string): string[] {
  return results.get(file + "|::|" + code) ?? ["<not linted>"];
}

const REFUSED: [string, string][] = [
  ['import { useState } from "react";', "no-restricted-imports"],
  ['import { Button } from "@fluentui/react-components";', "no-restricted-imports"],
  ['import * as fs from "node:fs";', "no-restricted-imports"],
  ['import * as path from "path";', "no-restricted-imports"],
  ['import ExcelJS from "exceljs";', "no-restricted-imports"],
  ['import { ExcelWorkbookPort } from "../excel/port";', "no-restricted-imports"],
  ["export const host = Office.context;", "no-restricted-globals"],
  ["export const w = window.innerWidth;", "no-restricted-globals"],
  ["export const e = process.env.HOME;", "no-restricted-globals"],
];
const PURE_OK = 'import DecimalJs from "decimal.js";\nexport const x = new DecimalJs(1);\n';
const HOST_OK = 'import * as fs from "node:fs";\nexport const f = fs.existsSync;\n';
for (const [code] of REFUSED) CASES.push(["src/engine/bad.ts", code], ["src/model/bad.ts", code]);
CASES.push(["src/engine/ok.ts", PURE_OK], ["src/node/ok.ts", HOST_OK]);

beforeAll(lintAll, 60000);

test.each(REFUSED)("src/engine and src/model refuse: %s", (code, rule) => {
  expect(errorsFor("src/engine/bad.ts", code)).toContain(rule);
  expect(errorsFor("src/model/bad.ts", code)).toContain(rule);
});

test("pure libraries are fine in the engine", () => {
  expect(errorsFor("src/engine/ok.ts", PURE_OK)).toEqual([]);
});

test("hosts may import what they host", () => {
  expect(errorsFor("src/node/ok.ts", HOST_OK)).toEqual([]);
});
