/**
 * The real command end to end: sign a sample workbook with the TEST-ONLY keys, store the summary in the workbook,
 * extract it again (JSON + PDF), and verify JSON, PDF and workbook — with and without the trust list; tampering
 * and a wrong-authority approver exit non-zero.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, runCli } from "../cli/runCli";

jest.setTimeout(120_000);

const K = (f: string): string => path.join(ROOT, "templates/keys", `TEST-ONLY-${f}.json`);
const TRUST = K("trust");
const SAMPLE = path.join(ROOT, "templates/samples/S02-mid-industrial.xlsx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summary-cli-"));
const out = (f: string): string => path.join(dir, f);

it("signs, stores, extracts and verifies a BBB summary (branch approval)", () => {
  const keys = [K("preparer"), K("reviewer"), K("approver-branch")].join(",");
  const s = runCli([
    "sign",
    SAMPLE,
    "--key",
    keys,
    "--out",
    out("s.json"),
    "--at",
    "2026-11-20T08:00:00Z",
  ]);
  expect(s.stderr).toBe("");
  expect(s.code).toBe(0);
  expect(s.stdout).toContain("已签 审定：赵刚（TEST-ONLY 测试密钥）");

  const v = runCli(["verify", out("s.json"), "--trust", TRUST]);
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(/等级：BBB/);
  expect(v.stdout).toMatch(/3\. 审定 {2}赵刚（审定人，支行）.*签名有效 {2}已登记可信/);
  expect(v.stdout.split("\n")[1]).toBe("结果：通过");
  expect(v.stdout).toContain("2026-11-20 08:00:00 UTC（北京时间 2026-11-20 16:00:00）");
  expect(v.stdout).not.toContain("未经核验的内容");
  expect(v.stdout).toMatch(/模型：cccb-corporate 2026\.1 {2}指纹 [0-9a-f]{64}/);

  const plain = runCli(["verify", out("s.json")]);
  expect(plain.code).toBe(0);
  expect(plain.stdout).toContain("签署人身份与审批权限未经核验（NOT checked）");

  fs.copyFileSync(SAMPLE, out("book.xlsx"));
  expect(runCli(["summary", "store", out("book.xlsx"), out("s.json")]).code).toBe(0);
  const x = runCli(["summary", "extract", out("book.xlsx")]);
  expect(x.stderr).toBe("");
  expect(x.code).toBe(0);
  const extracted = JSON.parse(fs.readFileSync(out("book.summary.json"), "utf8"));
  expect(extracted).toEqual(JSON.parse(fs.readFileSync(out("s.json"), "utf8")));
  expect(fs.readFileSync(out("book.summary.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  const pdf = runCli(["verify", out("book.summary.pdf"), "--trust", TRUST]);
  expect(pdf.code).toBe(0);
  expect(pdf.stdout).toContain("（PDF 附件 rating-summary.json，不看页面上的文字）");
  expect(runCli(["verify", out("book.xlsx"), "--trust", TRUST]).code).toBe(0);
});

it("exits non-zero on tampering, an untrusted list entry and a wrong-authority approver", () => {
  const keys = [K("preparer"), K("reviewer"), K("approver-branch")].join(",");
  runCli(["sign", SAMPLE, "--key", keys, "--out", out("t.json"), "--at", "2026-11-20T08:00:00Z"]);
  const env = JSON.parse(fs.readFileSync(out("t.json"), "utf8"));
  fs.writeFileSync(
    out("t2.json"),
    JSON.stringify({ ...env, payload: env.payload.replace('"grade":"BBB"', '"grade":"AAA"') })
  );
  const v = runCli(["verify", out("t2.json")]);
  expect(v.code).toBe(1);
  expect(v.stdout).toContain("签名验证失败");
  // The verdict comes first; the altered grade is shown only under the unverified label.
  const lines = v.stdout.split("\n");
  expect(lines[1]).toBe("结果：未通过");
  expect(lines[2]).toBe("以下为摘要自称的内容（未经核验的内容），核验未通过，不可采信：");
  expect(lines.findIndex((l) => l.startsWith("等级：AAA"))).toBeGreaterThan(2);

  const trust = JSON.parse(fs.readFileSync(TRUST, "utf8"));
  trust.keys = trust.keys.filter((k: { name: string }) => k.name !== "李强");
  fs.writeFileSync(out("trust-less.json"), JSON.stringify(trust));
  const u = runCli(["verify", out("t.json"), "--trust", out("trust-less.json")]);
  expect(u.code).toBe(1);
  expect(u.stdout).toMatch(/2\. 审查 {2}李强.*签名有效 {2}不可信/);

  const wrong = [K("preparer"), K("reviewer"), K("approver-head-office")].join(",");
  const w = runCli(["sign", SAMPLE, "--key", wrong, "--out", out("w.json")]);
  expect(w.code).toBe(1);
  expect(w.stderr).toContain("审定级别不符：等级 BBB 须由支行审定");
});

it("head office assigns an unrated client's grade at 审定; an incomplete rating cannot be signed", () => {
  const keys = [K("preparer"), K("reviewer"), K("approver-head-office")].join(",");
  const unrated = path.join(ROOT, "templates/samples/S09-unrated-public-institution.xlsx");
  const missing = runCli(["sign", unrated, "--key", keys, "--out", out("u0.json")]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("未评级客户须有总行认定的等级和理由");

  const args = ["--key", keys, "--out", out("u.json"), "--assign", "A", "--reason", "财政全额拨款"];
  expect(runCli(["sign", unrated, ...args]).code).toBe(0);
  const v = runCli(["verify", out("u.json"), "--trust", TRUST, "--format", "json"]);
  expect(v.code).toBe(0);
  const report = JSON.parse(v.stdout);
  expect(report).toMatchObject({ passed: true, grade: "A", trustChecked: true });
  expect(report.assignment).toEqual({ grade: "A", reason: "财政全额拨款" });
  expect(report.summary.status).toBe("unrated");

  const incomplete = path.join(ROOT, "templates/samples/S10-incomplete.xlsx");
  const i = runCli(["sign", incomplete, "--key", keys, "--out", out("i.json")]);
  expect(i.code).toBe(1);
  expect(i.stderr).toContain("评级不完整");
});

it("verify: a partial chain fails unless --partial; a missing file is a usage error", () => {
  const s = runCli(["sign", SAMPLE, "--key", K("preparer"), "--out", out("p.json")]);
  expect(s.code).toBe(0);
  const strict = runCli(["verify", out("p.json")]);
  expect(strict.code).toBe(1);
  expect(strict.stdout).toContain("签名链未完成：已签 1 / 3 个环节");
  expect(runCli(["verify", out("p.json"), "--partial"]).code).toBe(0);
  // Countersign the partial summary from its file.
  const more = runCli(["sign", out("p.json"), "--key", K("reviewer"), "--out", out("p2.json")]);
  expect(more.stdout).toContain("已签 审查：李强");
  // Unreadable input is a failed check (1) in every subcommand; 2 is kept for usage errors.
  const nope = runCli(["verify", out("nope.json")]);
  expect(nope.code).toBe(1);
  expect(nope.stderr).toContain("结果：未通过");
  expect(runCli(["verify"]).code).toBe(2);
  expect(runCli(["summary", "extract", SAMPLE]).code).toBe(1);
  expect(runCli(["summary", "extract", out("nope.xlsx")]).code).toBe(1);
  expect(runCli(["summary", "store", SAMPLE, out("nope.json")]).code).toBe(1);
  expect(runCli(["summary", "frobnicate"]).code).toBe(2);
});
