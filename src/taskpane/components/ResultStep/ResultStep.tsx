/** 结果: the rating as the engine computed it, with the officer's adjustment (人工调整) beside it. */
import type { ResultStepProps } from "./ResultStep.types";
import { renderResultStep } from "./renderResultStep";
import { useResultStep } from "./useResultStep";
import { useResultStepStyles } from "./useResultStepStyles.styles";

export function ResultStep(props: ResultStepProps) {
  const state = useResultStep(props);
  const styles = useResultStepStyles();
  return renderResultStep(state, props, styles);
}

export type { ResultStepProps } from "./ResultStep.types";
