/**
 * The 导出 step. The signed summary's ExportStep/VerifyStep (CONTRACTS §4) mount here once they exist; until then
 * a placeholder says the export arrives with the signed summary.
 */
import type { WorkbookPort } from "../../../excel/types";
import type { Messages } from "../../../i18n";
import type { Derived } from "../../state/derive";
import type { Profile } from "../../state/types";
import { ExportPlaceholder } from "../ExportPlaceholder/ExportPlaceholder";

export interface StepExportProps {
  t: Messages;
  port: WorkbookPort;
  derived: Derived;
  profile: Profile | null;
}

export function StepExport({ t }: StepExportProps) {
  return <ExportPlaceholder t={t} />;
}
