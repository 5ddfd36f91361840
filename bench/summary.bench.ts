/**
 * The signed summary's costs: build + canonicalize, sign one step (Ed25519 key file, ES256 WebCrypto), verify a full
 * three-signature chain (integrity, and with the trust list), and render the PDF with the subset CJK font. Also the
 * sizes: payload bytes, summary.json bytes and PDF bytes. Writes bench/results/summary.json. Reports only.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { webcrypto } from "node:crypto";
import { rate } from "../src/engine";
import { defaultModel } from "../src/model";
import { caseToInput, type CaseFile } from "../src/node/caseJson";
import {
  buildSummary,
  createKeySigner,
  envelopeOf,
  loadKeyFile,
  parseTrustList,
  signNext,
  verifySignedSummary,
  type SignedSummary,
} from "../src/summary";
import { renderSummaryPdf } from "../src/summary/pdf";

const model = defaultModel();
const c = JSON.parse(
  fs.readFileSync(path.resolve("../shared/domain/cases/R01-real-brewer-2022.json"), "utf8")
) as CaseFile;
const input = caseToInput(c);
const result = rate(model, input);
const at = new Date("2026-11-20T08:00:00Z");
const keyFile = (k: string) =>
  JSON.parse(fs.readFileSync(path.resolve(`templates/keys/TEST-ONLY-${k}.json`), "utf8"));

async function time(n: number, f: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < Math.min(5, n); i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await f();
  return (performance.now() - t0) / n;
}

async function main(): Promise<void> {
  const build = () => {
    const r = buildSummary({
      model,
      result,
      input,
      preparedBy: { name: "王敏", role: "officer", level: "branch" },
      addinVersion: "0.1.0",
      createdAt: at,
    });
    if (!r.ok) throw new Error(r.reason);
    return r.summary;
  };
  const keys = await Promise.all(
    ["preparer", "reviewer", "approver-head-office"].map(async (k) => {
      const r = await loadKeyFile(keyFile(k));
      if (!r.ok) throw new Error(r.reason);
      return r.key;
    })
  );
  const pair = (await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const es256 = await createKeySigner(pair.privateKey, pair.publicKey);
  const base = envelopeOf(build());
  let env: SignedSummary = base;
  for (const k of keys) {
    const r = await signNext(env, { signer: k.signer, person: k.person, signedAt: at });
    if (!r.ok) throw new Error(r.reason);
    env = r.signed;
  }
  const trust = parseTrustList(keyFile("trust"));
  if (!trust.success) throw new Error("trust list");
  const font = fs.readFileSync(path.resolve("assets/fonts/wqy-microhei.ttc"));
  const pdf = await renderSummaryPdf(env, { fontBytes: font });
  if (!pdf.ok) throw new Error(pdf.reason);

  const results = {
    case: "R01",
    ms: {
      buildAndCanonicalize: await time(200, () => envelopeOf(build())),
      signPrepareEd25519: await time(200, () =>
        signNext(base, { signer: keys[0].signer, person: keys[0].person, signedAt: at })
      ),
      signPrepareEs256: await time(200, () =>
        signNext(base, { signer: es256, person: keys[0].person, signedAt: at })
      ),
      verifyChainIntegrity: await time(200, () => verifySignedSummary(env)),
      verifyChainWithTrust: await time(200, () => verifySignedSummary(env, { trust: trust.trust })),
      renderPdf: await time(10, () => renderSummaryPdf(env, { fontBytes: font })),
    },
    bytes: {
      payload: Buffer.byteLength(env.payload),
      summaryJson: Buffer.byteLength(JSON.stringify(env, null, 2)),
      pdf: pdf.bytes.length,
      font: font.length,
    },
    node: process.version,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/summary.json", `${JSON.stringify(results, null, 2)}\n`);
  for (const [k, v] of Object.entries(results.ms))
    console.log(`${k.padEnd(24)} ${v.toFixed(2)} ms`);
  for (const [k, v] of Object.entries(results.bytes)) console.log(`${k.padEnd(24)} ${v} bytes`);
}

void main();
