/**
 * Score by dimension as horizontal bars (loaded on demand with the 结果 step). A CSS grid, not a fixed-width SVG:
 * the label column takes the longest name (wrapping when the pane is narrow), so English names are never cut.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatCents, type DimensionResult } from "../../../engine";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(4em, max-content) minmax(48px, 1fr) max-content",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  label: { overflowWrap: "anywhere" },
  track: { height: "12px", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  score: { fontVariantNumeric: "tabular-nums", textAlign: "right" },
});

export interface DimensionChartProps {
  title: string;
  dimensions: readonly DimensionResult[];
  w: "zh" | "en";
}

export default function DimensionChart({ title, dimensions, w }: DimensionChartProps) {
  const styles = useStyles();
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={title} className={styles.grid}>
        {dimensions.map((d) => {
          const share = d.score === null || d.max === 0 ? 0 : d.score / d.max;
          return [
            <span key={`${d.id}.l`} className={styles.label}>
              {d.label[w]}
            </span>,
            <div key={`${d.id}.t`} className={styles.track}>
              <div className={styles.bar} style={{ width: `${(share * 100).toFixed(1)}%` }} />
            </div>,
            <span key={`${d.id}.s`} className={styles.score}>
              {d.score === null ? "—" : formatCents(d.score)}/{formatCents(d.max)}
            </span>,
          ];
        })}
      </div>
    </figure>
  );
}
