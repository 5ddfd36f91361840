/**
 * `credit-rating rate FILE...`: rates filled templates (.xlsx), case files (.json) and CSV batches (one client per
 * row), and prints a Chinese table, JSON or JSON lines. Exit 0 when every client is rated or unrated, 1 when any is
 * incomplete or unreadable, 2 on a usage error.
 */
import { rate } from "../../engine";
import { defaultModel, type CompiledModel } from "../../model";
import { compareCached } from "../../node/cachedResults";
import { readClients } from "../../node/clientSource";
import { expandInputs } from "../../node/expandInputs";
import { locateClientIssues } from "../../node/locateIssues";
import { readModelFile } from "../../node/modelFile";
import { argsOrExit } from "../args";
import { EXIT, type Command } from "../command";
import { Progress } from "../output/progress";
import { isProblem, recordToJson, type RatedRecord } from "../output/record";
import { openSink } from "../output/sink";
import { tableLines } from "../output/table";

const HELP = `用法：credit-rating rate FILE... [选项]

按评级模型为客户评级。FILE 可以是（目录表示其中所有这些文件）：
  .xlsx  填好的总行模板（按定义名称读取，如 cur.total_assets）；若工作簿含 Excel 保存的公式结果，
         逐格与本命令的结果比对，并列出不一致的单元格
  .json  案例格式（../shared/domain/cases/README.md）：一个客户对象或客户数组
  .csv   每行一个客户：client.name, client.industry, client.type, unit, cur.total_assets,
         pri.total_assets, …, J1…J7（流式读取，任意行数）

选项：
  --format table|json|jsonl  输出格式（默认 table：中文表格）。json：一个客户输出一个对象，多个客户输出数组；
                             jsonl：每行一个对象，边评边输出
  --out FILE                 结果写入文件（默认标准输出）
  --model FILE               用另一个评级模型文件评级（默认：内置 cccb-corporate 2026.1）
  --lang zh|en               JSON 中消息的语言（默认 zh）
  --progress / --no-progress 批量时在标准错误输出显示进度（默认：终端时显示）
  -h, --help                 显示本帮助

退出码：0 全部已评级或未评级；1 有客户资料不全或文件无法读取；2 用法错误。

示例：
  credit-rating rate templates/samples/R01-real-brewer-2022.xlsx
  credit-rating rate clients.csv --format jsonl --out results.jsonl
  credit-rating rate case.json --format json --model head-office-2027.1.json`;

const SPEC = {
  format: { value: true, choices: ["table", "json", "jsonl"] },
  out: { value: true },
  model: { value: true },
  lang: { value: true, choices: ["zh", "en"] },
  progress: { value: false },
  "no-progress": { value: false },
} as const;

/** Loads `--model FILE` or the default; prints `path: message` per issue on failure. */
export function loadModelOption(file: string | undefined): CompiledModel | null {
  if (!file) return defaultModel();
  const m = readModelFile(file);
  if (m.ok) return m.model;
  process.stderr.write(`模型文件 ${file} 无效：\n`);
  for (const i of m.issues) process.stderr.write(`${i.path}: ${i.message.zh}\n`);
  return null;
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(argv, SPEC, HELP);
  if (typeof args === "number") return args;
  const files = expandInputs(args.positionals);
  if (files.length === 0) {
    process.stderr.write(
      `${args.positionals.length ? "目录中没有可评级的文件" : "缺少要评级的文件"}\n\n${HELP}\n`
    );
    return EXIT.usage;
  }
  const o = args.options;
  const model = loadModelOption(o.model as string | undefined);
  if (!model) return EXIT.usage;
  const format = (o.format as string | undefined) ?? "table";
  const lang = ((o.lang as string | undefined) ?? "zh") as "zh" | "en";
  const sink = openSink(o.out as string | undefined);
  const progress = new Progress(
    o["no-progress"] ? false : o.progress === true || Boolean(process.stderr.isTTY),
    files.length
  );

  let count = 0;
  let problems = 0;
  // JSON: one object for one client, an array for several. Hold back the first record until the second arrives.
  let pendingJson: string | null = null;
  for (const [fi, file] of files.entries()) {
    for await (const c of readClients(file, model)) {
      const result = c.input
        ? locateClientIssues(rate(model, c.input), c.input.cells, c.input.client)
        : null;
      const rec: RatedRecord = {
        file: c.file,
        row: c.row,
        result,
        problems: c.problems,
        warnings: c.warnings,
        mismatches: result ? compareCached(result, c.cached) : [],
      };
      count++;
      if (isProblem(rec)) problems++;
      progress.tick(fi, isProblem(rec));
      if (format === "table")
        await sink.write(`${count > 1 ? "\n" : ""}${tableLines(model, rec).join("\n")}\n`);
      else if (format === "jsonl") await sink.write(`${JSON.stringify(recordToJson(rec, lang))}\n`);
      else {
        const text = JSON.stringify(recordToJson(rec, lang), null, 2);
        if (count === 1) pendingJson = text;
        else {
          if (pendingJson !== null) await sink.write(`[\n${indent(pendingJson)}`);
          pendingJson = null;
          await sink.write(`,\n${indent(text)}`);
        }
      }
    }
  }
  if (format === "json")
    await sink.write(count === 1 ? `${pendingJson}\n` : count === 0 ? "[]\n" : "\n]\n");
  progress.done(files.length);
  await sink.close();
  return problems > 0 ? EXIT.problems : EXIT.ok;
}

const indent = (s: string): string => s.replace(/^/gm, "  ");

export const rateCommand: Command = {
  name: "rate",
  summary: "为客户评级（.xlsx 模板、.json 案例、.csv 批量）",
  help: HELP,
  run,
};
