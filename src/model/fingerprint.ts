/**
 * A model's fingerprint: SHA-256 over its RFC 8785 canonical JSON, so the same document always has the same
 * fingerprint whatever its key order or whitespace. Synchronous and pure (noble-hashes) because custom functions
 * call it on recalculation.
 */
import canonicalize from "canonicalize";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * @returns the hex SHA-256 of the canonical JSON of `value`.
 * @throws TypeError when `value` cannot be canonicalized (e.g. it holds a cycle or a lone surrogate): misuse.
 */
export function fingerprintOf(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError("value cannot be canonicalized");
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** First 12 hex digits: what a cell or a report shows. */
export function shortFingerprint(fp: string): string {
  return fp.slice(0, 12);
}
