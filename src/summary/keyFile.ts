/**
 * Key files for batch and demo signing (`credit-rating sign --key FILE`): the person the key belongs to and the
 * private JWK. Every key in the repository is a clearly named TEST-ONLY file; real keys stay in the pane's
 * non-extractable store or the bank's signing service.
 */
import { z } from "zod";
import type { JWK } from "jose";
import { createJwkSigner, type Signer } from "./signer";
import type { Person } from "./types";

const KeyFileSchema = z.object({
  kind: z.literal("rating-signing-key"),
  version: z.literal(1),
  testOnly: z.string().optional(),
  person: z.strictObject({
    name: z.string().min(1),
    role: z.enum(["officer", "reviewer", "approver"]),
    level: z.enum(["branch", "head_office"]),
  }),
  privateJwk: z.record(z.string(), z.string()),
});

export interface LoadedKey {
  readonly person: Person;
  readonly signer: Signer;
  readonly testOnly: boolean;
}

/** @returns the person and signer of a key file, or the reason it is not one. */
export async function loadKeyFile(
  doc: unknown
): Promise<{ ok: true; key: LoadedKey } | { ok: false; reason: string }> {
  const r = KeyFileSchema.safeParse(doc);
  if (!r.success)
    return {
      ok: false,
      reason: r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    };
  try {
    const signer = await createJwkSigner(r.data.privateJwk as JWK);
    return {
      ok: true,
      key: { person: r.data.person, signer, testOnly: r.data.testOnly !== undefined },
    };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
