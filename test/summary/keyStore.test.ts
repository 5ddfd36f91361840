/** The browser key store over a real IndexedDB implementation (fake-indexeddb) and Node's WebCrypto. */
import { IDBFactory } from "fake-indexeddb";
import { webcrypto } from "node:crypto";
import {
  browserSigner,
  envelopeOf,
  loadBrowserSigner,
  parseTrustList,
  registrationRequest,
  signNext,
  verifySignedSummary,
} from "../../src/summary";
import { at, summaryOf } from "./fixtures";

const subtle = webcrypto.subtle as unknown as SubtleCrypto;

it("makes one non-extractable ES256 key, keeps it, and signs with it", async () => {
  const deps = { indexedDB: new IDBFactory(), subtle };
  expect(await loadBrowserSigner(deps)).toBeNull();
  const first = await browserSigner(deps);
  const again = await browserSigner(deps);
  expect(again.thumbprint).toBe(first.thumbprint);
  expect(first.alg).toBe("ES256");
  expect(Object.keys(first.publicJwk).sort()).toEqual(["crv", "kty", "x", "y"]);

  const person = { name: "王敏", role: "officer" as const, level: "branch" as const };
  const r = await signNext(envelopeOf(summaryOf("S02")), {
    signer: again,
    person,
    signedAt: at(0),
  });
  if (!r.ok) throw new Error(r.reason);
  // Head office registers the key from the request the pane shows; then the signature is trusted.
  const entry = JSON.parse(registrationRequest(first, person));
  const trust = parseTrustList({ kind: "rating-trust-list", version: 1, keys: [entry] });
  if (!trust.success) throw new Error(trust.issues.join());
  const v = await verifySignedSummary(r.signed, { trust: trust.trust });
  expect(v.signatures[0]).toMatchObject({ valid: true, trusted: true, alg: "ES256" });
});

it("the stored private key cannot be exported", async () => {
  const idb = new IDBFactory();
  await browserSigner({ indexedDB: idb, subtle });
  const db: IDBDatabase = await new Promise((res, rej) => {
    const o = idb.open("credit-rating-signing", 1);
    o.onsuccess = () => res(o.result);
    o.onerror = () => rej(o.error);
  });
  const pair: { privateKey: CryptoKey } = await new Promise((res, rej) => {
    const g = db.transaction("keys").objectStore("keys").get("es256");
    g.onsuccess = () => res(g.result);
    g.onerror = () => rej(g.error);
  });
  db.close();
  expect(pair.privateKey.extractable).toBe(false);
  await expect(subtle.exportKey("jwk", pair.privateKey)).rejects.toThrow();
});
