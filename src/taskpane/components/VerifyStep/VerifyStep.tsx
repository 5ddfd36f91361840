/**
 * 核验: checks the signed summary the workbook holds (or one pasted in), with an optional trust list, and warns
 * when the workbook's current inputs no longer match what was signed (日常监测). Self-contained (CONTRACTS §4).
 */
import { useExportStepStyles } from "../ExportStep/useExportStepStyles.styles";
import { renderVerifyStep } from "./renderVerifyStep";
import type { VerifyStepProps } from "./VerifyStep.types";
import { useVerifyStep } from "./useVerifyStep";

export function VerifyStep(props: VerifyStepProps) {
  const state = useVerifyStep(props);
  const styles = useExportStepStyles();
  return renderVerifyStep(state, styles);
}

export type { VerifyStepProps } from "./VerifyStep.types";
