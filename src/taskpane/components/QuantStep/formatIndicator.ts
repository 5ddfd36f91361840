/**
 * One formatter for indicator values and standards in the pane, by the indicator's display kind — the same text
 * the CLI table and the PDF write ("11,400.00 万元", "12.50%", "1.50").
 */

/**
 * Formats an indicator value or standard by display kind.
 * @example formatIndicator(11400, "amount") // "11,400.00 万元"
 * @example formatIndicator(0.125, "ratio") // "12.50%"
 * @example formatIndicator(1, "times") // "1.00"
 */
export function formatIndicator(value: number | null, display: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (display === "ratio" || display === "percent") return `${(value * 100).toFixed(2)}%`;
  if (display === "amount") {
    // Grouped by hand: toLocaleString depends on the ICU data the webview ships.
    const [int, frac] = Math.abs(value).toFixed(2).split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return `${value < 0 ? "-" : ""}${grouped}.${frac} 万元`;
  }
  return value.toFixed(2);
}
