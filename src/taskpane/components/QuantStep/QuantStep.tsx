/** 定量: each indicator's value beside its standard and maximum, its score, and a bar per dimension. */
import {
  makeStyles,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { formatCents, type RatingResult } from "../../../engine";
import type { CompiledModel, Rule } from "../../../model";
import { wordsKey, type Lang, type Messages } from "../../../i18n";
import { formatIndicator } from "./formatIndicator";

const useStyles = makeStyles({
  dim: { marginTop: tokens.spacingVerticalM },
  head: {
    display: "flex",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export interface QuantStepProps {
  t: Messages;
  lang: Lang;
  model: CompiledModel;
  result: RatingResult;
}

/** The standard value of a rule, where the rule form has one. */
function standardOf(rule: Rule | undefined): number | null {
  if (rule && "std" in rule && typeof rule.std === "number") return rule.std;
  return null;
}

/** Why the step is incomplete: missing statements (or other inputs) say so; only unanswered J-items say that. */
function incompleteText(t: Messages, result: RatingResult): string {
  const blocking = result.issues.filter((i) => i.code !== "MISSING_ANSWER");
  return blocking.length === 0 ? t.quant.qualPending : t.quant.incomplete;
}

export function QuantStep({ t, lang, model, result }: QuantStepProps) {
  const styles = useStyles();
  const w = wordsKey(lang);
  const sc = result.scorecard ? model.scorecards.get(result.scorecard) : undefined;
  return (
    <section aria-label={t.steps.quant}>
      {result.status === "incomplete" && <p>{incompleteText(t, result)}</p>}
      {result.dimensions.map((d) => {
        const rows = result.indicators.filter(
          (i) => i.dimension === d.id && i.kind === "quantitative"
        );
        if (rows.length === 0) return null;
        const score = d.score === null ? null : d.score / d.max;
        return (
          <div key={d.id} className={styles.dim}>
            <div className={styles.head}>
              <span>{d.label[w]}</span>
              <span>
                {d.score === null ? "—" : formatCents(d.score)} / {formatCents(d.max)}
              </span>
            </div>
            <ProgressBar value={score ?? 0} max={1} aria-label={`${d.label[w]} ${t.quant.score}`} />
            <Table size="small" aria-label={d.label[w]}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.quant.indicator}</TableHeaderCell>
                  <TableHeaderCell>{t.quant.value}</TableHeaderCell>
                  <TableHeaderCell>{t.quant.standard}</TableHeaderCell>
                  <TableHeaderCell>{t.quant.score}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((i) => {
                  const def = model.indicatorById.get(i.id)?.def;
                  const std = standardOf(sc?.rules.get(i.id));
                  const display = def?.display ?? "ratio";
                  return (
                    <TableRow key={i.id}>
                      <TableCell>
                        {i.id} {i.label[w]}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {formatIndicator(i.ratio, display)}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {std === null ? t.quant.none : formatIndicator(std, display)}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {i.score === null ? "—" : formatCents(i.score)} / {formatCents(i.max)}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        );
      })}
    </section>
  );
}
