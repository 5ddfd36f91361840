/**
 * Excel's errors → `PortError`s. Office.js rejects with an `OfficeExtension.Error` whose `code` names the cause;
 * the pane turns the code into a sentence (i18n) and shows Excel's own message beneath it.
 */
import type { PortError, PortErrorCode } from "./types";

const BY_CODE: Record<string, PortErrorCode> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  Conflict: "busy",
  ItemNotFound: "not_found",
  InvalidSelection: "invalid_selection",
  InvalidReference: "not_found",
  ApiNotFound: "unsupported",
  UnsupportedOperation: "unsupported",
  NotImplemented: "unsupported",
};

/** Maps whatever Excel.run rejected with to a PortError; never loses Excel's message. */
export function toPortError(e: unknown, operation: string): PortError {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  const message = typeof err?.message === "string" ? err.message : String(e);
  let mapped = BY_CODE[code] ?? "unknown";
  // Some hosts report a protected sheet as a general failure with the reason only in the message.
  if (mapped === "unknown" && /protect/i.test(message)) mapped = "protected";
  if (mapped === "unknown" && /busy|edit mode/i.test(message)) mapped = "busy";
  return { code: mapped, operation, detail: code ? `${code}: ${message}` : message };
}
