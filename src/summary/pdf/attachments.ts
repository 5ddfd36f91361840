/**
 * Reads the files attached to a PDF (the EmbeddedFiles name tree) with pdf-lib, so `credit-rating verify
 * summary.pdf` checks the signed envelope inside it rather than anything printed on the page.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from "pdf-lib";

export interface Attachment {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function nameOf(o: unknown): string | null {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return null;
}

function collect(doc: PDFDocument, node: PDFDict, out: Attachment[], depth: number): void {
  if (depth > 16) return;
  const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const name = nameOf(names.lookup(i));
      const spec = names.lookupMaybe(i + 1, PDFDict);
      const ef = spec?.lookupMaybe(PDFName.of("EF"), PDFDict);
      const stream = ef?.lookup(PDFName.of("F"));
      if (name !== null && stream instanceof PDFRawStream)
        out.push({ name, bytes: decodePDFRawStream(stream).decode() });
    }
  }
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookupMaybe(i, PDFDict);
    if (kid) collect(doc, kid, out, depth + 1);
  }
}

/**
 * @returns every attached file, or null when the bytes are not a PDF pdf-lib can open.
 * @example (await readAttachments(bytes))?.find((a) => a.name === "rating-summary.json")
 */
export async function readAttachments(bytes: Uint8Array): Promise<Attachment[] | null> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return null;
  }
  const names = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  const out: Attachment[] = [];
  if (tree) collect(doc, tree, out, 0);
  return out;
}
