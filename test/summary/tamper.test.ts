/**
 * Every single-byte change to the signed payload or to any signature of the chain must be detected — including
 * base64url characters that differ only in unused trailing bits, which JWS libraries let through.
 */
import { compactVerify, importJWK } from "jose";
import { verifySignedSummary, type SignedSummary } from "../../src/summary";
import { signChain, summaryOf } from "./fixtures";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

jest.setTimeout(180_000);

let env: SignedSummary;

beforeAll(async () => {
  // A small summary: the S02 case with its indicator list cut to two, so the loops stay short.
  const full = summaryOf("S02");
  env = await signChain({ ...full, indicators: full.indicators.slice(0, 2), warnings: [] });
  expect((await verifySignedSummary(env)).ok).toBe(true);
});

async function detected(changed: SignedSummary): Promise<boolean> {
  return !(await verifySignedSummary(changed)).ok;
}

it("detects a change to any single byte of the payload", async () => {
  const bytes = new TextEncoder().encode(env.payload);
  expect(bytes.length).toBeGreaterThan(1000);
  const missed: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.slice();
    b[i] ^= 0x01;
    const payload = new TextDecoder().decode(b);
    if (!(await detected({ ...env, payload }))) missed.push(i);
  }
  expect(missed).toEqual([]);
});

it("detects a change to any single character of every signature", async () => {
  const missed: string[] = [];
  for (let s = 0; s < env.signatures.length; s++) {
    const sig = env.signatures[s];
    for (let i = 0; i < sig.length; i++) {
      const c = sig[i];
      const k = ALPHABET.indexOf(c);
      const variants = [String.fromCharCode(c.charCodeAt(0) ^ 0x01)];
      if (k >= 0) variants.push(ALPHABET[(k + 1) % 64]);
      for (const v of variants) {
        const signatures = [...env.signatures];
        signatures[s] = sig.slice(0, i) + v + sig.slice(i + 1);
        if (!(await detected({ ...env, signatures }))) missed.push(`${s}:${i}:${v}`);
      }
    }
  }
  expect(missed).toEqual([]);
});

it("rejects altered trailing bits that jose alone accepts", async () => {
  const sig = env.signatures[0];
  const [h, , s] = sig.split(".");
  // 64 bytes → 86 characters with 4 unused bits in the last one; flipping the lowest bit keeps the bytes.
  const last = ALPHABET.indexOf(s[s.length - 1]);
  const altered = s.slice(0, -1) + ALPHABET[last ^ 0x01];
  const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
  const key = await importJWK(header.jwk, header.alg);
  const payloadB64 = Buffer.from(env.payload, "utf8").toString("base64url");
  await expect(compactVerify(`${h}.${payloadB64}.${altered}`, key)).resolves.toBeDefined();
  const report = await verifySignedSummary({
    ...env,
    signatures: [`${h}..${altered}`, ...env.signatures.slice(1)],
  });
  expect(report.ok).toBe(false);
  expect(report.signatures[0].problems[0]).toMatch(/base64url 编码不规范/);
});

it("rejects a payload that is not canonical JSON, an unknown envelope and a pinned-out algorithm", async () => {
  const spaced = env.payload.replace('"kind":', '"kind" :');
  expect((await verifySignedSummary({ ...env, payload: spaced })).problems).toEqual([
    "payload 不是 RFC 8785 规范 JSON",
  ]);
  expect((await verifySignedSummary({ ...env, extra: 1 })).ok).toBe(false);
  const [h, , s] = env.signatures[0].split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString("utf8"));
  const hs = Buffer.from(JSON.stringify({ ...header, alg: "HS256" })).toString("base64url");
  const r = await verifySignedSummary({ ...env, signatures: [`${hs}..${s}`] });
  expect(r.signatures[0].problems[0]).toMatch(/算法不被接受：HS256/);
});
