import { webcrypto } from "node:crypto";
import {
  createKeySigner,
  envelopeOf,
  parseTrustList,
  signNext,
  verifySignedSummary,
  type TrustList,
} from "../../src/summary";
import { at, signChain, summaryOf, testKey, trustDoc } from "./fixtures";

function trust(): TrustList {
  const r = parseTrustList(trustDoc());
  if (!r.success) throw new Error(r.issues.join("\n"));
  return r.trust;
}

describe("sign → countersign → verify", () => {
  it("verifies a full chain for a head-office grade, with and without the trust list", async () => {
    const s = summaryOf("R01");
    expect(s.grade).toBe("AAA");
    const env = await signChain(s);
    expect(env.signatures).toHaveLength(3);
    const plain = await verifySignedSummary(env);
    expect(plain.ok).toBe(true);
    expect(plain.complete).toBe(true);
    expect(plain.trustChecked).toBe(false);
    expect(plain.signatures.map((x) => [x.step, x.name, x.level, x.trusted])).toEqual([
      ["prepare", "王敏", "branch", null],
      ["review", "李强", "branch", null],
      ["approve", "陈静", "head_office", null],
    ]);
    const trusted = await verifySignedSummary(JSON.parse(JSON.stringify(env)), { trust: trust() });
    expect(trusted.ok).toBe(true);
    expect(trusted.signatures.every((x) => x.trusted === true)).toBe(true);
    expect(trusted.grade).toBe("AAA");
    expect(trusted.summary?.model.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("Ed25519 chains are deterministic (golden PDFs rely on it)", async () => {
    const a = await signChain(summaryOf("R01"));
    const b = await signChain(summaryOf("R01"));
    expect(a).toEqual(b);
  });

  it("signs with ES256 through WebCrypto", async () => {
    const pair = (await webcrypto.subtle.generateKey(
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["sign", "verify"]
    )) as CryptoKeyPair;
    const signer = await createKeySigner(pair.privateKey, pair.publicKey);
    expect(signer.alg).toBe("ES256");
    const r = await signNext(envelopeOf(summaryOf("S02")), {
      signer,
      person: { name: "王敏", role: "officer", level: "branch" },
      signedAt: at(0),
    });
    if (!r.ok) throw new Error(r.reason);
    const v = await verifySignedSummary(r.signed);
    expect(v.ok).toBe(true);
    expect(v.complete).toBe(false);
    expect(v.signatures[0].alg).toBe("ES256");
  });
});

describe("authority", () => {
  it("refuses to sign a head-office grade with a branch approver", async () => {
    await expect(signChain(summaryOf("R01"), "approver-branch")).rejects.toThrow(/审定级别不符/);
  });

  it("rejects a chain whose approver's level does not match the grade", async () => {
    // Forge it: sign BBB's chain with the head-office approver, then verify it against the BBB payload (branch).
    const s = summaryOf("S02");
    expect(s.grade).toBe("BBB");
    await expect(signChain(s, "approver-head-office")).rejects.toThrow(/须由支行审定/);
    // A forged chain that bypasses signNext: hand-craft the approve step with a custom signer.
    const env = await signChain(s);
    const ho = await testKey("approver-head-office");
    const last = env.signatures[2];
    const header = JSON.parse(Buffer.from(last.split(".")[0], "base64url").toString("utf8"));
    const forgedHeader = {
      ...header,
      kid: ho.signer.thumbprint,
      jwk: ho.signer.publicJwk,
      name: "陈静",
      level: "head_office",
    };
    const forged = await ho.signer.sign(forgedHeader, new TextEncoder().encode(env.payload));
    const [h, , sig] = forged.split(".");
    const bad = { ...env, signatures: [env.signatures[0], env.signatures[1], `${h}..${sig}`] };
    const v = await verifySignedSummary(bad, { trust: trust() });
    expect(v.ok).toBe(false);
    expect(v.signatures[2].valid).toBe(false);
    expect(v.signatures[2].problems.join()).toMatch(/审定级别不符/);
  });

  it("an unrated client needs head office's assignment with a reason", async () => {
    const s = summaryOf("S09");
    expect(s.approval.route).toBe("head_office_assignment");
    await expect(signChain(s)).rejects.toThrow(/总行认定/);
    const env = await signChain(s, undefined, { grade: "A", reason: "财政全额拨款，偿债有保障" });
    const v = await verifySignedSummary(env, { trust: trust() });
    expect(v.ok).toBe(true);
    expect(v.grade).toBe("A");
    expect(v.assignment).toEqual({ grade: "A", reason: "财政全额拨款，偿债有保障" });
  });

  it("refuses a step signed by the wrong role and a key used twice", async () => {
    const env = envelopeOf(summaryOf("S02"));
    const rev = await testKey("reviewer");
    const r = await signNext(env, { signer: rev.signer, person: rev.person, signedAt: at(0) });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/初评须由客户经理签署/) });
    const prep = await testKey("preparer");
    const one = await signNext(env, { signer: prep.signer, person: prep.person, signedAt: at(0) });
    if (!one.ok) throw new Error(one.reason);
    const two = await signNext(one.signed, {
      signer: prep.signer,
      person: { ...prep.person, role: "reviewer" },
      signedAt: at(1),
    });
    expect(two).toEqual({ ok: false, reason: "同一密钥不能签署两个环节" });
  });
});

describe("trust", () => {
  it("reports an unregistered key as untrusted, and integrity-only without a list", async () => {
    const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, false, [
      "sign",
      "verify",
    ])) as CryptoKeyPair;
    const stranger = await createKeySigner(pair.privateKey, pair.publicKey);
    const r = await signNext(envelopeOf(summaryOf("S02")), {
      signer: stranger,
      person: { name: "王敏", role: "officer", level: "branch" },
      signedAt: at(0),
    });
    if (!r.ok) throw new Error(r.reason);
    const plain = await verifySignedSummary(r.signed);
    expect(plain.ok).toBe(true);
    expect(plain.signatures[0].trusted).toBeNull();
    const v = await verifySignedSummary(r.signed, { trust: trust() });
    expect(v.ok).toBe(false);
    expect(v.signatures[0]).toMatchObject({ valid: true, trusted: false });
    expect(v.signatures[0].problems).toEqual(["密钥未在信任列表中登记"]);
  });

  it("a registered key signing under another name is untrusted", async () => {
    const prep = await testKey("preparer");
    const s = {
      ...summaryOf("S02"),
      preparedBy: { name: "王小敏", role: "officer" as const, level: "branch" as const },
    };
    const r = await signNext(envelopeOf(s), {
      signer: prep.signer,
      person: s.preparedBy,
      signedAt: at(0),
    });
    if (!r.ok) throw new Error(r.reason);
    const v = await verifySignedSummary(r.signed, { trust: trust() });
    expect(v.signatures[0].trusted).toBe(false);
    expect(v.signatures[0].problems[0]).toMatch(/姓名（登记为 王敏）/);
  });
});

describe("the summary document", () => {
  it("reads an Excel date serial as the rating date, and keeps text dates", async () => {
    const { ratedOnText } = await import("../../src/summary/build");
    expect(ratedOnText("46346")).toBe("2026-11-20");
    expect(ratedOnText("2026-11-20")).toBe("2026-11-20");
    expect(ratedOnText(" ")).toBeNull();
  });

  it("records the input line items and their hash, equal for equal inputs", () => {
    const a = summaryOf("S02");
    expect(a.inputs.items["cur.total_assets"]).toEqual(expect.any(Number));
    expect(a.inputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(summaryOf("S02").inputs.sha256).toBe(a.inputs.sha256);
    expect(summaryOf("S05").inputs.sha256).not.toBe(a.inputs.sha256);
    expect(a.indicators.find((i) => i.id === "Q3")?.standard).toBe(
      "标准值 60%，最差 90%（越低越好）"
    );
    expect(a.client).toMatchObject({ industryLabel: "工业", typeLabel: "企业" });
  });
});
