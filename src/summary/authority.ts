/**
 * Who may approve what: the model's approval rules put AAA/AA/A with head office and BBB/BB/B with the branch, and
 * an unrated client's grade is assigned by head office. The summary records the route; the 审定 signature's level
 * must match it.
 */
import type { SignerLevel } from "./types";

/** @returns the level the 审定 approver must hold for an approval route, or null for an unknown route. */
export function requiredApproverLevel(route: string): SignerLevel | null {
  if (route === "head_office" || route === "head_office_assignment") return "head_office";
  if (route === "branch") return "branch";
  return null;
}

/** True when the route is head office's assignment of an unrated client's grade. */
export function isAssignmentRoute(route: string): boolean {
  return route === "head_office_assignment";
}
