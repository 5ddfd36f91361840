/** The shape every `credit-rating` subcommand has (CONTRACTS §3). */
export interface Command {
  /** The word after `credit-rating`, e.g. `rate`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Runs with the arguments after the name; resolves to the exit code (0 ok, 1 problems found, 2 usage). */
  run(argv: string[]): Promise<number>;
}

/** Exit codes: every client rated or unrated; any incomplete or unreadable; usage error. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
