/**
 * Verifies a signed summary: the envelope, the canonical payload, each signature of the chain (strictly), the
 * chain's order and links, the approver's authority for the grade, and — given a trust list — that every signer is
 * registered with the name, role and level they signed under. Returns a report; never throws.
 */
import { isAssignmentRoute, requiredApproverLevel } from "./authority";
import { isCanonicalJson, sha256Hex } from "./canonical";
import { payloadToB64, readDetachedJws } from "./jws";
import { parseSummaryPayload } from "./payloadSchema";
import { trustProblem, type TrustList } from "./trust";
import {
  CHAIN_STEPS,
  ENVELOPE_FORMAT,
  ROLE_FOR_STEP,
  type Assignment,
  type ChainStep,
  type RatingSummary,
  type SignerLevel,
  type SignerRole,
} from "./types";

export interface SignatureReport {
  readonly index: number;
  readonly step: ChainStep | null;
  readonly role: SignerRole | null;
  readonly name: string | null;
  readonly level: SignerLevel | null;
  readonly signedAt: string | null;
  readonly thumbprint: string | null;
  readonly alg: string | null;
  /** The signature verifies and the chain rules for its place hold. */
  readonly valid: boolean;
  /** null when no trust list was given. */
  readonly trusted: boolean | null;
  readonly problems: readonly string[];
}

export interface VerifyReport {
  /** Everything checked passed (integrity, chain, authority claims, and trust when a list was given). */
  readonly ok: boolean;
  /** All three steps (初评, 审查, 审定) are signed. */
  readonly complete: boolean;
  readonly trustChecked: boolean;
  readonly summary: RatingSummary | null;
  readonly payloadSha256: string | null;
  /** The grade that holds: the final grade, or head office's assigned grade for an unrated client. */
  readonly grade: string | null;
  readonly assignment: Assignment | null;
  readonly signatures: readonly SignatureReport[];
  /** Problems of the envelope or payload, not of one signature. */
  readonly problems: readonly string[];
}

export interface VerifyOptions {
  readonly trust?: TrustList;
}

function fail(problems: string[], summary: RatingSummary | null = null): VerifyReport {
  return {
    ok: false,
    complete: false,
    trustChecked: false,
    summary,
    payloadSha256: null,
    grade: null,
    assignment: null,
    signatures: [],
    problems,
  };
}

/**
 * @param signed a parsed `summary.json` (or anything: it is checked)
 * @example const report = await verifySignedSummary(JSON.parse(text), { trust })
 */
export async function verifySignedSummary(
  signed: unknown,
  opts: VerifyOptions = {}
): Promise<VerifyReport> {
  if (typeof signed !== "object" || signed === null) return fail(["不是签名摘要文件"]);
  const env = signed as Record<string, unknown>;
  const keys = Object.keys(env).sort().join(",");
  if (env.format !== ENVELOPE_FORMAT || keys !== "format,payload,signatures")
    return fail([`不是 ${ENVELOPE_FORMAT} 格式的签名摘要`]);
  if (typeof env.payload !== "string" || !Array.isArray(env.signatures))
    return fail(["签名摘要缺少 payload 或 signatures"]);
  const payload = env.payload;
  if (!isCanonicalJson(payload)) return fail(["payload 不是 RFC 8785 规范 JSON"]);
  const parsed = parseSummaryPayload(JSON.parse(payload));
  if (!parsed.ok) return fail(parsed.problems);
  const summary = parsed.summary;
  const sigs = env.signatures as unknown[];
  const problems: string[] = [];
  if (sigs.length === 0) problems.push("没有签名");
  if (sigs.length > CHAIN_STEPS.length) problems.push("签名多于三个环节");

  const payloadB64 = payloadToB64(payload);
  const reports: SignatureReport[] = [];
  const seenKeys = new Set<string>();
  let assignment: Assignment | null = null;
  for (let i = 0; i < sigs.length; i++) {
    const read = await readDetachedJws(sigs[i], payloadB64);
    const h = read.header ?? {};
    const ps: string[] = read.ok ? [] : [read.problem];
    if (read.ok) {
      const step = CHAIN_STEPS[i];
      const hd = read.header;
      if (hd.step !== step) ps.push(`第 ${i + 1} 个签名应为 ${step}，实为 ${hd.step}`);
      if (hd.role !== ROLE_FOR_STEP[hd.step])
        ps.push(`环节 ${hd.step} 的签署人角色不应为 ${hd.role}`);
      const prevSig = sigs[i - 1];
      if (i === 0 && hd.prev !== undefined) ps.push("初评签名不应有前一签名");
      if (i > 0 && hd.prev !== sha256Hex(String(prevSig))) ps.push("与前一签名的链接不符");
      const prevAt = reports[i - 1]?.signedAt;
      if (prevAt && Date.parse(hd.signedAt) < Date.parse(prevAt)) ps.push("签署时间早于前一签名");
      if (seenKeys.has(hd.kid)) ps.push("同一密钥不能签署两个环节");
      seenKeys.add(hd.kid);
      if (step === "prepare") {
        const p = summary.preparedBy;
        if (hd.name !== p.name || hd.level !== p.level) ps.push("初评签署人与摘要的编制人不符");
      }
      if (step === "approve") ps.push(...approverProblems(summary, hd.level, hd.assignment));
      if (step === "approve" && hd.assignment) assignment = hd.assignment;
      if (step !== "approve" && hd.assignment) ps.push("只有审定签名可以带总行认定");
    }
    let trusted: boolean | null = null;
    let distrust: string | null = null;
    if (opts.trust && read.ok) {
      distrust = trustProblem(opts.trust, read.header.kid, read.header);
      trusted = distrust === null;
    } else if (opts.trust) trusted = false;
    reports.push({
      index: i,
      step: (h.step as ChainStep) ?? null,
      role: (h.role as SignerRole) ?? null,
      name: typeof h.name === "string" ? h.name : null,
      level: (h.level as SignerLevel) ?? null,
      signedAt: typeof h.signedAt === "string" ? h.signedAt : null,
      thumbprint: typeof h.kid === "string" ? h.kid : null,
      alg: typeof h.alg === "string" ? h.alg : null,
      valid: read.ok && ps.length === 0,
      trusted,
      problems: distrust ? [...ps, distrust] : ps,
    });
  }
  const ok = problems.length === 0 && reports.every((r) => r.problems.length === 0);
  const grade = isAssignmentRoute(summary.approval.route)
    ? (assignment?.grade ?? null)
    : summary.grade;
  return {
    ok,
    complete: reports.length === CHAIN_STEPS.length,
    trustChecked: Boolean(opts.trust),
    summary,
    payloadSha256: sha256Hex(payload),
    grade,
    assignment,
    signatures: reports,
    problems,
  };
}

/** The 审定 signature's authority: its level must match the grade's approval route (and an assignment iff unrated). */
export function approverProblems(
  summary: RatingSummary,
  level: SignerLevel,
  assignment: Assignment | undefined
): string[] {
  const out: string[] = [];
  const need = requiredApproverLevel(summary.approval.route);
  if (need === null) out.push(`未知审批路径：${summary.approval.route}`);
  else if (level !== need)
    out.push(
      `审定级别不符：等级 ${summary.grade} 须由${need === "head_office" ? "总行" : "支行"}审定`
    );
  if (isAssignmentRoute(summary.approval.route)) {
    if (!assignment) out.push("未评级客户须有总行认定的等级和理由");
    else {
      if (!summary.model.grades.includes(assignment.grade))
        out.push(`认定等级 ${assignment.grade} 不是模型的等级`);
      if (assignment.reason.trim() === "") out.push("总行认定须写明理由");
    }
  } else if (assignment) out.push("已评级客户的审定不应带总行认定");
  return out;
}
