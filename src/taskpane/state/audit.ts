/** Audit rows the pane writes: who (from the profile, in the bank's words), what, when. */
import type { AuditEntry } from "../../excel/types";
import { zhCN } from "../../i18n/zh-CN";
import type { Profile } from "./types";

/** One audit row for an action by `profile`; the time is now unless given. */
export function auditEntry(
  profile: Profile,
  action: string,
  subject: string,
  value: string,
  at: Date = new Date()
): AuditEntry {
  return {
    at: at.toISOString(),
    name: profile.name,
    role: zhCN.profile.roles[profile.role],
    level: zhCN.profile.levels[profile.level],
    action,
    subject,
    value,
  };
}

/** The profile recorded by the latest audit row, to prefill the form on a new machine. */
export function profileFromAudit(audit: readonly AuditEntry[]): Profile | null {
  const e = audit[audit.length - 1];
  if (!e) return null;
  const role = (Object.entries(zhCN.profile.roles).find(([, v]) => v === e.role)?.[0] ?? null) as
    Profile["role"] | null;
  const level = (Object.entries(zhCN.profile.levels).find(([, v]) => v === e.level)?.[0] ??
    null) as Profile["level"] | null;
  return role && level && e.name ? { name: e.name, role, level } : null;
}
