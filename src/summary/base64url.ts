/**
 * Strict base64url (RFC 4648 §5, no padding). JWS libraries accept encodings whose unused trailing bits are not
 * zero, so "…Q" and "…R" can decode to the same bytes: a changed character would go unnoticed. Here an encoding
 * is accepted only when it re-encodes to itself.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * Decodes unpadded base64url, refusing anything that is not the one canonical encoding of its bytes
 * (padding, other alphabets, a length of 1 mod 4, non-zero trailing bits).
 * @returns the bytes, or null when `text` is not canonical base64url.
 */
export function decodeBase64urlStrict(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const c of text) {
    const v = INDEX.get(c);
    if (v === undefined) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, else another text decodes to the same bytes.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) return null;
  return encodeBase64url(out) === text ? out : null;
}
