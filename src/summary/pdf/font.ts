/**
 * The CJK font of the PDF. pdf-lib embeds through fontkit; our font ships as a TrueType collection (.ttc), which
 * fontkit opens as a collection, so this adapter hands pdf-lib the first face and keeps it to check glyph coverage
 * (a client name with a character the font lacks must be reported, not silently drawn as a blank box).
 */
import fontkit from "@pdf-lib/fontkit";
type FontkitFont = ReturnType<typeof fontkit.create>;
/** What `PDFDocument.registerFontkit` takes. */
type Fontkit = { create(bytes: Uint8Array): FontkitFont };

export interface FontAdapter {
  readonly fontkit: Fontkit;
  /** Characters of `text` the font has no glyph for (unique, in order). */
  missing(text: string): string[];
}

/** @throws Error when the bytes are not a TrueType/OpenType font or collection (misuse: wrong asset). */
export function fontAdapter(bytes: Uint8Array): FontAdapter {
  const opened = fontkit.create(bytes) as FontkitFont & { fonts?: FontkitFont[] };
  const face: FontkitFont = opened.fonts ? opened.fonts[0] : opened;
  if (!face || typeof face.hasGlyphForCodePoint !== "function") throw new Error("not a font file");
  return {
    fontkit: { create: () => face },
    missing(text) {
      const out: string[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x20 || out.includes(ch)) continue;
        if (!face.hasGlyphForCodePoint(cp)) out.push(ch);
      }
      return out;
    },
  };
}
