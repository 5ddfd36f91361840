/**
 * `credit-rating sign FILE --key KEYS --out summary.json`: builds and signs a summary (from a filled template or a
 * case file) or countersigns an existing one, with key files — for batch and demo use. In the pane, people sign
 * with their own non-extractable keys instead.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import pkg from "../../../package.json";
import {
  ENVELOPE_FORMAT,
  envelopeOf,
  loadKeyFile,
  signNext,
  STEP_LABEL,
  CHAIN_STEPS,
  type LoadedKey,
  type SignedSummary,
} from "../../summary";
import { renderSummaryPdf } from "../../summary/pdf";
import { readSignedSummaryFile } from "../../node/summaryFiles";
import { readSummaryFont } from "../../node/summaryFont";
import { summaryFromFile } from "../../node/summarySource";
import { parseArgs } from "../args";
import { EXIT, type Command } from "../command";
import { loadModelOption } from "./rate";

const HELP = `用法：credit-rating sign FILE --key 密钥.json[,密钥.json…] --out summary.json [选项]

用密钥文件签署评级摘要（批量或演示用；加载项中每个人用自己浏览器里不可导出的密钥签署）。
FILE 为填好的模板 .xlsx 或案例 .json 时，先评级并生成新摘要，第一个密钥须是编制人（客户经理）的；
FILE 为已签的 summary.json / summary.pdf 时，接着签下一个环节（审查、审定）。
每个密钥依次签一个环节：初评 → 审查 → 审定。仓库中的密钥都是 TEST-ONLY 测试密钥。

选项：
  --key FILES         密钥文件，逗号分隔，按签署顺序
  --out FILE          写出签名摘要 JSON
  --pdf FILE          同时写出 A4 PDF 报告（附 JSON 和 JWS 签名链）
  --at TIME           签署与生成时间（ISO 8601，如 2026-11-20T08:00:00Z；默认当前时间）——固定时间得到逐字节相同的输出
  --assign GRADE      未评级客户：总行认定的等级（审定时）
  --reason TEXT       未评级客户：总行认定的理由
  --model FILE        评级模型文件（默认内置模型）
  -h, --help          显示本帮助

示例：
  credit-rating sign templates/samples/R01-real-brewer-2022.xlsx \\
    --key templates/keys/TEST-ONLY-preparer.json,templates/keys/TEST-ONLY-reviewer.json,templates/keys/TEST-ONLY-approver-head-office.json \\
    --out summary.json --pdf summary.pdf`;

const SPEC = {
  key: { value: true },
  out: { value: true },
  pdf: { value: true },
  at: { value: true },
  assign: { value: true },
  reason: { value: true },
  model: { value: true },
} as const;

async function loadKeys(list: string): Promise<LoadedKey[] | string> {
  const keys: LoadedKey[] = [];
  for (const f of list.split(",").filter(Boolean)) {
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(f, "utf8"));
    } catch {
      return `无法读取密钥文件 ${f}`;
    }
    const r = await loadKeyFile(doc);
    if (!r.ok) return `密钥文件 ${f} 无效：${r.reason}`;
    keys.push(r.key);
  }
  return keys;
}

function isEnvelope(x: unknown): x is SignedSummary {
  return (
    typeof x === "object" && x !== null && (x as { format?: unknown }).format === ENVELOPE_FORMAT
  );
}

async function run(argv: string[]): Promise<number> {
  const p = parseArgs(argv, SPEC);
  if (!p.ok || p.args.help) {
    (p.ok ? process.stdout : process.stderr).write(`${p.ok ? "" : `${p.message}\n\n`}${HELP}\n`);
    return p.ok ? EXIT.ok : EXIT.usage;
  }
  const o = p.args.options as Record<string, string | undefined>;
  const file = p.args.positionals[0];
  if (p.args.positionals.length !== 1 || !o.key || !o.out) {
    process.stderr.write(`需要一个文件、--key 和 --out\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const at = o.at ? new Date(o.at) : new Date();
  if (isNaN(at.getTime())) {
    process.stderr.write(`--at 不是有效时间：${o.at}\n`);
    return EXIT.usage;
  }
  const keys = await loadKeys(o.key);
  if (typeof keys === "string") {
    process.stderr.write(`${keys}\n`);
    return EXIT.usage;
  }
  const model = loadModelOption(o.model);
  if (!model) return EXIT.usage;

  let env: SignedSummary;
  const existing = /\.(json|pdf)$/i.test(file) ? await readSignedSummaryFile(file) : null;
  if (existing?.ok && isEnvelope(existing.value)) env = existing.value;
  else {
    const built = await summaryFromFile(file, {
      model,
      preparedBy: keys[0].person,
      addinVersion: pkg.version,
      createdAt: at,
    });
    if (!built.ok) {
      process.stderr.write(`${file}：${built.reason}\n`);
      return EXIT.problems;
    }
    env = envelopeOf(built.summary);
  }
  for (const k of keys) {
    const step = CHAIN_STEPS[env.signatures.length];
    const assignment = o.assign ? { grade: o.assign, reason: o.reason ?? "" } : undefined;
    const r = await signNext(env, {
      signer: k.signer,
      person: k.person,
      signedAt: at,
      assignment: step === "approve" ? assignment : undefined,
    });
    if (!r.ok) {
      process.stderr.write(
        `${step ? STEP_LABEL[step] : "签署"}未完成（${k.person.name}）：${r.reason}\n`
      );
      return EXIT.problems;
    }
    env = r.signed;
    const warn = k.testOnly ? "（TEST-ONLY 测试密钥）" : "";
    process.stdout.write(`已签 ${STEP_LABEL[step]}：${k.person.name}${warn}\n`);
  }
  fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
  fs.writeFileSync(o.out, `${JSON.stringify(env, null, 2)}\n`);
  process.stdout.write(`已写出 ${o.out}\n`);
  if (o.pdf) {
    const code = await writePdf(env, o.pdf);
    if (code !== EXIT.ok) return code;
  }
  return EXIT.ok;
}

/** Renders and writes the PDF; shared with `summary extract`. */
export async function writePdf(env: SignedSummary, out: string): Promise<number> {
  const fontBytes = readSummaryFont();
  if (!fontBytes) {
    process.stderr.write("找不到 PDF 字体 assets/fonts/wqy-microhei.ttc\n");
    return EXIT.problems;
  }
  const r = await renderSummaryPdf(env, { fontBytes });
  if (!r.ok) {
    process.stderr.write(`${r.reason}\n`);
    return EXIT.problems;
  }
  if (r.missingGlyphs.length)
    process.stderr.write(
      `警告：字体缺少这些字符，PDF 中显示为空白：${r.missingGlyphs.join(" ")}\n`
    );
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, r.bytes);
  process.stdout.write(`已写出 ${out}\n`);
  return EXIT.ok;
}

export const signCommand: Command = {
  name: "sign",
  summary: "用密钥文件签署或会签评级摘要（批量、演示），可同时写出 PDF",
  help: HELP,
  run,
};
