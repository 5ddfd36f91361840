/**
 * A small argument parser: `--name value`, `--name=value`, boolean flags, `-h`, positionals. Unknown options and
 * missing values are usage errors (exit 2), reported as data.
 */
export interface OptionSpec {
  /** Takes a value (`--format json`) or is a flag (`--progress`). */
  readonly value: boolean;
  /** Allowed values, for the usage message. */
  readonly choices?: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Record<string, string | true>;
  readonly help: boolean;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; message: string };

/**
 * Parses `argv` against `spec`.
 * @example parseArgs(["a.xlsx", "--format", "json"], { format: { value: true } })
 */
export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParseResult {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === "-h" || a === "--help") {
      help = true;
      continue;
    }
    if (!a.startsWith("--") || a === "-") {
      if (a.startsWith("-") && a !== "-") return { ok: false, message: `未知选项：${a}` };
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq > 0 ? eq : undefined);
    const s = spec[name];
    if (!s) return { ok: false, message: `未知选项：--${name}` };
    if (!s.value) {
      if (eq > 0) return { ok: false, message: `选项 --${name} 不带值` };
      options[name] = true;
      continue;
    }
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || v === "") return { ok: false, message: `选项 --${name} 需要一个值` };
    if (s.choices && !s.choices.includes(v))
      return { ok: false, message: `选项 --${name} 的值应为 ${s.choices.join("、")}，而不是 ${v}` };
    options[name] = v;
  }
  return { ok: true, args: { positionals, options, help } };
}

/**
 * The prelude every subcommand shares: parse, print usage on a usage error (exit 2) or the help on `--help`
 * (exit 0). Returns the arguments to go on with, or the exit code to stop with.
 */
export function argsOrExit(
  argv: readonly string[],
  spec: Record<string, OptionSpec>,
  help: string
): ParsedArgs | number {
  const p = parseArgs(argv, spec);
  if (!p.ok) {
    process.stderr.write(`${p.message}\n\n${help}\n`);
    return 2;
  }
  if (p.args.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  return p.args;
}
