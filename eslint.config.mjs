import { builtinModules } from "node:module";
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier/flat";
import reactHooks from "eslint-plugin-react-hooks";

const PURE = "src/engine and src/model must stay pure: no React, Office, DOM or Node imports";

export default defineConfig([
  globalIgnores([
    "dist/",
    "lib/",
    "coverage/",
    "test-artifacts/",
    "bench/results/",
    "bench/.build/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ["src/**/*.{ts,tsx}"], languageOptions: { globals: globals.browser } },
  {
    files: ["src/node/**", "src/cli/**", "scripts/**", "bench/**", "bin/**"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["test/**", "*.config.*", "*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["*.config.js", "bin/**"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/excel/**", "src/functions/**", "src/taskpane/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts", "src/model/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react/**",
                "react-dom",
                "react-dom/**",
                "@fluentui/**",
                "@microsoft/office-js",
                "office-addin-*",
                "exceljs",
              ],
              message: PURE,
            },
            { regex: "^node:", message: PURE },
            { group: builtinModules, message: PURE },
            {
              group: [
                "**/taskpane/**",
                "**/functions/**",
                "**/excel/**",
                "**/node/**",
                "**/cli/**",
                "**/summary/**",
              ],
              message: PURE,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "window",
        "document",
        "navigator",
        "localStorage",
        "process",
        "require",
      ],
    },
  },
  prettier,
]);
