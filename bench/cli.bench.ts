/**
 * The command on a batch: rates 1,000 generated sample workbooks (the 14 worked cases, amounts varied) and measures,
 * per workbook, the bare cost of opening a file and reading its inputs by defined name, and the command's full path
 * (open, read, rate, compare cached RATING results, JSON out). Also the heap after each 100 workbooks, to show that
 * memory stays flat, and one end-to-end run of the real command over the directory. Writes bench/results/cli.json.
 * Goals: rating adds ≤ 50 % to the bare read; memory flat as the batch grows. Reports only; never asserts.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { rate } from "../src/engine";
import { defaultModel } from "../src/model";
import { caseToInput, type CaseFile } from "../src/node/caseJson";
import { cachedRatingFormulas, compareCached } from "../src/node/cachedResults";
import { buildTemplate } from "../src/node/template/build";
import { readWorkbookClient } from "../src/node/xlsxClient";
import { openWorkbook } from "../src/node/xlsxWorkbook";
import { recordToJson } from "../src/cli/output/record";

const N = Number(process.env.CLI_BENCH_N ?? 1000);
const model = defaultModel();
const casesDir = path.resolve("../shared/domain/cases");
const cases = fs
  .readdirSync(casesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(casesDir, f), "utf8")) as CaseFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cr-bench-"));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Case i % 14 with every numeric amount scaled by a factor that differs per workbook. */
function variant(i: number): CaseFile {
  const c = cases[i % cases.length];
  const f = 1 + ((i * 7919) % 1000) / 2000;
  const scale = (o: Record<string, unknown> = {}) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [
        k,
        typeof v === "number" ? Math.round(v * f * 100) / 100 : v,
      ])
    );
  return {
    ...c,
    client: { ...c.client, name: `${c.client.name ?? "客户"}-${i}` },
    statements: {
      cur: scale(c.statements.cur),
      pri: scale(c.statements.pri),
      pri2: scale(c.statements.pri2),
    },
  };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return {
    mean: +(s.reduce((a, b) => a + b, 0) / s.length).toFixed(3),
    median: +q(0.5).toFixed(3),
    p95: +q(0.95).toFixed(3),
  };
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

async function main(): Promise<void> {
  const t0 = Date.now();
  const files: string[] = [];
  for (let i = 0; i < N; i++) {
    const file = path.join(dir, `client-${String(i).padStart(4, "0")}.xlsx`);
    await buildTemplate(model, caseToInput(variant(i))).xlsx.writeFile(file);
    files.push(file);
  }
  const generateSeconds = (Date.now() - t0) / 1000;
  const bytes = files.reduce((s, f) => s + fs.statSync(f).size, 0);

  // Interleave the two paths per file (read, then full; order alternating) so load and caching hit both alike.
  const read: number[] = [];
  const full: number[] = [];
  const heapEvery100: { files: number; heapMB: number; rssMB: number }[] = [];
  let peakRss = 0;
  let sink = 0;
  let disagreeing = 0;
  for (const [i, file] of files.entries()) {
    const doRead = async () => {
      const t = process.hrtime.bigint();
      const o = await openWorkbook(file);
      if (!o.ok) throw new Error(o.problem.message.en);
      sink += Object.keys(readWorkbookClient(model, o.workbook).input.cells ?? {}).length;
      read.push(ms(t));
    };
    const doFull = async () => {
      const t = process.hrtime.bigint();
      const o = await openWorkbook(file);
      if (!o.ok) throw new Error(o.problem.message.en);
      const c = readWorkbookClient(model, o.workbook);
      const result = rate(model, c.input);
      const mismatches = compareCached(result, cachedRatingFormulas(o.workbook));
      const rec = {
        file,
        row: null,
        result,
        problems: c.problems,
        warnings: c.warnings,
        mismatches,
      };
      sink += JSON.stringify(recordToJson(rec, "zh")).length;
      disagreeing += mismatches.length;
      full.push(ms(t));
    };
    if (i % 2 === 0) {
      await doRead();
      await doFull();
    } else {
      await doFull();
      await doRead();
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if ((i + 1) % 100 === 0) {
      gc();
      const m = process.memoryUsage();
      heapEvery100.push({
        files: i + 1,
        heapMB: +(m.heapUsed / 2 ** 20).toFixed(1),
        rssMB: +(m.rss / 2 ** 20).toFixed(1),
      });
    }
  }

  // The real command over the whole directory, as a user runs it (its own process; peak RSS from /usr/bin/time).
  const cli = path.resolve("bin/credit-rating.js");
  const t1 = Date.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "%M",
      process.execPath,
      cli,
      "rate",
      dir,
      "--format",
      "jsonl",
      "--out",
      path.join(dir, "out.jsonl"),
      "--no-progress",
    ],
    { encoding: "utf8" }
  );
  const cliSeconds = (Date.now() - t1) / 1000;
  const cliPeakKB = Number(r.stderr.trim().split("\n").pop());
  const outLines = fs.readFileSync(path.join(dir, "out.jsonl"), "utf8").trim().split("\n").length;

  const readS = stats(read);
  const fullS = stats(full);
  const result = {
    workbooks: N,
    averageFileKB: +(bytes / N / 1024).toFixed(1),
    generateSeconds,
    perWorkbookMs: { bareOpenAndRead: readS, openReadRateCompareJson: fullS },
    cachedCellsDisagreeing: disagreeing,
    outputBytes: sink,
    ratingOverheadOfMedian: +((fullS.median - readS.median) / readS.median).toFixed(3),
    ratingOverheadOfMean: +((fullS.mean - readS.mean) / readS.mean).toFixed(3),
    goalOverhead: 0.5,
    heapAfterGcEvery100: heapEvery100,
    heapGrowthMBFirstToLastCheckpoint: +(
      heapEvery100[heapEvery100.length - 1].heapMB - heapEvery100[0].heapMB
    ).toFixed(1),
    peakRssMB: +(peakRss / 2 ** 20).toFixed(1),
    commandEndToEnd: {
      command: `credit-rating rate <dir of ${N} .xlsx> --format jsonl --out out.jsonl`,
      seconds: cliSeconds,
      perWorkbookMs: +((cliSeconds * 1000) / N).toFixed(2),
      peakRssMB: Number.isFinite(cliPeakKB) ? +(cliPeakKB / 1024).toFixed(1) : null,
      exitCode: r.status,
      linesWritten: outLines,
    },
    node: process.version,
    cpus: os.cpus().length,
    date: new Date().toISOString(),
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/cli.json", `${JSON.stringify(result, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `cli: ${N} workbooks, bare open+read median ${readS.median} ms, full rate median ${fullS.median} ms ` +
      `(+${(result.ratingOverheadOfMedian * 100).toFixed(1)} %, goal ≤ 50 %); heap after GC ${heapEvery100[0].heapMB} → ` +
      `${heapEvery100[heapEvery100.length - 1].heapMB} MB; command end to end ${cliSeconds} s, peak RSS ${result.commandEndToEnd.peakRssMB} MB`
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
