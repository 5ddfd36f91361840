/** The verify view's markup: the verdict, the stale warning, the chain, and the paste boxes. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { ChainList } from "../ExportStep/ChainList";
import type { useExportStepStyles } from "../ExportStep/useExportStepStyles.styles";
import type { VerifyState } from "./VerifyStep.types";

type Styles = ReturnType<typeof useExportStepStyles>;

export function renderVerifyStep(s: VerifyState, styles: Styles) {
  const c = s.checked;
  const r = c?.report;
  const passed = r ? r.ok && r.complete : false;
  return (
    <section className={styles.root} aria-label="核验评级摘要">
      <Text as="h2" size={500} weight="semibold">
        核验评级摘要
      </Text>
      {s.info && (
        <MessageBar intent="info">
          <MessageBarBody>{s.info}</MessageBarBody>
        </MessageBar>
      )}
      {s.error && (
        <MessageBar intent="error">
          <MessageBarBody>{s.error}</MessageBarBody>
        </MessageBar>
      )}
      {r && (
        <MessageBar intent={passed ? "success" : "error"}>
          <MessageBarBody>
            {passed
              ? "核验通过：摘要未被改动，签名链完整。"
              : r.ok
                ? `签名有效，但签名链未完成（${r.signatures.length} / 3）。`
                : `核验未通过：${[...r.problems, ...r.signatures.flatMap((g) => g.problems)][0] ?? ""}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {c?.stale && c.source === "workbook" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            日常监测：工作簿当前的输入与已签署的摘要不一致——签署后数据被修改过，此摘要已过时。
          </MessageBarBody>
        </MessageBar>
      )}
      {r && !r.trustChecked && (
        <MessageBar intent="info">
          <MessageBarBody>
            未提供信任列表：只核验了完整性，签署人身份与审批权限未经核验。
          </MessageBarBody>
        </MessageBar>
      )}
      {r?.summary && (
        <div>
          <Text>
            {r.summary.client.name} · 等级 {r.grade ?? "（未认定）"} · 模型 {r.summary.model.id}{" "}
            {r.summary.model.version}
          </Text>
          <div className={styles.mono}>模型指纹 {r.summary.model.fingerprint}</div>
          <div className={styles.mono}>摘要哈希 sha256:{r.payloadSha256}</div>
          <ChainList report={r} className={styles.chain} monoClassName={styles.mono} />
        </div>
      )}
      <Field label="信任列表（可选，总行发布的 JSON）">
        <Textarea value={s.trustText} onChange={(_, d) => s.setTrustText(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={s.loading} onClick={() => void s.verifyWorkbook()}>
          核验工作簿中的摘要
        </Button>
      </div>
      <Field label="或粘贴签名摘要 JSON">
        <Textarea value={s.pasted} onChange={(_, d) => s.setPasted(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={s.loading || s.pasted.trim() === ""}
          onClick={() => void s.verifyPasted()}
        >
          核验粘贴的摘要
        </Button>
      </div>
    </section>
  );
}
