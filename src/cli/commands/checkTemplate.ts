/**
 * `credit-rating check-template FILE`: whether a workbook is a usable rating template — bound and missing line
 * items, the model version it records, RATING formulas on protected sheets, formulas corrupted to `_xldudf_…`.
 * Exit 0 when it is usable, 1 when not (or unreadable), 2 on a usage error.
 */
import { checkTemplate, type TemplateReport } from "../../node/templateCheck";
import { readConstantNames } from "../../node/xlsxConstants";
import { openWorkbook } from "../../node/xlsxWorkbook";
import { argsOrExit } from "../args";
import { EXIT, type Command } from "../command";
import { loadModelOption } from "./rate";

const HELP = `用法：credit-rating check-template FILE.xlsx [选项]

检查工作簿能否作为评级模板使用：
  · 每个报表项目（如 cur.total_assets）、客户信息、定性选项是否有定义名称，指向哪个单元格；缺少哪些
  · 工作簿记录的模型编号、版本与指纹，是否与当前模型一致
  · 受保护工作表上的 RATING 公式（Excel 无法在受保护的表上重新输入公式以修复 #NAME?）
  · 被其他加载项改写为 _xldudf_… 的公式

选项：
  --model FILE         按另一个评级模型检查（默认：内置 cccb-corporate 2026.1）
  --format text|json   输出格式（默认 text）
  -h, --help           显示本帮助

退出码：0 可以使用；1 有缺失或问题（或文件无法读取）；2 用法错误。

示例：
  credit-rating check-template templates/cccb-corporate-2026.1.xlsx
  credit-rating check-template 分行报表.xlsx --format json`;

/** The report in Chinese, one finding per line. */
export function reportLines(file: string, r: TemplateReport): string[] {
  const out = [`模板检查 — ${file}`];
  const bound = r.bindings.filter((b) => b.cell);
  const missing = r.bindings.filter((b) => !b.cell);
  if (r.definedNameCount === 0)
    out.push(
      "工作簿中没有任何定义名称：这不是总行模板。请用总行模板（templates/）填报，或在任务窗格中把各项目绑定到单元格。"
    );
  out.push(
    `模型：${[r.model.id ?? "（未记录）", r.model.version].filter(Boolean).join(" ")}${r.model.cell ? `（${r.model.cell}）` : ""}` +
      (r.modelMatches ? "，与当前模型一致" : "，与当前模型不一致或未记录") +
      (r.modelChanged ? "；但指纹不同：模型文件在同一版本号下被修改过" : "")
  );
  out.push(
    `已绑定 ${bound.length} 项，缺少 ${missing.length} 项（其中必需 ${missing.filter((b) => b.required).length} 项）`
  );
  for (const b of bound) out.push(`  ✓ ${b.name.padEnd(28)} ${b.label} → ${b.cell}`);
  for (const b of missing)
    out.push(`  ✗ ${b.name.padEnd(28)} ${b.label}${b.required ? "（必需）" : ""}：${b.problem}`);
  if (r.ratingFormulas.length === 0) out.push("RATING 公式：无");
  for (const f of r.ratingFormulas)
    out.push(
      `RATING 公式：${f.sheet} ${f.count} 个` +
        (f.protected ? " — 工作表受保护：若显示 #NAME?，须先撤销保护、重新输入公式后再保护" : "")
    );
  if (r.corrupted.length) {
    out.push(
      `被改写为 _xldudf_ 的公式 ${r.corrupted.length} 个（其他加载项所致；请在任务窗格中修复或从模板重新复制）：`
    );
    for (const c of r.corrupted) out.push(`  ${c.cell}: =${c.formula}`);
  }
  out.push(r.ok ? "结论：可以使用" : "结论：不能直接使用（见上）");
  return out;
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(
    argv,
    {
      model: { value: true },
      format: { value: true, choices: ["text", "json"] },
    },
    HELP
  );
  if (typeof args === "number") return args;
  if (args.positionals.length !== 1) {
    process.stderr.write(`需要一个 .xlsx 文件\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const model = loadModelOption(args.options.model as string | undefined);
  if (!model) return EXIT.usage;
  const file = args.positionals[0];
  const opened = await openWorkbook(file);
  const json = args.options.format === "json";
  if (!opened.ok) {
    if (json)
      process.stdout.write(
        `${JSON.stringify({ file, ok: false, problems: [{ code: opened.problem.code, message: opened.problem.message.zh }] }, null, 2)}\n`
      );
    else process.stdout.write(`模板检查 — ${file}\n无法读取：${opened.problem.message.zh}\n`);
    return EXIT.problems;
  }
  const report = checkTemplate(model, opened.workbook, await readConstantNames(file));
  process.stdout.write(
    json
      ? `${JSON.stringify({ file, ...report }, null, 2)}\n`
      : `${reportLines(file, report).join("\n")}\n`
  );
  return report.ok ? EXIT.ok : EXIT.problems;
}

export const checkTemplateCommand: Command = {
  name: "check-template",
  summary: "检查模板：已绑定与缺少的项目、模型版本、受保护表上的 RATING 公式、_xldudf_ 公式",
  help: HELP,
  run,
};
