/** Shared fixtures of the summary tests: a summary built from a worked case, the TEST-ONLY keys, a full chain. */
import * as fs from "node:fs";
import * as path from "node:path";
import { rate } from "../../src/engine";
import { defaultModel } from "../../src/model";
import { caseToInput } from "../../src/node/caseJson";
import {
  buildSummary,
  envelopeOf,
  loadKeyFile,
  signNext,
  type LoadedKey,
  type RatingSummary,
  type SignedSummary,
  type Assignment,
} from "../../src/summary";
import { loadCases } from "../helpers/cases";

export const KEYS_DIR = path.resolve(__dirname, "../../templates/keys");
export const FIXED = new Date("2026-11-20T08:00:00.000Z");

export function at(minutes: number): Date {
  return new Date(FIXED.getTime() + minutes * 60_000);
}

export function summaryOf(caseName: string): RatingSummary {
  const c = loadCases().find((x) => x.case === caseName || x.case?.startsWith(caseName));
  if (!c) throw new Error(`no case ${caseName}`);
  const model = defaultModel();
  const input = caseToInput(c);
  const r = buildSummary({
    model,
    result: rate(model, input),
    input,
    preparedBy: { name: "王敏", role: "officer", level: "branch" },
    notes: { J1: "行业龙头，产品出口。" },
    workbook: `${c.case}.xlsx`,
    template: { id: "cccb-corporate", version: "2026.1" },
    addinVersion: "0.1.0",
    ratedOn: "2026-11-20",
    createdAt: FIXED,
  });
  if (!r.ok) throw new Error(r.reason);
  return r.summary;
}

export async function testKey(file: string): Promise<LoadedKey> {
  const doc = JSON.parse(fs.readFileSync(path.join(KEYS_DIR, `TEST-ONLY-${file}.json`), "utf8"));
  const r = await loadKeyFile(doc);
  if (!r.ok) throw new Error(r.reason);
  return r.key;
}

export function trustDoc(): unknown {
  return JSON.parse(fs.readFileSync(path.join(KEYS_DIR, "TEST-ONLY-trust.json"), "utf8"));
}

/** Signs 初评 → 审查 → 审定 with the test keys; the approver is chosen for the grade unless given. */
export async function signChain(
  summary: RatingSummary,
  approver?: string,
  assignment?: Assignment
): Promise<SignedSummary> {
  let env = envelopeOf(summary);
  const headOffice = summary.approval.route !== "branch";
  const files = [
    "preparer",
    "reviewer",
    approver ?? (headOffice ? "approver-head-office" : "approver-branch"),
  ];
  for (const [i, f] of files.entries()) {
    const k = await testKey(f);
    const r = await signNext(env, {
      signer: k.signer,
      person: k.person,
      signedAt: at(i * 30),
      assignment: i === 2 ? assignment : undefined,
    });
    if (!r.ok) throw new Error(r.reason);
    env = r.signed;
  }
  return env;
}
