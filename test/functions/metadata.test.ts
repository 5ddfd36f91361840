/**
 * functions.json is generated from the JSDoc in src/functions/functions.ts. Saved workbooks spell the ids, the
 * parameters and the namespace, so the generated metadata is compared with the frozen copy in
 * functions.metadata.json: renaming a function or a parameter fails here. If a change is intended (a new
 * function), regenerate the copy with `npm run functions:metadata` and say why in the commit.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
const FROZEN = path.resolve(__dirname, "functions.metadata.json");

interface Meta {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string }[];
  }[];
}

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let meta: Meta;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([SOURCE]);
  meta = JSON.parse(generated.metadataJson) as Meta;
});

test("the metadata generates without errors", () => {
  expect(generated.errors).toEqual([]);
});

test("the generated metadata equals the frozen copy (ids, names, parameters)", () => {
  expect(JSON.parse(generated.metadataJson)).toEqual(JSON.parse(fs.readFileSync(FROZEN, "utf8")));
});

test("the shipped function ids are all there", () => {
  expect(meta.functions.map((f) => f.id)).toEqual([
    "RATE",
    "INDICATOR",
    "SCORE",
    "OPTION",
    "GRADE",
    "FINALGRADE",
    "APPROVER",
    "NEXTGRADE",
    "MODEL",
  ]);
  for (const f of meta.functions) expect(f.name).toBe(f.id);
});

test("every function is associated with an exported function of functions.ts", () => {
  const exported = functions as unknown as Record<string, unknown>;
  expect(generated.associate.map((a) => a.id).sort()).toEqual(
    meta.functions.map((f) => f.id).sort()
  );
  for (const a of generated.associate) expect(typeof exported[a.functionName]).toBe("function");
  expect(Object.keys(exported).sort()).toEqual(
    generated.associate.map((a) => a.functionName).sort()
  );
});

test("descriptions and parameter help are in Chinese and English", () => {
  const zh = /[\u4e00-\u9fff]/;
  const en = /[A-Za-z]{3,}/;
  for (const f of meta.functions) {
    expect([f.id, zh.test(f.description ?? ""), en.test(f.description ?? "")]).toEqual([
      f.id,
      true,
      true,
    ]);
    for (const p of f.parameters)
      expect([f.id, p.name, zh.test(p.description ?? ""), en.test(p.description ?? "")]).toEqual([
        f.id,
        p.name,
        true,
        true,
      ]);
  }
});

test("GRADE says that caps are not applied", () => {
  const grade = meta.functions.find((f) => f.id === "GRADE")!;
  expect(grade.description).toContain("未适用限定条件");
  expect(grade.description).toContain("Caps are NOT applied");
});

test("every helpUrl points at the function's anchor in the README's function reference", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const { slug } = jest.requireActual("../../scripts/functions-help.cjs") as {
    slug: (s: string) => string;
  };
  const ref = readme.slice(readme.indexOf("## Function reference"));
  const anchors = [...ref.matchAll(/^### (.+)$/gm)].map((m) => slug(m[1]));
  for (const f of meta.functions) {
    expect(f.helpUrl).toBe(`https://localhost:3000/help.html#rating${f.id.toLowerCase()}`);
    expect(anchors).toContain(`rating${f.id.toLowerCase()}`);
  }
});
