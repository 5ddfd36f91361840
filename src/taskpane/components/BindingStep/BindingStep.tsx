/**
 * Binding mode: for a workbook without our defined names, list the model's items; the officer selects a cell in
 * the sheet and binds it, and the pane creates the defined name (saved with the workbook, reviewable here).
 */
import {
  Button,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CompiledModel } from "../../../model";
import { bindableNames } from "../../../excel/names";
import type { WorkbookSnapshot } from "../../../excel/types";
import { wordsKey, type Lang, type Messages } from "../../../i18n";
import { nameLabel } from "./labels";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  inline: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
});

export interface BindingStepProps {
  t: Messages;
  lang: Lang;
  model: CompiledModel;
  snapshot: WorkbookSnapshot;
  onBind: (name: string) => void;
  onBindConstant: (name: string, value: string) => void;
  onSelect: (address: string) => void;
}

export function BindingStep({
  t,
  lang,
  model,
  snapshot,
  onBind,
  onBindConstant,
  onSelect,
}: BindingStepProps) {
  const styles = useStyles();
  const w = wordsKey(lang);
  const [type, setType] = useState("");
  const types = [...model.doc.clientTypes.rated, ...model.doc.clientTypes.unrated];
  const typeValue = snapshot.values["client.type"];
  return (
    <section aria-label={t.bind.title} className={styles.root}>
      <h2>{t.bind.title}</h2>
      <p>{t.bind.intro}</p>
      <div className={styles.inline}>
        <Field label={`${t.inputs.type}${typeValue ? `（${String(typeValue)}）` : ""}`}>
          <Select value={type} onChange={(_, d) => setType(d.value)}>
            <option value="" />
            {types.map((c) => (
              <option key={c.id} value={c.label.zh}>
                {c.label[w]}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!type} onClick={() => onBindConstant("client.type", type)}>
          {t.profile.save}
        </Button>
      </div>
      <Table size="small" aria-label={t.bind.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.bind.item}</TableHeaderCell>
            <TableHeaderCell>{t.bind.cell}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {bindableNames(model).map((name) => {
            const label = nameLabel(name, model, t, w);
            const cell = snapshot.cells[name];
            return (
              <TableRow key={name}>
                <TableCell>
                  {label}
                  <br />
                  <code>{name}</code>
                </TableCell>
                <TableCell className={styles.cell}>
                  {cell ? (
                    <Button appearance="transparent" size="small" onClick={() => onSelect(cell)}>
                      {cell}
                    </Button>
                  ) : (
                    t.bind.unbound
                  )}
                </TableCell>
                <TableCell>
                  <Button
                    size="small"
                    aria-label={`${t.bind.bindHere}：${label}`}
                    onClick={() => onBind(name)}
                  >
                    {t.bind.bindHere}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
