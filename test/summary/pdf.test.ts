/**
 * The PDF as a person and a machine read it: rendered with pdftoppm, text extracted with pdftotext (Debian
 * poppler-utils), attachments read back, and byte-identical output for the deterministic test signer.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { verifySignedSummary, sha256Hex } from "../../src/summary";
import {
  JSON_ATTACHMENT,
  JWS_ATTACHMENT,
  readAttachments,
  renderSummaryPdf,
} from "../../src/summary/pdf";
import { signChain, summaryOf } from "./fixtures";

jest.setTimeout(60_000);

const FONT = fs.readFileSync(path.resolve(__dirname, "../../assets/fonts/wqy-microhei.ttc"));
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), "summary-pdf-"));

function need(tool: string, pkg = "poppler-utils"): void {
  try {
    execFileSync(tool, ["--version"], { stdio: "pipe" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`${tool} is missing: run \`bash scripts/setup-debian.sh\` (Debian ${pkg})`);
  }
}

async function pdfOf(caseName: string): Promise<{ file: string; bytes: Uint8Array }> {
  const env = await signChain(summaryOf(caseName));
  const r = await renderSummaryPdf(env, { fontBytes: FONT });
  if (!r.ok) throw new Error(r.reason);
  expect(r.missingGlyphs).toEqual([]);
  const file = path.join(OUT, `${caseName}.pdf`);
  fs.writeFileSync(file, r.bytes);
  return { file, bytes: r.bytes };
}

beforeAll(() => {
  need("pdftotext");
  need("pdftoppm");
  need("zbarimg", "zbar-tools");
});

it.each(["R01", "S02", "S05"])(
  "%s: client, grade and every indicator label come back as text",
  async (c) => {
    const { file } = await pdfOf(c);
    const s = summaryOf(c);
    const txt = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const flat = txt.replace(/\s+/g, "");
    expect(flat).toContain(s.client.name);
    expect(flat).toContain(`最终等级${s.grade}`);
    if (s.total) expect(flat).toContain(`总分${s.total}`);
    for (const i of s.indicators) expect(flat).toContain(i.label);
    for (const a of s.answers) expect(flat).toContain(a.label);
    for (const cap of s.caps) expect(flat).toContain(cap.reason.replace(/\s+/g, ""));
    expect(flat).toContain("摘要哈希");
    for (const name of ["王敏", "李强"]) expect(flat).toContain(name);
    // Rendered: pdftoppm makes a page image with ink on it (not a blank page).
    execFileSync("pdftoppm", ["-r", "40", "-png", "-f", "1", "-l", "1", file, path.join(OUT, c)]);
    const png = fs.readdirSync(OUT).find((f) => f.startsWith(`${c}-`) && f.endsWith(".png"));
    expect(png).toBeDefined();
    expect(fs.statSync(path.join(OUT, png!)).size).toBeGreaterThan(10_000);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/[A-Z]{6}\+WenQuanYiMicroHei/);
  }
);

it("S02's page does not claim a cap constrained the grade; S05's does, and marks C3 as not lowering it", async () => {
  const flat = async (c: string): Promise<string> =>
    execFileSync("pdftotext", ["-enc", "UTF-8", (await pdfOf(c)).file, "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, "");
  const s02 = await flat("S02");
  expect(s02).toContain("模型等级BBB；最终等级BBB（限定条件已触发，未影响等级）");
  expect(s02).not.toContain("受限定条件约束");
  expect(s02).toContain("最高AA（未影响等级）");
  const s05 = await flat("S05");
  expect(s05).toContain("模型等级AA；最终等级BBB（受限定条件约束）");
  expect(s05.match(/未影响等级/g)).toHaveLength(1);
  expect(s05).toContain("最高BBB。");
});

it("an unrated client's PDF shows head office's assigned grade and reason", async () => {
  const env = await signChain(summaryOf("S09"), undefined, { grade: "A", reason: "财政全额拨款" });
  const r = await renderSummaryPdf(env, { fontBytes: FONT });
  if (!r.ok) throw new Error(r.reason);
  const file = path.join(OUT, "S09.pdf");
  fs.writeFileSync(file, r.bytes);
  const flat = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, "");
  expect(flat).toContain("市第二人民医院");
  expect(flat).toContain("总行认定等级");
  expect(flat).toContain("总行认定等级A，理由：财政全额拨款");
});

it("the QR code reads back as the payload's SHA-256 (zbarimg)", async () => {
  const env = await signChain(summaryOf("R01"));
  const { file } = await pdfOf("R01");
  const prefix = path.join(OUT, "qr");
  execFileSync("pdftoppm", ["-r", "150", "-png", file, prefix]);
  const pages = fs.readdirSync(OUT).filter((f) => f.startsWith("qr-") && f.endsWith(".png"));
  const codes = pages.flatMap((p) => {
    try {
      return execFileSync("zbarimg", ["-q", "--raw", path.join(OUT, p)], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      })
        .trim()
        .split("\n");
    } catch {
      return []; // zbarimg exits 4 on a page without a code
    }
  });
  expect(codes).toEqual([`sha256:${sha256Hex(env.payload)}`]);
});

it("embeds every character of a client name, and reports any the font lacks", async () => {
  const s = summaryOf("S03");
  const rare = { ...s, client: { ...s.client, name: "鑫淼犇𠮷商贸有限公司" } };
  const env = await signChain(rare);
  const r = await renderSummaryPdf(env, { fontBytes: FONT });
  if (!r.ok) throw new Error(r.reason);
  expect(r.missingGlyphs).toEqual(["𠮷"]);
  const file = path.join(OUT, "rare.pdf");
  fs.writeFileSync(file, r.bytes);
  const flat = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, "");
  expect(flat).toContain("鑫淼犇");
});

it("carries the envelope and the full JWS chain as attachments that verify", async () => {
  const { bytes } = await pdfOf("R01");
  const files = await readAttachments(bytes);
  expect(files?.map((f) => f.name).sort()).toEqual([JSON_ATTACHMENT, JWS_ATTACHMENT].sort());
  const env = JSON.parse(
    new TextDecoder().decode(files!.find((f) => f.name === JSON_ATTACHMENT)!.bytes)
  );
  const report = await verifySignedSummary(env);
  expect(report.ok).toBe(true);
  const jws = new TextDecoder().decode(files!.find((f) => f.name === JWS_ATTACHMENT)!.bytes);
  expect(jws.trim().split("\n")).toHaveLength(3);
});

it("is byte-identical for fixed dates and the Ed25519 test signer (golden hash)", async () => {
  const a = await pdfOf("R01");
  const b = await pdfOf("R01");
  expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  // Changes when the engine's numbers, the layout, the font or pdf-lib change: look at the PDF, then update.
  expect(sha256Hex(a.bytes)).toBe(
    "996a0ae789676b2f0b9b49afa7c57fd3dc2d4f86bb5c35ff7d9acbb6cd302334"
  );
});
