/** Renders the 结果 step: figures, caps and their reasons, next grade, the chart (lazy), adjustment or assignment. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import { formatCents } from "../../../engine";
import type { ResultStepProps, ResultStepState } from "./ResultStep.types";
import type { useResultStepStyles } from "./useResultStepStyles.styles";

/** The chart is only needed here, so it is a separate chunk. */
const DimensionChart = lazy(() => import("./DimensionChart"));

type Styles = ReturnType<typeof useResultStepStyles>;

function Stat({ label, children, styles }: { label: string; children: ReactNode; styles: Styles }) {
  return (
    <div role="group" aria-label={label} className={styles.stat}>
      <span className={styles.label}>{label}</span>
      <span className={styles.value}>{children}</span>
    </div>
  );
}

function gradeForm(s: ResultStepState, p: ResultStepProps, styles: Styles, assign: boolean) {
  const t = p.t.result;
  const missing = s.tried && (!s.draftGrade || !s.draftReason.trim());
  return (
    <form
      noValidate
      className={styles.form}
      aria-label={assign ? t.assignGrade : t.adjust}
      onSubmit={(e) => {
        e.preventDefault();
        (assign ? s.submitAssign : s.submitAdjust)();
      }}
    >
      <Field label={assign ? t.assignGrade : t.adjustedGrade} required>
        <Select value={s.draftGrade} onChange={(_, d) => s.setDraftGrade(d.value)}>
          <option value="" />
          {s.grades.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={assign ? t.assignReason : t.adjustReason}
        required
        validationMessage={missing ? (assign ? t.assignNeedsBoth : t.adjustNeedsReason) : undefined}
      >
        <Textarea value={s.draftReason} onChange={(_, d) => s.setDraftReason(d.value)} />
      </Field>
      <Button type="submit" appearance="primary">
        {assign ? t.assignSave : t.adjustSave}
      </Button>
    </form>
  );
}

export function renderResultStep(s: ResultStepState, p: ResultStepProps, styles: Styles) {
  const { result: r, t } = p;
  const tr = t.result;
  if (r.status === "unrated")
    return (
      <section aria-label={t.steps.result} className={styles.root}>
        <MessageBar intent="info">
          <MessageBarBody>{tr.unrated}</MessageBarBody>
        </MessageBar>
        <Stat label={tr.unratedReason} styles={styles}>
          {r.unratedReason?.[s.w]}
        </Stat>
        <Stat label={tr.approval} styles={styles}>
          {r.approvalLabel?.[s.w]}
        </Stat>
        {p.assignment && (
          <p>
            {tr.assigned(p.assignment.grade)} — {p.assignment.reason}（
            {tr.adjustedBy(p.assignment.by, p.assignment.at)}）
          </p>
        )}
        {gradeForm(s, p, styles, true)}
      </section>
    );
  if (r.status === "incomplete")
    return (
      <section aria-label={t.steps.result} className={styles.root}>
        <p>{tr.incomplete}</p>
        <ul className={styles.list}>
          {r.issues.map((i) => (
            <li key={`${i.code}.${i.subject}`}>{i.message[s.w]}</li>
          ))}
        </ul>
      </section>
    );
  const adj = p.adjustment;
  return (
    <section aria-label={t.steps.result} className={styles.root}>
      <div className={styles.stats}>
        <Stat label={tr.total} styles={styles}>
          {r.total === null ? "—" : formatCents(r.total)}
        </Stat>
        <Stat label={tr.modelGrade} styles={styles}>
          {r.modelGrade}
        </Stat>
        <Stat label={adj ? tr.computed : tr.grade} styles={styles}>
          {r.grade}
        </Stat>
        {adj && (
          <Stat label={tr.adjusted} styles={styles}>
            {adj.grade}
          </Stat>
        )}
        <Stat label={tr.approval} styles={styles}>
          {s.approvalText}
        </Stat>
      </div>
      <div role="group" aria-label={tr.caps}>
        <h3>{tr.caps}</h3>
        {r.caps.length === 0 ? (
          <p>{tr.noCaps}</p>
        ) : (
          <ul className={styles.list}>
            {r.caps.map((c) => (
              <li key={c.id}>
                {tr.capLine(c.id, c.label[s.w], tr.capTo(c.grade), c.reason[s.w])}
                {!s.capLowered(c.grade) && tr.capNoEffect}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        {r.nextGrade
          ? // Capped: the next band is the model grade's, and the final grade may not follow it.
            (r.grade !== r.modelGrade ? tr.modelNextGrade : tr.nextGrade)(
              r.nextGrade.grade,
              formatCents(r.nextGrade.pointsNeeded)
            )
          : tr.best}
        {r.nextGrade && r.nextGrade.bindingCaps.length > 0 && (
          <>
            {tr.clauseSep}
            {tr.bindingCaps(r.nextGrade.bindingCaps.join(tr.listSep))}
          </>
        )}
      </p>
      <Suspense fallback={<Spinner size="tiny" />}>
        <DimensionChart title={tr.chart} dimensions={r.dimensions} w={s.w} />
      </Suspense>
      <h3>{tr.adjust}</h3>
      {adj && (
        <div>
          <p>{tr.adjustedLine(adj.grade, adj.reason, tr.adjustedBy(adj.by, adj.at))}</p>
          {s.upward && (
            <MessageBar intent="warning">
              <MessageBarBody>{tr.upwardToHeadOffice}</MessageBarBody>
            </MessageBar>
          )}
          <Button onClick={p.onClearAdjust}>{tr.adjustClear}</Button>
        </div>
      )}
      {gradeForm(s, p, styles, false)}
    </section>
  );
}
