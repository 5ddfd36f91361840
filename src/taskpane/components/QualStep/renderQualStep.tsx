/** Renders the 定性 step. Anchors are a radio group (arrow keys move, Tab leaves), so it works by keyboard alone. */
import {
  Button,
  Field,
  mergeClasses,
  Radio,
  RadioGroup,
  Textarea,
} from "@fluentui/react-components";
import type { QualStepProps, QualStepState } from "./QualStep.types";
import { useQualStepStyles } from "./useQualStepStyles.styles";

export function renderQualStep(
  s: QualStepState,
  p: QualStepProps,
  styles: ReturnType<typeof useQualStepStyles>
) {
  const { item, w } = s;
  return (
    <section aria-label={p.t.steps.qual} className={styles.root}>
      <span className={styles.position}>{s.position}</span>
      <h2 id={`q-${item.id}`}>
        {item.id} {item.label[w]}
      </h2>
      <RadioGroup
        aria-labelledby={`q-${item.id}`}
        value={s.chosen}
        onChange={(_, d) => p.onChoose(item.id, d.value)}
        className={styles.cards}
      >
        {item.anchors.map((a) => (
          <Radio
            key={a.key}
            value={a.key}
            className={mergeClasses(styles.card, s.chosen === a.key && styles.chosen)}
            label={`${a.key}. ${a.label[w]}（${s.points(a.points)}）`}
          />
        ))}
      </RadioGroup>
      <Field label={p.t.qual.note} hint={s.noteHint}>
        <Textarea
          value={s.noteText}
          onChange={(_, d) => p.onNoteChange(item.id, d.value)}
          onBlur={() => p.onNoteCommit(item.id)}
          resize="vertical"
        />
      </Field>
      <div className={styles.nav}>
        <Button disabled={s.isFirst} onClick={() => p.onMove(-1)}>
          {p.t.qual.back}
        </Button>
        {s.isLast ? (
          <Button appearance="primary" onClick={p.onDone}>
            {p.t.qual.done}
          </Button>
        ) : (
          <Button appearance="primary" onClick={() => p.onMove(1)}>
            {p.t.qual.next}
          </Button>
        )}
      </div>
    </section>
  );
}
