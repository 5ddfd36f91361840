/** Entry of the `credit-rating` command: picks the subcommand and turns its promise into the exit code. */
import { EXIT } from "./command";
import { commands } from "./commands";

const usage = (): string =>
  [
    "用法：credit-rating <命令> [参数]   （credit-rating <命令> --help 查看每个命令的说明）",
    "",
    "命令：",
    ...commands.map((c) => `  ${c.name.padEnd(16)} ${c.summary}`),
    "",
    "退出码：0 成功；1 有客户资料不全或文件无法读取；2 用法错误。",
  ].join("\n");

/** Runs the command line `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    const target = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${target ? target.help : usage()}\n`);
    return EXIT.ok;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`未知命令：${name}\n\n${usage()}\n`);
    return EXIT.usage;
  }
  return cmd.run(rest);
}
