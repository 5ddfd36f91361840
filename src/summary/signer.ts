/**
 * One `Signer` interface for every way a signature gets made: a local WebCrypto key in the pane (ES256, kept
 * non-extractable in IndexedDB), a key file in the CLI (ES256 or Ed25519, the deterministic test signer), or later
 * a bank signing service that returns the JWS over HTTPS. The chain code only ever sees this interface.
 */
import { CompactSign, calculateJwkThumbprint, exportJWK, importJWK, type JWK } from "jose";
import type { ChainHeader } from "./types";

/** The algorithms a chain may use; verification pins exactly these. */
export const ALGORITHMS = ["ES256", "EdDSA"] as const;
export type SigningAlg = (typeof ALGORITHMS)[number];

export interface Signer {
  readonly alg: SigningAlg;
  /** The public key (public members only), embedded in each header it signs. */
  readonly publicJwk: Readonly<Record<string, string>>;
  /** RFC 7638 SHA-256 thumbprint of `publicJwk`: the key id head office registers. */
  readonly thumbprint: string;
  /**
   * Signs `payload` under exactly `header` and returns the compact JWS with the payload attached.
   * A remote service may throw (network, refusal); the caller reports it.
   */
  sign(header: ChainHeader, payload: Uint8Array): Promise<string>;
}

/** Keeps only the public members of a P-256 or Ed25519 JWK, so a private `d` can never reach a header. */
export function publicMembers(jwk: JWK): Record<string, string> {
  if (jwk.kty === "EC" && jwk.crv === "P-256" && jwk.x && jwk.y)
    return { crv: "P-256", kty: "EC", x: jwk.x, y: jwk.y };
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519" && jwk.x)
    return { crv: "Ed25519", kty: "OKP", x: jwk.x };
  throw new TypeError(`unsupported key: kty=${String(jwk.kty)} crv=${String(jwk.crv)}`);
}

/** The algorithm a public JWK signs with. */
export function algForJwk(jwk: Readonly<Record<string, unknown>>): SigningAlg | null {
  if (jwk.kty === "EC" && jwk.crv === "P-256") return "ES256";
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") return "EdDSA";
  return null;
}

/** RFC 7638 thumbprint (SHA-256, base64url) of a public JWK. */
export function thumbprintOf(jwk: Readonly<Record<string, string>>): Promise<string> {
  return calculateJwkThumbprint(jwk as JWK, "sha256");
}

/**
 * A signer over a local key pair (WebCrypto `CryptoKey`s; the private key may be non-extractable).
 * @throws TypeError when the public key is neither P-256 nor Ed25519 (misuse).
 * @example const signer = await createKeySigner(pair.privateKey, pair.publicKey)
 */
export async function createKeySigner(
  privateKey: CryptoKey,
  publicKey: CryptoKey
): Promise<Signer> {
  const publicJwk = publicMembers(await exportJWK(publicKey));
  const alg = algForJwk(publicJwk);
  if (!alg) throw new TypeError("unsupported key");
  return signerOver(privateKey, publicJwk, alg);
}

/**
 * A signer over a private JWK (key files of the CLI; Ed25519 makes deterministic signatures for golden tests).
 * @throws TypeError when the JWK is not a P-256 or Ed25519 private key (misuse).
 */
export async function createJwkSigner(privateJwk: JWK): Promise<Signer> {
  const publicJwk = publicMembers(privateJwk);
  const alg = algForJwk(publicJwk);
  if (!alg || typeof privateJwk.d !== "string")
    throw new TypeError("not a private P-256 or Ed25519 JWK");
  const key = await importJWK({ ...publicJwk, d: privateJwk.d }, alg);
  return signerOver(key, publicJwk, alg);
}

/** The Signer both constructors return: compact JWS over the payload with the key, named by its thumbprint. */
async function signerOver(
  key: Parameters<CompactSign["sign"]>[0],
  publicJwk: Signer["publicJwk"],
  alg: Signer["alg"]
): Promise<Signer> {
  return {
    alg,
    publicJwk,
    thumbprint: await thumbprintOf(publicJwk),
    sign: (header, payload) =>
      new CompactSign(payload)
        .setProtectedHeader(header as unknown as Parameters<CompactSign["setProtectedHeader"]>[0])
        .sign(key),
  };
}
