/**
 * 导出: sign the rating summary (初评), countersign it (审查, 审定), keep it in the workbook, copy it, and download
 * JSON or PDF where the platform allows. Self-contained: the pane mounts it with the result, the input, the
 * profile and its workbook port (CONTRACTS §4).
 */
import type { ExportStepProps } from "./ExportStep.types";
import { renderExportStep } from "./renderExportStep";
import { useExportStep } from "./useExportStep";
import { useExportStepStyles } from "./useExportStepStyles.styles";

export function ExportStep(props: ExportStepProps) {
  const state = useExportStep(props);
  const styles = useExportStepStyles();
  return renderExportStep(state, props, styles);
}

export type { ExportStepProps } from "./ExportStep.types";
export type { ExportServices, SummaryStore } from "./services";
