/** parseRatingModel: the default model passes; each error-*.json fixture gets its path and message. */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_MODEL_DOC, parseRatingModel } from "../../../src/model";

interface Fixture {
  description: string;
  patch: ["set" | "remove", string, unknown?][];
  expect: { path: string; en?: string };
}

const DIR = path.join(__dirname, "../../fixtures/models");
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Applies `set`/`remove` at a JSON pointer. */
function patch(doc: unknown, ops: Fixture["patch"]): unknown {
  const out = clone(doc) as Record<string, unknown>;
  for (const [op, pointer, value] of ops) {
    const keys = pointer.split("/").slice(1);
    const last = keys.pop()!;
    let node: Record<string, unknown> = out;
    for (const k of keys) node = node[k] as Record<string, unknown>;
    if (op === "set") node[last] = value;
    else delete node[last];
  }
  return out;
}

test("the bundled default model is valid", () => {
  const r = parseRatingModel(DEFAULT_MODEL_DOC);
  expect(r.issues).toEqual([]);
  expect(r.success).toBe(true);
});

const fixtures = fs.readdirSync(DIR).filter((f) => /^error-.*\.json$/.test(f));

test("there are error fixtures", () => expect(fixtures.length).toBeGreaterThanOrEqual(12));

describe.each(fixtures)("%s", (file) => {
  const fx = JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")) as Fixture;
  test(fx.description, () => {
    const r = parseRatingModel(patch(DEFAULT_MODEL_DOC, fx.patch));
    expect(r.success).toBe(false);
    const hit = r.issues.find((i) => i.path === fx.expect.path);
    expect({ paths: r.issues.map((i) => i.path), hit: hit !== undefined }).toEqual(
      expect.objectContaining({ hit: true })
    );
    if (fx.expect.en) expect(hit!.message.en).toBe(fx.expect.en);
    expect(hit!.message.zh.length).toBeGreaterThan(0);
    expect(hit!.message.zh).not.toBe(hit!.message.en);
  });
});

test("non-objects are refused with a root path", () => {
  for (const x of [null, 42, "model", []]) expect(parseRatingModel(x).issues[0].path).toBe("$");
});
