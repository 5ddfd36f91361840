/**
 * `credit-rating verify FILE [--trust trust.json]`: checks a signed summary (JSON, PDF or workbook) and prints each
 * signature, the model fingerprint and the grade. Exit 0 only when every check passes and the chain is complete.
 */
import {
  LEVEL_LABEL,
  ROLE_LABEL,
  STEP_LABEL,
  verifySignedSummary,
  type VerifyReport,
} from "../../summary";
import { readSignedSummaryFile, readTrustFile, summarySource } from "../../node/summaryFiles";
import { argsOrExit } from "../args";
import { EXIT, type Command } from "../command";

const HELP = `用法：credit-rating verify FILE [--trust 信任列表.json] [选项]

核验签名评级摘要。FILE 可以是 summary.json、summary.pdf（核验其附件 rating-summary.json，而不是页面上的文字）
或保存了摘要的工作簿 .xlsx（_summary 表）。

逐一检查：payload 是 RFC 8785 规范 JSON；每个签名的 base64url 编码规范（重新编码必须一致）、算法限定为
ES256/EdDSA、kid 等于公钥指纹、签名有效；签名链顺序为 初评 → 审查 → 审定 且逐个链接；审定人的级别符合
等级的审批路径（AAA/AA/A 总行，BBB/BB/B 支行，未评级由总行认定）。
给出 --trust 时，还检查每个签署人的密钥是否在信任列表中以相同的姓名、角色和级别登记；
不给时只核验完整性，并明确说明未核验签署人身份与权限。

选项：
  --trust FILE      总行发布的信任列表（JSON）
  --partial         签名链未完成（少于三个环节）时也视为通过
  --format text|json  输出格式（默认 text）
  -h, --help        显示本帮助

退出码：0 全部通过；1 有任何一项未通过（或签名链未完成），或 FILE 无法读取、不含摘要；
        2 用法错误（含 --trust 信任列表无法读取或无效）。

示例：
  credit-rating verify summary.pdf --trust templates/keys/TEST-ONLY-trust.json`;

const SPEC = {
  trust: { value: true },
  partial: { value: false },
  format: { value: true, choices: ["text", "json"] },
} as const;

const yesNo = (b: boolean | null, yes: string, no: string, none: string): string =>
  b === null ? none : b ? yes : no;

/**
 * A signature time in UTC with Beijing time (UTC+8, no daylight saving) beside it, as officers read it.
 * @example signedTime("2026-11-20T08:00:00Z") // "2026-11-20 08:00:00 UTC（北京时间 2026-11-20 16:00:00）"
 */
export function signedTime(iso: string | null): string {
  if (!iso) return "?";
  const t = new Date(iso);
  if (isNaN(t.getTime())) return iso;
  const utc = t.toISOString();
  const bj = new Date(t.getTime() + 8 * 3600_000).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 19)} UTC（北京时间 ${bj.slice(0, 10)} ${bj.slice(11, 19)}）`;
}

/**
 * The report as the lines the command prints. The verdict comes first, and when the summary fails its checks the
 * client, grade and total it claims are labelled unverified, so nobody reads altered values as checked ones.
 */
export function reportLines(r: VerifyReport, partial: boolean): string[] {
  const s = r.summary;
  const ok = passed(r, partial);
  const out: string[] = [ok ? "结果：通过" : "结果：未通过"];
  if (s) {
    if (!r.ok) out.push("以下为摘要自称的内容（未经核验的内容），核验未通过，不可采信：");
    out.push(`客户：${s.client.name}`);
    out.push(`模型：${s.model.id} ${s.model.version}  指纹 ${s.model.fingerprint}`);
    out.push(
      `等级：${r.grade ?? "（未认定）"}${s.total ? `  总分 ${s.total}` : ""}  ${s.approval.label}`
    );
    if (r.assignment) out.push(`总行认定：${r.assignment.grade}，理由：${r.assignment.reason}`);
    out.push(`摘要哈希：sha256:${r.payloadSha256}`);
  }
  for (const p of r.problems) out.push(`✗ ${p}`);
  for (const g of r.signatures) {
    const who = `${g.name ?? "?"}（${g.role ? ROLE_LABEL[g.role] : "?"}，${g.level ? LEVEL_LABEL[g.level] : "?"}）`;
    out.push(
      `${g.index + 1}. ${g.step ? STEP_LABEL[g.step] : "?"}  ${who}  ${signedTime(g.signedAt)}  ${g.alg ?? "?"}  ` +
        `指纹 ${g.thumbprint ?? "?"}  ${g.valid ? "签名有效" : "签名无效"}  ` +
        yesNo(g.trusted, "已登记可信", "不可信", "未核验身份")
    );
    for (const p of g.problems) out.push(`   ✗ ${p}`);
  }
  if (s && !r.complete)
    out.push(
      `签名链未完成：已签 ${r.signatures.length} / 3 个环节${partial ? "（--partial）" : ""}`
    );
  if (!r.trustChecked)
    out.push(
      "注意：未提供信任列表（--trust），只核验了完整性；签署人身份与审批权限未经核验（NOT checked）。"
    );
  out.push(ok ? "结果：通过" : "结果：未通过");
  return out;
}

function passed(r: VerifyReport, partial: boolean): boolean {
  return r.ok && (r.complete || partial);
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(argv, SPEC, HELP);
  if (typeof args === "number") return args;
  if (args.positionals.length !== 1) {
    process.stderr.write(`请给出一个要核验的文件\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const o = args.options;
  let trust;
  if (typeof o.trust === "string") {
    // An unreadable trust list is a bad option value (usage, 2); an unreadable FILE is a failed check (1).
    const t = readTrustFile(o.trust);
    if (!t.ok) {
      process.stderr.write(`${t.reason}\n`);
      return EXIT.usage;
    }
    trust = t.value;
  }
  const file = args.positionals[0];
  const signed = await readSignedSummaryFile(file);
  if (!signed.ok) {
    process.stderr.write(`${signed.reason}\n结果：未通过\n`);
    return EXIT.problems;
  }
  const report = await verifySignedSummary(signed.value, { trust });
  const partial = o.partial === true;
  if (o.format === "json")
    process.stdout.write(
      `${JSON.stringify({ file, passed: passed(report, partial), ...report }, null, 2)}\n`
    );
  else
    process.stdout.write(
      [`核验：${file}（${summarySource(file)}）`, ...reportLines(report, partial)].join("\n") + "\n"
    );
  return passed(report, partial) ? EXIT.ok : EXIT.problems;
}

export const verifyCommand: Command = {
  name: "verify",
  summary: "核验签名评级摘要（summary.json / summary.pdf / 工作簿），可带信任列表",
  help: HELP,
  run,
};
