/**
 * A small flowing-layout writer over pdf-lib: a cursor that moves down A4 pages, text wrapped by measured width
 * (CJK text wraps between any two characters), table rows whose height is their tallest cell, and page breaks.
 */
import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 42;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
export const GREY = rgb(0.4, 0.4, 0.4);
export const LINE = rgb(0.8, 0.8, 0.8);

export interface Cell {
  readonly text: string;
  readonly width: number;
  readonly size?: number;
  readonly color?: Color;
  readonly align?: "left" | "right";
}

export interface Writer {
  readonly doc: PDFDocument;
  readonly font: PDFFont;
  page: PDFPage;
  y: number;
}

export function startWriter(doc: PDFDocument, font: PDFFont): Writer {
  return { doc, font, page: doc.addPage(A4), y: A4[1] - MARGIN };
}

/** Starts a new page when less than `height` points remain. */
export function ensure(w: Writer, height: number): void {
  if (w.y - height >= MARGIN + 20) return;
  w.page = w.doc.addPage(A4);
  w.y = A4[1] - MARGIN;
}

/** Splits `text` into lines no wider than `width` at `size`; breaks at spaces for Latin words, anywhere for CJK. */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const ch of para) {
      const next = line + ch;
      if (line !== "" && font.widthOfTextAtSize(next, size) > width) {
        const sp = line.lastIndexOf(" ");
        const latin = /[A-Za-z0-9]/.test(ch) && sp > 0 && /[A-Za-z0-9]$/.test(line);
        out.push(latin ? line.slice(0, sp) : line);
        line = latin ? line.slice(sp + 1) + ch : ch;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

/** Writes wrapped text at `x` and moves the cursor below it. */
export function text(
  w: Writer,
  s: string,
  opts: { size?: number; x?: number; width?: number; color?: Color; gap?: number } = {}
): void {
  const size = opts.size ?? 10;
  const x = opts.x ?? MARGIN;
  const lines = wrap(w.font, s, size, opts.width ?? CONTENT_WIDTH - (x - MARGIN));
  for (const l of lines) {
    ensure(w, size * 1.4);
    w.y -= size * 1.3;
    w.page.drawText(l, { x, y: w.y, size, font: w.font, color: opts.color ?? rgb(0, 0, 0) });
  }
  w.y -= opts.gap ?? size * 0.3;
}

/** A section heading with a rule under it. */
export function heading(w: Writer, s: string): void {
  ensure(w, 60);
  w.y -= 10;
  text(w, s, { size: 12.5, gap: 3 });
  rule(w);
}

export function rule(w: Writer): void {
  w.page.drawLine({
    start: { x: MARGIN, y: w.y },
    end: { x: MARGIN + CONTENT_WIDTH, y: w.y },
    thickness: 0.6,
    color: LINE,
  });
  w.y -= 4;
}

/** One table row: each cell wraps within its width; the row is as tall as its tallest cell. */
export function row(w: Writer, cells: readonly Cell[]): void {
  const wrapped = cells.map((c) => wrap(w.font, c.text, c.size ?? 9, c.width - 4));
  const lineH = Math.max(...cells.map((c) => (c.size ?? 9) * 1.3));
  const height = Math.max(...wrapped.map((l) => l.length)) * lineH + 3;
  ensure(w, height);
  let x = MARGIN;
  cells.forEach((c, i) => {
    const size = c.size ?? 9;
    wrapped[i].forEach((l, k) => {
      const lw = w.font.widthOfTextAtSize(l, size);
      const lx = c.align === "right" ? x + c.width - 4 - lw : x;
      w.page.drawText(l, { x: lx, y: w.y - (k + 1) * lineH, size, font: w.font, color: c.color });
    });
    x += c.width;
  });
  w.y -= height;
  w.page.drawLine({
    start: { x: MARGIN, y: w.y + 1 },
    end: { x: MARGIN + CONTENT_WIDTH, y: w.y + 1 },
    thickness: 0.3,
    color: LINE,
  });
}
