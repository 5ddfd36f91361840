/** The subcommands of `credit-rating`, in the order `--help` lists them (CONTRACTS §3: a plain array). */
import type { Command } from "../command";
import { checkTemplateCommand } from "./checkTemplate";
import { rateCommand } from "./rate";
import { signCommand } from "./sign";
import { summaryCommand } from "./summary";
import { verifyCommand } from "./verify";

export const commands: Command[] = [
  rateCommand,
  checkTemplateCommand,
  verifyCommand,
  signCommand,
  summaryCommand,
];
