/** Shows what Excel refused, in words, with Excel's own message beneath; never swallowed. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { PortError } from "../../../excel/types";
import type { Messages } from "../../../i18n";

export interface ErrorBarProps {
  error: PortError;
  t: Messages;
  onDismiss: () => void;
}

export function ErrorBar({ error, t, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors[error.code]}</MessageBarTitle>
        {t.errors.detail}（{t.errors.operation[error.operation] ?? error.operation}）：
        {error.detail}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.errors.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
