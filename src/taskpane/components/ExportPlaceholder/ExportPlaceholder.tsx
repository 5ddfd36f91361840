/** The 导出 step until the signed summary's ExportStep/VerifyStep are mounted here (CONTRACTS §4). */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Messages } from "../../../i18n";

export function ExportPlaceholder({ t }: { t: Messages }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.export.placeholder}</MessageBarBody>
    </MessageBar>
  );
}
