/** How the PDF writes numbers and times: the same as the pane and the workbook show them. */

/** An indicator value by its display kind: ratio → percent, amount → 万元 with separators, times → 2 decimals. */
export function formatValue(value: number | null, display: string | null): string {
  if (value === null) return "—";
  if (display === "ratio") return `${(value * 100).toFixed(2)}%`;
  if (display === "amount") {
    // Grouped by hand: toLocaleString depends on the ICU data a runtime ships, golden PDFs must not.
    const [int, frac] = Math.abs(value).toFixed(2).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${value < 0 ? "-" : ""}${grouped}.${frac} 万元`;
  }
  return value.toFixed(2);
}

/** `2026-11-20T08:00:00.000Z` → `2026-11-20 08:00 UTC` (fixed, locale-free, so golden PDFs stay stable). */
export function formatTime(iso: string | null): string {
  if (!iso) return "—";
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
