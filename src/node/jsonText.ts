/** Parses a JSON file's text (a leading BOM, as Windows editors write it, is allowed). */
export type JsonText =
  { ok: true; data: unknown } | { ok: false; message: { zh: string; en: string } };

export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    const why = (e as Error).message;
    return { ok: false, message: { zh: `不是有效的 JSON：${why}`, en: `not valid JSON: ${why}` } };
  }
}
