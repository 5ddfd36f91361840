/**
 * RFC 8785 canonical JSON (via `canonicalize`) and SHA-256, the two things every signature rests on. Synchronous
 * (noble-hashes) so the pane's stale check and the PDF renderer need no WebCrypto.
 */
import canonicalize from "canonicalize";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * @returns the RFC 8785 canonical JSON text of `value`.
 * @throws TypeError when `value` cannot be canonicalized (a cycle, a lone surrogate, a non-finite number): misuse.
 */
export function canonicalText(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("value cannot be canonicalized");
  return text;
}

/** SHA-256 of a string's UTF-8 bytes (or of bytes), as lower-case hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === "string" ? utf8ToBytes(data) : data));
}

/** True when `text` is JSON and is exactly its own RFC 8785 canonical form. Never throws. */
export function isCanonicalJson(text: string): boolean {
  try {
    return canonicalize(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

export { utf8ToBytes };
