/** Terminal column widths: CJK and full-width characters take two columns, so tables line up in a console. */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width of `s` in terminal columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Pads `s` with spaces to `width` columns (left-aligned, or right-aligned for numbers). */
export function pad(s: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return align === "left" ? s + fill : fill + s;
}

/** Lays out rows as columns separated by two spaces; `right` lists the right-aligned column indexes. */
export function columns(rows: readonly string[][], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) =>
        pad(
          c,
          i === r.length - 1 && !right.includes(i) ? 0 : widths[i],
          right.includes(i) ? "right" : "left"
        )
      )
      .join("  ")
      .trimEnd()
  );
}
