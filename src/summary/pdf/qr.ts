/** A QR code drawn as vector squares (no image), so it is sharp at any zoom and byte-stable. */
import QRCode from "qrcode";
import { rgb, type PDFPage } from "pdf-lib";

/**
 * Draws the QR code of `text` with its top-left corner at (x, top), `size` points wide, quiet zone included.
 * @example drawQr(page, "sha256:9f…", 460, 200, 96)
 */
export function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = size / (n + 8);
  page.drawRectangle({ x, y: top - size, width: size, height: size, color: rgb(1, 1, 1) });
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      // One rectangle per horizontal run keeps the content stream small.
      let end = c;
      while (end < n && qr.modules.get(r, end)) end++;
      page.drawRectangle({
        x: x + (c + 4) * cell,
        y: top - (r + 5) * cell,
        width: (end - c) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
      c = end;
    }
  }
}
