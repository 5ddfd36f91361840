/** The PDF of a signed summary: render it, and read back its attachments. Loaded lazily by the pane. */
export {
  renderSummaryPdf,
  JSON_ATTACHMENT,
  JWS_ATTACHMENT,
  type RenderOptions,
  type RenderResult,
} from "./render";
export { readAttachments, type Attachment } from "./attachments";
