/**
 * A progress line on stderr for batches (`[#####-----] 120 个客户 已评级 118 不全 2`). Redrawn at most every 100 ms
 * so it costs nothing measurable; off when stderr is not a terminal unless forced with --progress.
 */
export class Progress {
  private count = 0;
  private problems = 0;
  private last = 0;

  constructor(
    private readonly enabled: boolean,
    private readonly totalFiles: number
  ) {}

  /** Counts one client; `problem` when it is incomplete or unreadable. */
  tick(filesDone: number, problem: boolean): void {
    this.count++;
    if (problem) this.problems++;
    const now = Date.now();
    if (!this.enabled || now - this.last < 100) return;
    this.last = now;
    this.draw(filesDone);
  }

  /** Draws the final state and ends the line. */
  done(filesDone: number): void {
    if (!this.enabled) return;
    this.draw(filesDone);
    process.stderr.write("\n");
  }

  private draw(filesDone: number): void {
    // Several files: a bar over files. One file (a CSV of unknown length): a running count.
    const width = 20;
    const filled = Math.round((width * filesDone) / Math.max(1, this.totalFiles));
    const bar =
      this.totalFiles > 1
        ? `[${"#".repeat(filled)}${"-".repeat(width - filled)}] 文件 ${filesDone}/${this.totalFiles} `
        : "";
    process.stderr.write(`\r${bar}已评 ${this.count} 个客户，其中不全或无法读取 ${this.problems}`);
  }
}
