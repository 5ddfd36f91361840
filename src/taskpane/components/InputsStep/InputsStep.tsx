/**
 * 资料: the client, industry, unit and model as the workbook holds them, and every missing or invalid input with a
 * link that selects its cell. Workbook text is rendered as text (React escapes it), never as HTML.
 */
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import type { RatingResult } from "../../../engine";
import type { WorkbookSnapshot } from "../../../excel/types";
import type { CompiledModel } from "../../../model";
import { wordsKey, type Lang, type Messages } from "../../../i18n";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  list: {
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface InputsStepProps {
  t: Messages;
  lang: Lang;
  model: CompiledModel;
  snapshot: WorkbookSnapshot;
  result: RatingResult;
  onSelect: (address: string) => void;
  onReload: () => void;
}

const show = (v: unknown): string => (v === null || v === undefined || v === "" ? "—" : String(v));

export function InputsStep({
  t,
  lang,
  model,
  snapshot,
  result,
  onSelect,
  onReload,
}: InputsStepProps) {
  const styles = useStyles();
  const w = wordsKey(lang);
  const v = snapshot.values;
  const wbModel = v["model.id"] ? `${show(v["model.id"])} ${show(v["model.version"])}` : null;
  const ours = `${model.doc.modelId} ${model.doc.modelVersion}`;
  const hasNames = Object.keys(snapshot.cells).length > 0;
  const blocking = result.issues.filter((i) =>
    [
      "MISSING_INPUT",
      "NEGATIVE_INPUT",
      "MISSING_UNIT",
      "UNKNOWN_CLIENT_TYPE",
      "UNKNOWN_INDUSTRY",
    ].includes(i.code)
  );
  return (
    <section aria-label={t.steps.inputs}>
      {!hasNames && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.inputs.noNames}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.grid}>
        <dt className={styles.term}>{t.inputs.client}</dt>
        <dd className={styles.value}>{show(v["client.name"])}</dd>
        <dt className={styles.term}>{t.inputs.industry}</dt>
        <dd className={styles.value}>{show(v["client.industry"])}</dd>
        <dt className={styles.term}>{t.inputs.type}</dt>
        <dd className={styles.value}>{show(v["client.type"])}</dd>
        <dt className={styles.term}>{t.inputs.unit}</dt>
        <dd className={styles.value}>{show(v["statement.unit"])}</dd>
        <dt className={styles.term}>{t.inputs.model}</dt>
        <dd className={styles.value}>{ours}</dd>
        <dt className={styles.term}>{t.inputs.modelInWorkbook}</dt>
        <dd className={styles.value}>{wbModel ?? t.inputs.notRecorded}</dd>
      </dl>
      {wbModel &&
        v["model.version"] !== null &&
        String(v["model.version"]) !== model.doc.modelVersion && (
          <MessageBar intent="warning">
            <MessageBarBody>{t.inputs.modelMismatch(wbModel, ours)}</MessageBarBody>
          </MessageBar>
        )}
      <h3>{blocking.length ? t.inputs.problems : t.inputs.noProblems}</h3>
      {blocking.length > 0 && (
        <ul className={styles.list} aria-label={t.inputs.problems}>
          {blocking.map((i) => (
            <li key={`${i.code}.${i.subject}`}>
              {i.message[w]}{" "}
              {i.cell ? (
                <Link
                  as="button"
                  onClick={() => onSelect(i.cell!)}
                  aria-label={`${t.inputs.select} ${i.cell}`}
                >
                  {t.inputs.select}
                </Link>
              ) : (
                <span>（{t.inputs.notBound}）</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.warnings.length > 0 && (
        <>
          <h3>{t.inputs.warnings}</h3>
          <ul className={styles.list}>
            {result.warnings.map((x) => (
              <li key={`${x.code}.${x.subject}`}>{x.message[w]}</li>
            ))}
          </ul>
        </>
      )}
      <Button onClick={onReload}>{t.inputs.refresh}</Button>
    </section>
  );
}
