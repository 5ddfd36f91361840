/** The pane: profile gate, steps as tabs, errors in words, and the step on screen. */
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { WorkbookPort } from "../../../excel/types";
import { messages } from "../../../i18n";
import type { CompiledModel } from "../../../model";
import { profileFromAudit } from "../../state/audit";
import { STEPS, type Profile, type StepId } from "../../state/types";
import { usePane } from "../../state/usePane";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { InputsStep } from "../InputsStep/InputsStep";
import { ProfileForm } from "../ProfileForm/ProfileForm";
import { StepExport } from "./StepExport";

const QualStep = lazy(async () => ({ default: (await import("../QualStep/QualStep")).QualStep }));
const QuantStep = lazy(async () => ({
  default: (await import("../QuantStep/QuantStep")).QuantStep,
}));
const ResultStep = lazy(async () => ({
  default: (await import("../ResultStep/ResultStep")).ResultStep,
}));
const BindingStep = lazy(async () => ({
  default: (await import("../BindingStep/BindingStep")).BindingStep,
}));
const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    // Narrow panes (Excel's default ~320 px) and longer English labels: wrap rather than overlap.
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, minWidth: 0 },
  headerActions: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-end",
    marginLeft: "auto",
  },
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  port: WorkbookPort;
  model: CompiledModel;
  initialProfile: Profile | null;
  preview?: boolean;
}

export function App({ port, model, initialProfile, preview }: AppProps) {
  const styles = useStyles();
  const { state, derived, actions } = usePane(port, model, initialProfile);
  const t = messages(state.lang);
  const snap = state.snapshot;
  const step = state.step;
  const body = () => {
    // The profile form waits for the first read, so it can be prefilled from the workbook's audit trail.
    if ((step === "profile" || !state.profile) && !snap && state.loading)
      return <Spinner label={t.loading} />;
    if (step === "profile" || !state.profile)
      return (
        <ProfileForm
          t={t}
          initial={state.profile ?? (snap ? profileFromAudit(snap.audit) : null)}
          onSave={(p) => void actions.setProfile(p)}
        />
      );
    if (!snap || !derived) return <Spinner label={t.loading} />;
    switch (step) {
      case "inputs":
        return (
          <InputsStep
            t={t}
            lang={state.lang}
            model={model}
            snapshot={snap}
            result={derived.result}
            onSelect={(a) => void actions.select(a)}
            onReload={() => void actions.reload()}
          />
        );
      case "quant":
        return <QuantStep t={t} lang={state.lang} model={model} result={derived.result} />;
      case "qual":
        return (
          <QualStep
            t={t}
            lang={state.lang}
            items={model.qualitative}
            index={state.qIndex}
            answers={derived.answers}
            note={derived.note}
            noteHasCell={(item) => `note.${item}` in snap.cells}
            onChoose={(item, key) => void actions.choose(item, key)}
            onNoteChange={actions.draftNote}
            onNoteCommit={(item) => void actions.saveNote(item)}
            onMove={actions.move}
            onDone={() => actions.goto("result")}
          />
        );
      case "result":
        return (
          <ResultStep
            t={t}
            lang={state.lang}
            model={model}
            result={derived.result}
            adjustment={derived.adjustment}
            assignment={derived.assignment}
            onAdjust={(g, r) => void actions.adjust(g, r)}
            onClearAdjust={() => void actions.clearAdjust()}
            onAssign={(g, r) => void actions.assign(g, r)}
          />
        );
      case "export":
        return (
          <StepExport
            t={t}
            model={model}
            port={port}
            snapshot={snap}
            derived={derived}
            profile={state.profile}
          />
        );
      case "bind":
        return (
          <BindingStep
            t={t}
            lang={state.lang}
            model={model}
            snapshot={snap}
            onBind={(name) => void actions.bindSelected(name)}
            onBindConstant={(name, v) => void actions.bindConstant(name, v)}
            onSelect={(a) => void actions.select(a)}
          />
        );
    }
  };
  return (
    <FluentProvider theme={webLightTheme} lang={state.lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <div className={styles.headerActions}>
            {state.profile && (
              <Button appearance="subtle" size="small" onClick={() => actions.goto("profile")}>
                {t.profile.current(
                  state.profile.name,
                  t.profile.roles[state.profile.role],
                  t.profile.levels[state.profile.level]
                )}
              </Button>
            )}
            <Button
              appearance="subtle"
              size="small"
              onClick={() => actions.setLang(state.lang === "zh-CN" ? "en-US" : "zh-CN")}
            >
              {t.language}
            </Button>
          </div>
        </header>
        {preview && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.previewBanner}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && <ErrorBar error={state.error} t={t} onDismiss={actions.dismissError} />}
        {state.profile && (
          <TabList
            selectedValue={step}
            onTabSelect={(_, d) => actions.goto(d.value as StepId)}
            size="small"
            className={styles.tabs}
          >
            {STEPS.map((s) => (
              <Tab key={s} value={s}>
                {t.steps[s]}
              </Tab>
            ))}
          </TabList>
        )}
        {/* Steps other than 资料 load on demand, so the first render ships less code. */}
        <Suspense fallback={<Spinner label={t.loading} />}>{body()}</Suspense>
      </main>
    </FluentProvider>
  );
}
