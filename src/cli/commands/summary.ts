/**
 * `credit-rating summary extract FILE.xlsx` writes the signed summary a workbook carries (its `_summary` sheet) as
 * JSON and PDF — the way out of Office webviews that block downloads: save the workbook, extract here.
 * `credit-rating summary store FILE.xlsx summary.json` puts a signed summary into a workbook.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { verifySignedSummary, type SignedSummary } from "../../summary";
import { readSummaryFromXlsx, writeSummaryToXlsx } from "../../node/summaryStore";
import { argsOrExit } from "../args";
import { EXIT, type Command } from "../command";
import { writePdf } from "./sign";

const HELP = `用法：
  credit-rating summary extract FILE.xlsx [--json summary.json] [--pdf summary.pdf]
  credit-rating summary store FILE.xlsx summary.json [--out 输出.xlsx]

extract：从工作簿的 _summary 表取出加载项保存的签名评级摘要，写出 JSON 和 PDF
        （默认写到工作簿旁：<工作簿名>.summary.json / .summary.pdf）。先核验完整性，无效则不写 PDF。
store：把签名摘要写入工作簿的 _summary 表（veryHidden），默认覆盖原文件。

退出码：0 成功；1 摘要无效，或文件无法读取、工作簿中没有摘要；2 用法错误。`;

const SPEC = { json: { value: true }, pdf: { value: true }, out: { value: true } } as const;

async function extract(file: string, o: Record<string, string | true>): Promise<number> {
  const r = await readSummaryFromXlsx(file);
  if (!r.ok) {
    process.stderr.write(`${file}：${r.reason}\n`);
    return EXIT.problems;
  }
  let env: unknown;
  try {
    env = JSON.parse(r.json);
  } catch {
    process.stderr.write(`${file}：_summary 表的内容不是 JSON\n`);
    return EXIT.problems;
  }
  const base = path.join(path.dirname(file), path.basename(file, path.extname(file)));
  const jsonOut = typeof o.json === "string" ? o.json : `${base}.summary.json`;
  const pdfOut = typeof o.pdf === "string" ? o.pdf : `${base}.summary.pdf`;
  fs.writeFileSync(jsonOut, `${JSON.stringify(env, null, 2)}\n`);
  process.stdout.write(`已写出 ${jsonOut}\n`);
  const report = await verifySignedSummary(env);
  if (!report.ok) {
    process.stderr.write("摘要未通过完整性核验，不生成 PDF；请用 credit-rating verify 查看原因\n");
    return EXIT.problems;
  }
  return writePdf(env as SignedSummary, pdfOut);
}

async function store(
  file: string,
  summaryFile: string,
  o: Record<string, string | true>
): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(summaryFile, "utf8");
  } catch {
    process.stderr.write(`无法读取 ${summaryFile}\n`);
    return EXIT.problems;
  }
  let env: unknown;
  try {
    env = JSON.parse(text);
  } catch {
    process.stderr.write(`${summaryFile} 不是 JSON\n`);
    return EXIT.problems;
  }
  if (!(await verifySignedSummary(env)).ok) {
    process.stderr.write(`${summaryFile} 未通过完整性核验，不写入工作簿\n`);
    return EXIT.problems;
  }
  const out = typeof o.out === "string" ? o.out : file;
  const r = await writeSummaryToXlsx(file, JSON.stringify(env), out);
  if (!r.ok) {
    process.stderr.write(`${file}：${r.reason}\n`);
    return EXIT.problems;
  }
  process.stdout.write(`已写入 ${out} 的 _summary 表\n`);
  return EXIT.ok;
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(argv, SPEC, HELP);
  if (typeof args === "number") return args;
  const [verb, ...files] = args.positionals;
  if (verb === "extract" && files.length === 1) return extract(files[0], args.options);
  if (verb === "store" && files.length === 2) return store(files[0], files[1], args.options);
  process.stderr.write(`${HELP}\n`);
  return EXIT.usage;
}

export const summaryCommand: Command = {
  name: "summary",
  summary: "从工作簿取出签名评级摘要（JSON + PDF），或把摘要存入工作簿",
  help: HELP,
  run,
};
