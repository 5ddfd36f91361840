/**
 * Adds the next signature of the chain 初评 → 审查 → 审定. The existing chain is verified first (nobody
 * countersigns a broken chain), the signer's role must be the step's, and the approver's level must match the
 * grade's approval route; head office assigns an unrated client's grade in its 审定 signature.
 */
import { isAssignmentRoute } from "./authority";
import { canonicalText, sha256Hex } from "./canonical";
import { readDetachedJws, payloadToB64 } from "./jws";
import type { Signer } from "./signer";
import { approverProblems, verifySignedSummary } from "./verify";
import {
  CHAIN_STEPS,
  ENVELOPE_FORMAT,
  JWS_TYPE,
  ROLE_FOR_STEP,
  ROLE_LABEL,
  STEP_LABEL,
  type Assignment,
  type ChainHeader,
  type Person,
  type RatingSummary,
  type SignedSummary,
} from "./types";

export interface SignOptions {
  readonly signer: Signer;
  readonly person: Person;
  /** When the signature is made; fixed in golden tests. */
  readonly signedAt: Date;
  /** Head office's grade and reason for an unrated client (审定 only). */
  readonly assignment?: Assignment;
}

export type SignResult =
  | { readonly ok: true; readonly signed: SignedSummary }
  | { readonly ok: false; readonly reason: string };

/** Wraps a freshly built summary in an unsigned envelope (canonical payload, no signatures). */
export function envelopeOf(summary: RatingSummary): SignedSummary {
  return { format: ENVELOPE_FORMAT, payload: canonicalText(summary), signatures: [] };
}

/**
 * Signs the next step of the chain. Errors are data: a wrong role, a wrong level, a broken chain or a failing
 * signer come back as `{ok: false, reason}` in Chinese for the pane and the CLI.
 * @example const r = await signNext(envelopeOf(summary), { signer, person, signedAt: new Date() })
 */
export async function signNext(env: SignedSummary, opts: SignOptions): Promise<SignResult> {
  const { signer, person } = opts;
  const i = env.signatures.length;
  if (i >= CHAIN_STEPS.length) return { ok: false, reason: "三个环节均已签署" };
  const used: string[] = [];
  if (i > 0) {
    const check = await verifySignedSummary(env);
    if (!check.ok) return { ok: false, reason: `现有签名链无效：${firstProblem(check)}` };
    used.push(...check.signatures.map((s) => s.thumbprint ?? ""));
  }
  const summary = JSON.parse(env.payload) as RatingSummary;
  const step = CHAIN_STEPS[i];
  if (person.role !== ROLE_FOR_STEP[step])
    return {
      ok: false,
      reason: `${STEP_LABEL[step]}须由${ROLE_LABEL[ROLE_FOR_STEP[step]]}签署，当前为${ROLE_LABEL[person.role]}`,
    };
  if (step === "prepare" && person.name !== summary.preparedBy.name)
    return { ok: false, reason: `初评须由编制人 ${summary.preparedBy.name} 签署` };
  if (step === "approve") {
    const ps = approverProblems(summary, person.level, opts.assignment);
    if (ps.length) return { ok: false, reason: ps.join("；") };
  } else if (opts.assignment) return { ok: false, reason: "只有审定可以给出总行认定" };
  if (used.includes(signer.thumbprint)) return { ok: false, reason: "同一密钥不能签署两个环节" };

  const header: ChainHeader = {
    alg: signer.alg,
    typ: JWS_TYPE,
    kid: signer.thumbprint,
    jwk: signer.publicJwk,
    step,
    name: person.name,
    role: person.role,
    level: person.level,
    signedAt: opts.signedAt.toISOString(),
    ...(i > 0 ? { prev: sha256Hex(env.signatures[i - 1]) } : {}),
    ...(step === "approve" && isAssignmentRoute(summary.approval.route) && opts.assignment
      ? { assignment: { grade: opts.assignment.grade, reason: opts.assignment.reason.trim() } }
      : {}),
  };
  let compact: string;
  try {
    compact = await signer.sign(header, new TextEncoder().encode(env.payload));
  } catch (e) {
    return { ok: false, reason: `签名失败：${e instanceof Error ? e.message : String(e)}` };
  }
  const parts = compact.split(".");
  const payloadB64 = payloadToB64(env.payload);
  if (parts.length !== 3 || parts[1] !== payloadB64)
    return { ok: false, reason: "签名服务返回的 JWS 与摘要不符" };
  const detached = `${parts[0]}..${parts[2]}`;
  const read = await readDetachedJws(detached, payloadB64);
  if (!read.ok) return { ok: false, reason: `签名服务返回的 JWS 无效：${read.problem}` };
  if (read.header.kid !== signer.thumbprint || read.header.step !== step)
    return { ok: false, reason: "签名服务返回的签名头与请求不符" };
  return { ok: true, signed: { ...env, signatures: [...env.signatures, detached] } };
}

function firstProblem(r: {
  problems: readonly string[];
  signatures: readonly { problems: readonly string[] }[];
}): string {
  return r.problems[0] ?? r.signatures.flatMap((s) => s.problems)[0] ?? "未知问题";
}
