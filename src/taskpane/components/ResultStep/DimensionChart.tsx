/** Score by dimension as horizontal SVG bars (loaded on demand with the 结果 step). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatCents, type DimensionResult } from "../../../engine";

const useStyles = makeStyles({
  bar: { fill: tokens.colorBrandBackground },
  track: { fill: tokens.colorNeutralBackground3 },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
});

export interface DimensionChartProps {
  title: string;
  dimensions: readonly DimensionResult[];
  w: "zh" | "en";
}

const ROW = 22;

export default function DimensionChart({ title, dimensions, w }: DimensionChartProps) {
  const styles = useStyles();
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={title}
        viewBox={`0 0 330 ${dimensions.length * ROW}`}
        width="100%"
      >
        {dimensions.map((d, i) => {
          const share = d.score === null || d.max === 0 ? 0 : d.score / d.max;
          const y = i * ROW;
          return (
            <g key={d.id}>
              <text x={0} y={y + 15} className={styles.text}>
                {d.label[w]}
              </text>
              <rect x={90} y={y + 4} width={150} height={14} className={styles.track} />
              <rect x={90} y={y + 4} width={150 * share} height={14} className={styles.bar} />
              <text x={246} y={y + 15} className={styles.text}>
                {d.score === null ? "—" : formatCents(d.score)}/{formatCents(d.max)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
