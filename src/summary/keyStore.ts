/**
 * The pane user's signing key: an ES256 (P-256) WebCrypto key pair made once and kept in the browser's IndexedDB.
 * The private key is non-extractable — script can sign with it but never read it — and IndexedDB stores the
 * CryptoKey object itself (structured clone), not its bytes. The public key is exported as a JWK with its RFC 7638
 * thumbprint so head office can register it in the trust list.
 *
 * Limits (say them to users): the key lives in one webview profile; clearing Office's cache loses it (make a new
 * one and have it registered); it proves integrity and which registered key signed, not non-repudiation.
 */
import { createKeySigner, type Signer } from "./signer";

const DB = "credit-rating-signing";
const STORE = "keys";
const KEY_ID = "es256";

interface StoredPair {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly createdAt: string;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

function openDb(idb: IDBFactory): Promise<IDBDatabase> {
  const r = idb.open(DB, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

async function readPair(db: IDBDatabase): Promise<StoredPair | undefined> {
  const tx = db.transaction(STORE, "readonly");
  return (await request(tx.objectStore(STORE).get(KEY_ID))) as StoredPair | undefined;
}

async function writePair(db: IDBDatabase, pair: StoredPair): Promise<void> {
  const tx = db.transaction(STORE, "readwrite");
  await request(tx.objectStore(STORE).put(pair, KEY_ID));
}

export interface KeyStoreDeps {
  readonly indexedDB: IDBFactory;
  readonly subtle: SubtleCrypto;
}

function defaultDeps(): KeyStoreDeps {
  return { indexedDB: globalThis.indexedDB, subtle: globalThis.crypto.subtle };
}

/**
 * @returns the signer of this browser's key, or null when none was made yet.
 * @throws Error when IndexedDB or WebCrypto is unavailable (an insecure context or a locked-down webview).
 */
export async function loadBrowserSigner(
  deps: KeyStoreDeps = defaultDeps()
): Promise<Signer | null> {
  const db = await openDb(deps.indexedDB);
  try {
    const pair = await readPair(db);
    return pair ? await createKeySigner(pair.privateKey, pair.publicKey) : null;
  } finally {
    db.close();
  }
}

/**
 * The signer of this browser's key, making and storing a new non-extractable ES256 key on first use.
 * @throws Error when IndexedDB or WebCrypto is unavailable.
 * @example const signer = await browserSigner(); signer.thumbprint // register this with head office
 */
export async function browserSigner(deps: KeyStoreDeps = defaultDeps()): Promise<Signer> {
  const db = await openDb(deps.indexedDB);
  try {
    let pair = await readPair(db);
    if (!pair) {
      const made = (await deps.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
        "sign",
        "verify",
      ])) as CryptoKeyPair;
      pair = { ...made, createdAt: new Date().toISOString() };
      await writePair(db, pair);
    }
    return await createKeySigner(pair.privateKey, pair.publicKey);
  } finally {
    db.close();
  }
}

/** The JSON head office needs to register a key in the trust list (public JWK, thumbprint, the person). */
export function registrationRequest(
  signer: Signer,
  person: { name: string; role: string; level: string }
): string {
  return JSON.stringify(
    {
      thumbprint: signer.thumbprint,
      name: person.name,
      role: person.role,
      level: person.level,
      jwk: signer.publicJwk,
    },
    null,
    2
  );
}
