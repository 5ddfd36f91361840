/**
 * Builds the add-in into dist/: the task pane page (taskpane.html) that also loads the functions chunk — the shared
 * runtime — plus functions.js, functions.json (from the JSDoc, by custom-functions-metadata-plugin), help.html (the
 * README's function reference), the icons and the manifest.
 *
 * Production (`npm run build`) replaces every https://localhost:3000/ URL in manifest.xml and functions.json with
 * the add-in's real address, given as the ADDIN_URL environment variable (default below, a placeholder on a reserved
 * .invalid domain so an unconfigured build can never reach a real host). The HTTPS dev server with
 * office-addin-dev-certs runs only under `webpack serve` (`npm run dev-server`).
 */
const path = require("node:path");
const fs = require("node:fs");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { renderFunctionHelp } = require("./scripts/functions-help.cjs");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PROD_URL = "https://addin.example-bank.invalid/credit-rating/";
const DEV_PORT = 3000;

/** The production base URL, always with one trailing slash. */
function productionUrl() {
  const url = process.env.ADDIN_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development URL in the text assets that carry it (every occurrence, not only the first). */
class ProductionUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (!text.includes(DEV_ORIGIN)) continue;
            // URLs first, then the bare origin (AppDomain).
            const next = text
              .split(DEV_URL)
              .join(this.url)
              .split(DEV_ORIGIN)
              .join(new URL(this.url).origin);
            compilation.updateAsset(name, new webpack.sources.RawSource(next));
          }
        }
      );
    });
  }
}

/** Emits help.html from README.md's "Function reference" section. */
class FunctionHelpPlugin {
  apply(compiler) {
    const readme = path.resolve(__dirname, "README.md");
    compiler.hooks.thisCompilation.tap("FunctionHelpPlugin", (compilation) => {
      compilation.fileDependencies.add(readme);
      compilation.hooks.processAssets.tap(
        { name: "FunctionHelpPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const html = renderFunctionHelp(fs.readFileSync(readme, "utf8"));
          compilation.emitAsset("help.html", new webpack.sources.RawSource(html));
        }
      );
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const config = {
    devtool: production ? false : "source-map",
    entry: {
      // functions.js stays whole (it must register every function on its own); the pane reuses the engine, model
      // and zod code it already carries instead of bundling them a second time.
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.ts", dependOn: "functions" },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FunctionHelpPlugin(),
      ...(production ? [new ProductionUrlPlugin(productionUrl())] : []),
    ],
  };
  if (env && env.WEBPACK_SERVE) {
    // Only the dev server needs the localhost certificate; builds and CI never touch the trust store.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};

module.exports.DEFAULT_PROD_URL = DEFAULT_PROD_URL;
module.exports.DEV_URL = DEV_URL;
