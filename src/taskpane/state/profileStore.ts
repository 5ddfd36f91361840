/**
 * The user's profile is about the person, not the workbook, so it is remembered per machine (localStorage);
 * every change it makes to a workbook is still recorded in that workbook's audit trail.
 */
import type { Profile } from "./types";

const KEY = "credit-rating.profile.v1";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage can be blocked in partitioned webviews
  }
}

export function loadProfile(): Profile | null {
  const raw = storage()?.getItem(KEY);
  if (!raw) return null;
  try {
    const p = JSON.parse(raw) as Partial<Profile>;
    if (typeof p.name !== "string" || !p.name.trim()) return null;
    if (!["officer", "reviewer", "approver"].includes(String(p.role))) return null;
    if (!["branch", "head_office"].includes(String(p.level))) return null;
    return p as Profile;
  } catch {
    return null;
  }
}

export function saveProfile(p: Profile): void {
  storage()?.setItem(KEY, JSON.stringify(p));
}
