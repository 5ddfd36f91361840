/** 定性: one item at a time; each choice and note is written to the workbook at once by the caller. */
import type { QualStepProps } from "./QualStep.types";
import { renderQualStep } from "./renderQualStep";
import { useQualStep } from "./useQualStep";
import { useQualStepStyles } from "./useQualStepStyles.styles";

export function QualStep(props: QualStepProps) {
  const state = useQualStep(props);
  const styles = useQualStepStyles();
  return renderQualStep(state, props, styles);
}

export type { QualStepProps } from "./QualStep.types";
