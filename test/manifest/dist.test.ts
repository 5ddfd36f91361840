/**
 * The production build in dist/ (`npm test` runs `npm run build` before jest): no localhost left anywhere in the
 * manifest, every URL the manifest names exists in dist/, the page hosts both chunks, functions.json is the frozen
 * metadata, and HyperFormula (GPL) is not in any bundle.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { all, parseXml } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const { DEFAULT_PROD_URL } = jest.requireActual("../../webpack.config.js") as {
  DEFAULT_PROD_URL: string;
};
const PROD = (() => {
  const u = process.env.ADDIN_URL || DEFAULT_PROD_URL;
  return u.endsWith("/") ? u : `${u}/`;
})();

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`dist/${name} is missing: run \`npm run build\` first (npm test does)`);
  return fs.readFileSync(file, "utf8");
}

test("the production manifest has no localhost and points every URL at the production address", () => {
  const xml = distFile("manifest.xml");
  expect(xml).not.toMatch(/localhost/i);
  const urls = all(parseXml(xml))
    .flatMap((e) => [...Object.values(e.attrs), e.text])
    .filter((v) => /^https?:\/\//.test(v) && !/schemas\.microsoft\.com|www\.w3\.org/.test(v));
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls)
    if (u !== new URL(PROD).origin) expect([u, u.startsWith(PROD)]).toEqual([u, true]);
});

test("dist/ holds every file the production manifest points to", () => {
  const xml = distFile("manifest.xml");
  const files = [...xml.matchAll(/="(https:\/\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((u) => u.startsWith(PROD))
    .map((u) => u.slice(PROD.length).replace(/#.*$/, ""));
  expect(files).toEqual(
    expect.arrayContaining(["taskpane.html", "functions.js", "functions.json"])
  );
  for (const f of files) expect([f, fs.existsSync(path.join(DIST, f))]).toEqual([f, true]);
});

test("taskpane.html hosts the shared runtime: office.js first, then the pane and the functions chunks", () => {
  const html = distFile("taskpane.html");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts[0]).toMatch(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/);
  expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js"]));
});

test("functions.js registers every function id", () => {
  const js = distFile("functions.js");
  const meta = JSON.parse(distFile("functions.json")) as { functions: { id: string }[] };
  for (const f of meta.functions) expect(js).toContain(`CustomFunctions.associate("${f.id}"`);
});

test("functions.json is the frozen metadata, with help links on the production address", () => {
  const built = distFile("functions.json");
  expect(built).not.toMatch(/localhost/);
  const frozen = fs
    .readFileSync(path.join(ROOT, "test/functions/functions.metadata.json"), "utf8")
    .split("https://localhost:3000/")
    .join(PROD);
  expect(JSON.parse(built)).toEqual(JSON.parse(frozen));
});

test("help.html has an anchor for every function's helpUrl", () => {
  const html = distFile("help.html");
  const meta = JSON.parse(distFile("functions.json")) as { functions: { helpUrl: string }[] };
  for (const f of meta.functions) {
    const anchor = f.helpUrl.split("#")[1];
    // The page is minified: attribute quotes may be gone.
    expect([anchor, new RegExp(`id="?${anchor}[">\\s]`).test(html)]).toEqual([anchor, true]);
  }
  expect(html).not.toMatch(/<script/i);
});

test("no bundle carries HyperFormula (GPL-3.0, tests only)", () => {
  // Its code checks for the "gpl-v3" licence key and its files carry Handsoncode's licence header; the bare name
  // may appear harmlessly (a bundled package.json lists the dev dependencies).
  const files = fs.readdirSync(DIST).filter((n) => /\.(js|txt)$/.test(n));
  expect(files).toContain("functions.js");
  for (const f of files)
    expect([f, /gpl-v3|Handsoncode/.test(fs.readFileSync(path.join(DIST, f), "utf8"))]).toEqual([
      f,
      false,
    ]);
});
