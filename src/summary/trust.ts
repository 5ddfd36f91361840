/**
 * The trust list head office publishes: the registered keys, each with the person's name, role and level.
 * A signature is trusted only when its key is listed with the very name, role and level it signed under.
 */
import { z } from "zod";
import type { Person } from "./types";

export const TRUST_LIST_KIND = "rating-trust-list";

const EntrySchema = z.strictObject({
  thumbprint: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "thumbprint: 43 base64url characters"),
  name: z.string().min(1),
  role: z.enum(["officer", "reviewer", "approver"]),
  level: z.enum(["branch", "head_office"]),
  /** The public JWK, for reference; the thumbprint is what is matched. */
  jwk: z.record(z.string(), z.string()).optional(),
  note: z.string().optional(),
});

const TrustListSchema = z.strictObject({
  kind: z.literal(TRUST_LIST_KIND),
  version: z.literal(1),
  keys: z.array(EntrySchema),
});

export type TrustEntry = z.infer<typeof EntrySchema>;
export type TrustList = z.infer<typeof TrustListSchema>;

export type ParseTrustResult =
  | { readonly success: true; readonly trust: TrustList }
  | { readonly success: false; readonly issues: readonly string[] };

/** Validates a trust list document; issues read `path: message`. */
export function parseTrustList(doc: unknown): ParseTrustResult {
  const r = TrustListSchema.safeParse(doc);
  if (r.success) return { success: true, trust: r.data };
  return {
    success: false,
    issues: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  };
}

/** @returns why `person` signing with key `thumbprint` is not trusted, or null when it is. */
export function trustProblem(trust: TrustList, thumbprint: string, person: Person): string | null {
  const entry = trust.keys.find((k) => k.thumbprint === thumbprint);
  if (!entry) return "密钥未在信任列表中登记";
  const diffs: string[] = [];
  if (entry.name !== person.name) diffs.push(`姓名（登记为 ${entry.name}）`);
  if (entry.role !== person.role) diffs.push(`角色（登记为 ${entry.role}）`);
  if (entry.level !== person.level) diffs.push(`级别（登记为 ${entry.level}）`);
  return diffs.length ? `与信任列表登记不符：${diffs.join("、")}` : null;
}
