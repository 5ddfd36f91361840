import { createHash } from "node:crypto";
import {
  DEFAULT_MODEL_DOC,
  defaultModel,
  fingerprintOf,
  shortFingerprint,
} from "../../../src/model";

test("the fingerprint is the SHA-256 of the RFC 8785 canonical JSON", () => {
  // Known answer: canonical JSON of {"b":[1,"x"],"a":1.0} is {"a":1,"b":[1,"x"]}.
  expect(fingerprintOf({ b: [1, "x"], a: 1.0 })).toBe(
    createHash("sha256").update('{"a":1,"b":[1,"x"]}').digest("hex")
  );
});

test("key order and whitespace do not change a model's fingerprint; any value does", () => {
  const doc = DEFAULT_MODEL_DOC as Record<string, unknown>;
  const reordered = Object.fromEntries(Object.entries(doc).reverse());
  expect(fingerprintOf(reordered)).toBe(fingerprintOf(doc));
  expect(fingerprintOf(JSON.parse(JSON.stringify(doc, null, 4)))).toBe(fingerprintOf(doc));
  expect(fingerprintOf({ ...doc, modelVersion: "2026.2" })).not.toBe(fingerprintOf(doc));
  expect(defaultModel().fingerprint).toBe(fingerprintOf(doc));
  expect(shortFingerprint(defaultModel().fingerprint)).toHaveLength(12);
});

test("misuse throws: a value that cannot be canonicalized", () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  expect(() => fingerprintOf(cyclic)).toThrow();
});
