/** The subcommands of `credit-rating`, in the order `--help` lists them (CONTRACTS §3: a plain array). */
import type { Command } from "../command";
import { rateCommand } from "./rate";
import { signCommand } from "./sign";
import { summaryCommand } from "./summary";
import { verifyCommand } from "./verify";

export const commands: Command[] = [rateCommand, verifyCommand, signCommand, summaryCommand];
