/** `credit-rating rate`: the formats, one object vs an array, --out, --model, exit codes, cached-value checks. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CASES_DIR } from "../helpers/cases";
import { mutated, namedCell, SAMPLE, tmpDir } from "./mutate";
import { rateJson, ROOT, runCli } from "./runCli";

const CASE = (id: string) =>
  path.join(
    CASES_DIR,
    fs.readdirSync(CASES_DIR).find((f) => f.startsWith(id))!
  );

test("the table shows every ratio and score, subtotals, total, grades, caps with reasons and the route", () => {
  const r = runCli(["rate", SAMPLE("S05")]);
  expect(r.code).toBe(0);
  const t = r.stdout;
  for (const want of [
    "资产负债率",
    "偿债能力 小计",
    "合计",
    "模型等级",
    "限定条件",
    "最终等级 BBB",
    "审批路径 支行审定",
    "距上一等级",
  ])
    expect(t).toContain(want);
  expect(t).toMatch(/C\d .+→ 最高 [AB]+：/);
  const r01 = runCli(["rate", SAMPLE("R01")]).stdout;
  expect(r01).toContain("青岛啤酒");
  expect(r01).toMatch(/合计 98\.00 \/ 100/);
  expect(r01).toMatch(/Q3\s+资产负债率\s+47\.78%\s+8\.00\s+8\.00/);
});

test("the table says a cap binds only when it lowered the grade (S02: no; S05: yes, C3 not)", () => {
  const s02 = runCli(["rate", SAMPLE("S02")]).stdout;
  expect(s02).toMatch(/C3 .+→ 最高 AA（未影响等级）：/);
  expect(s02).toMatch(/^最终等级 BBB$/m);
  expect(s02).not.toContain("受限定条件约束");
  // Multiples carry their unit: 倍 for Q4–Q6, 次 for the turnovers Q11 and Q12.
  expect(s02).toMatch(/Q4\s+流动比率\s+1\.20 倍\s/);
  expect(s02).toMatch(/Q6\s+利息保障倍数\s+2\.55 倍\s/);
  expect(s02).toMatch(/Q11\s+应收账款周转率\s+5\.85 次\s/);
  expect(s02).toMatch(/Q12\s+存货周转率\s+4\.31 次\s/);
  const s05 = runCli(["rate", SAMPLE("S05")]).stdout;
  expect(s05).toMatch(/^最终等级 BBB（受限定条件约束）$/m);
  for (const id of ["C2", "C5", "C6"]) expect(s05).toMatch(new RegExp(`${id} .+→ 最高 [AB]+：`));
  expect(s05).toMatch(/C3 .+→ 最高 AA（未影响等级）：/);
});

test("json: one object for one client, an array for several; jsonl: one line each", () => {
  const one = rateJson([CASE("R01")]).json as {
    grade: string;
    file: string;
    row: null;
    name: string;
  };
  expect(one).toMatchObject({ grade: "AAA", row: null, name: "青岛啤酒" });
  const many = rateJson([CASE("R01"), CASE("S10")]);
  expect(many.code).toBe(1);
  expect((many.json as { status: string }[]).map((x) => x.status)).toEqual(["rated", "incomplete"]);
  const lines = runCli(["rate", CASE("R01"), CASE("S09"), "--format", "jsonl"])
    .stdout.trim()
    .split("\n");
  expect(lines.map((l) => JSON.parse(l).grade)).toEqual(["AAA", "未评级"]);
});

test("exit codes: 0 rated or unrated, 1 any incomplete", () => {
  expect(runCli(["rate", CASE("S09")]).code).toBe(0);
  expect(runCli(["rate", CASE("S10")]).code).toBe(1);
  const t = runCli(["rate", CASE("S10")]).stdout;
  expect(t).toContain("资料不全");
  expect(t).toContain("缺少本年流动负债合计");
  const sample = runCli(["rate", SAMPLE("S10")]).stdout;
  expect(sample).toContain("缺少本年流动负债合计（单元格 资产负债表!C8）");
  expect(sample).toContain("上年存货不是数字：“--”（单元格 资产负债表!D9）");
  expect(sample).toContain("J3 银行贷款资产状态 未作答（单元格 定性评价!D6）");
});

test("a CSV batch streams rows, shows progress on stderr, and names CSV cells", () => {
  const dir = tmpDir();
  const csv = path.join(dir, "clients.csv");
  const head = "client.name,client.industry,client.type,unit,cur.total_assets";
  fs.writeFileSync(csv, `${head}\n甲,工业,企业,万元,12%\n乙,,企业,万元,100\n`);
  const r = runCli(["rate", csv, "--format", "jsonl", "--progress"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain("已评 2 个客户");
  const [a, b] = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(a.row).toBe(2);
  expect(a.issues).toContainEqual(
    expect.objectContaining({ subject: "cur.total_assets", cell: "clients.csv!E2" })
  );
  expect(b.issues).toEqual([
    expect.objectContaining({ code: "UNKNOWN_INDUSTRY", cell: "clients.csv!B3" }),
  ]);
});

test("--out writes the results to a file", () => {
  const out = path.join(tmpDir(), "r.jsonl");
  const r = runCli(["rate", CASE("S01"), CASE("S02"), "--format", "jsonl", "--out", out]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe("");
  expect(fs.readFileSync(out, "utf8").trim().split("\n")).toHaveLength(2);
});

test("--model rates under another model; an invalid model prints path: message per issue", () => {
  const doc = JSON.parse(
    fs.readFileSync(path.join(ROOT, "src/model/default/cccb-corporate-2026.1.json"), "utf8")
  );
  const dir = tmpDir();
  doc.modelVersion = "2026.2";
  doc.grades[0].min = 99; // AAA now needs 99
  doc.grades[1].max = 99;
  fs.writeFileSync(path.join(dir, "m.json"), JSON.stringify(doc));
  const r = rateJson([CASE("R01"), "--model", path.join(dir, "m.json")]).json as {
    grade: string;
    model: { version: string };
  };
  expect(r).toMatchObject({ grade: "AA", model: { version: "2026.2" } });
  doc.indicators[0].max = "seven";
  fs.writeFileSync(path.join(dir, "bad.json"), JSON.stringify(doc));
  const bad = runCli(["rate", CASE("R01"), "--model", path.join(dir, "bad.json")]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/^\$\.indicators\[0\]\.max: .+$/m);
});

test("cached results that disagree with the standard are reported cell by cell", async () => {
  let cell = "";
  let gradeCell = "";
  const f = await mutated("S02", (wb) => {
    const ws = wb.getWorksheet("评价计算表")!;
    ws.eachRow((row) => {
      if (row.getCell(2).value === "Q3") {
        const h = row.getCell(8);
        const v = h.value as { formula: string; result: number };
        h.value = { formula: v.formula, result: 3.2 } as never;
        cell = `评价计算表!${h.address}`;
      }
    });
    const grade = namedCell(wb, "result.grade");
    grade.value = { formula: (grade.value as { formula: string }).formula, result: "AA" } as never;
    gradeCell = `评价计算表!${grade.address}`;
  });
  const j = rateJson([f]).json as {
    cachedMismatches: { cell: string; message: string }[];
    scores: Record<string, string>;
  };
  expect(j.cachedMismatches.map((m) => m.cell).sort()).toEqual([cell, gradeCell].sort());
  const q3 = j.cachedMismatches.find((m) => m.cell === cell)!;
  expect(q3.message).toBe(`${cell} 显示 3.20，按标准应为 ${j.scores.Q3}`);
  const en = rateJson([f, "--lang", "en"]).json as { cachedMismatches: { message: string }[] };
  expect(en.cachedMismatches.map((m) => m.message)).toContain(
    `${cell} shows 3.20, the standard gives ${j.scores.Q3}`
  );
  expect(runCli(["rate", f]).stdout).toContain("与工作簿中缓存结果不一致");
});

test("the generated samples' cached results agree with the command", () => {
  const all = rateJson([path.join(ROOT, "templates/samples")]).json as {
    cachedMismatches?: unknown[];
  }[];
  expect(all.length).toBeGreaterThanOrEqual(8);
  for (const r of all) expect(r.cachedMismatches ?? []).toEqual([]);
});

test("--help for the command and every subcommand", () => {
  const top = runCli(["--help"]);
  expect(top.code).toBe(0);
  const names = [...top.stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]);
  expect(names).toEqual(expect.arrayContaining(["rate", "check-template"]));
  for (const n of names) {
    const h = runCli([n, "--help"]);
    expect([n, h.code]).toEqual([n, 0]);
    expect(h.stdout).toContain(`credit-rating ${n}`);
  }
});
