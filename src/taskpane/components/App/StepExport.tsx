/**
 * The 导出 step: the signed summary's ExportStep (sign, countersign, keep in the workbook, copy, download) and
 * VerifyStep (CONTRACTS §4), loaded on demand with the summary code, over the pane's workbook port.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { WorkbookPort, WorkbookSnapshot } from "../../../excel/types";
import type { Messages } from "../../../i18n";
import type { CompiledModel } from "../../../model";
import type { Derived } from "../../state/derive";
import type { Profile } from "../../state/types";
import type { ExportStepProps } from "../ExportStep/ExportStep";

const ExportStep = lazy(async () => {
  // The add-in version comes with the chunk, so package.json stays out of the initial bundle.
  const [m, pkg] = await Promise.all([
    import("../ExportStep/ExportStep"),
    import("../../../../package.json"),
  ]);
  const Step = m.ExportStep;
  const version = pkg.default.version;
  return {
    default: (p: Omit<ExportStepProps, "addinVersion">) => <Step {...p} addinVersion={version} />,
  };
});
const VerifyStep = lazy(async () => ({
  default: (await import("../VerifyStep/VerifyStep")).VerifyStep,
}));

export interface StepExportProps {
  t: Messages;
  model: CompiledModel;
  port: WorkbookPort;
  snapshot: WorkbookSnapshot;
  derived: Derived & { note: (item: string) => string };
  profile: Profile | null;
}

const text = (v: unknown): string | null =>
  v === null || v === undefined || v === "" ? null : String(v);

export function StepExport({ t, model, port, snapshot, derived, profile }: StepExportProps) {
  const notes: Record<string, string> = {};
  for (const q of model.qualitative) {
    const n = derived.note(q.id);
    if (n) notes[q.id] = n;
  }
  const v = snapshot.values;
  // Bumped after each signature, so 核验 re-reads the workbook and does not contradict 已签署初评.
  const [storedVersion, setStoredVersion] = useState(0);
  return (
    <Suspense fallback={<Spinner label={t.loading} />}>
      <ExportStep
        model={model}
        result={derived.result}
        input={derived.input}
        profile={profile}
        store={port}
        context={{
          notes,
          workbook: snapshot.workbookName || null,
          ratedOn: text(v["rating.date"]),
          template: { id: text(v["model.id"]), version: text(v["model.version"]) },
        }}
        onStored={() => setStoredVersion((n) => n + 1)}
      />
      <VerifyStep t={t} input={derived.input} store={port} storedVersion={storedVersion} />
    </Suspense>
  );
}
