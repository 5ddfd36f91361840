/**
 * Strict reading of one detached compact JWS of the chain (`header..signature`, RFC 7515 Appendix F): canonical
 * base64url only, pinned algorithms, a known header with no extensions, a public key whose thumbprint is the kid,
 * and a signature jose verifies over the re-attached payload.
 */
import { compactVerify, importJWK, type JWK } from "jose";
import { decodeBase64urlStrict, encodeBase64url } from "./base64url";
import { ALGORITHMS, algForJwk, thumbprintOf, type SigningAlg } from "./signer";
import { CHAIN_STEPS, JWS_TYPE, type ChainHeader } from "./types";

const HEADER_KEYS = new Set([
  "alg",
  "typ",
  "kid",
  "jwk",
  "step",
  "name",
  "role",
  "level",
  "signedAt",
  "prev",
  "assignment",
]);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

export type ReadJws =
  | { readonly ok: true; readonly header: ChainHeader }
  | { readonly ok: false; readonly header: Partial<ChainHeader> | null; readonly problem: string };

function checkHeader(h: Record<string, unknown>): string | null {
  const extra = Object.keys(h).filter((k) => !HEADER_KEYS.has(k));
  if (extra.length) return `签名头含未知字段：${extra.join(", ")}`;
  if (!ALGORITHMS.includes(h.alg as SigningAlg)) return `算法不被接受：${String(h.alg)}`;
  if (h.typ !== JWS_TYPE) return `签名类型不符：${String(h.typ)}`;
  if (typeof h.jwk !== "object" || h.jwk === null) return "签名头缺少公钥";
  const jwk = h.jwk as Record<string, unknown>;
  if (algForJwk(jwk) !== h.alg) return "公钥类型与算法不符";
  const allowed = h.alg === "ES256" ? ["crv", "kty", "x", "y"] : ["crv", "kty", "x"];
  if (
    Object.keys(jwk).some((k) => !allowed.includes(k)) ||
    allowed.some((k) => typeof jwk[k] !== "string")
  )
    return "公钥只能含公开成员";
  if (!CHAIN_STEPS.includes(h.step as never)) return `未知签署环节：${String(h.step)}`;
  if (typeof h.name !== "string" || h.name.trim() === "") return "签署人姓名为空";
  if (!["officer", "reviewer", "approver"].includes(h.role as string)) return "未知角色";
  if (!["branch", "head_office"].includes(h.level as string)) return "未知级别";
  if (typeof h.signedAt !== "string" || !ISO_UTC.test(h.signedAt) || isNaN(Date.parse(h.signedAt)))
    return "签署时间格式错误";
  if (h.prev !== undefined && (typeof h.prev !== "string" || !/^[0-9a-f]{64}$/.test(h.prev)))
    return "前一签名的哈希格式错误";
  if (h.assignment !== undefined) {
    const a = h.assignment as Record<string, unknown>;
    if (
      typeof a !== "object" ||
      a === null ||
      typeof a.grade !== "string" ||
      typeof a.reason !== "string"
    )
      return "总行认定格式错误";
    if (Object.keys(a).some((k) => k !== "grade" && k !== "reason")) return "总行认定含未知字段";
  }
  return null;
}

/**
 * Reads and verifies one detached JWS against the payload bytes. Never throws: every failure is a problem.
 * @param payloadB64 the canonical base64url of the payload the chain covers
 */
export async function readDetachedJws(jws: unknown, payloadB64: string): Promise<ReadJws> {
  if (typeof jws !== "string") return { ok: false, header: null, problem: "签名不是字符串" };
  const parts = jws.split(".");
  if (parts.length !== 3 || parts[1] !== "")
    return { ok: false, header: null, problem: "签名不是分离式紧凑 JWS（header..signature）" };
  const headerBytes = decodeBase64urlStrict(parts[0]);
  const sigBytes = decodeBase64urlStrict(parts[2]);
  if (!headerBytes || !sigBytes)
    return { ok: false, header: null, problem: "base64url 编码不规范（重新编码后不一致）" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(headerBytes));
  } catch {
    return { ok: false, header: null, problem: "签名头不是 JSON" };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { ok: false, header: null, problem: "签名头不是对象" };
  const h = parsed as Record<string, unknown>;
  const partial = h as Partial<ChainHeader>;
  const bad = checkHeader(h);
  if (bad) return { ok: false, header: partial, problem: bad };
  const header = h as unknown as ChainHeader;
  if (sigBytes.length !== 64) return { ok: false, header, problem: "签名长度不符" };
  if ((await thumbprintOf(header.jwk)) !== header.kid)
    return { ok: false, header, problem: "kid 与公钥指纹不符" };
  try {
    const key = await importJWK(header.jwk as JWK, header.alg);
    await compactVerify(`${parts[0]}.${payloadB64}.${parts[2]}`, key, { algorithms: [header.alg] });
  } catch {
    return { ok: false, header, problem: "签名验证失败" };
  }
  return { ok: true, header };
}

/** The canonical base64url of a payload text's UTF-8 bytes. */
export function payloadToB64(payload: string): string {
  return encodeBase64url(new TextEncoder().encode(payload));
}
