/** The export view's markup: the summary's chain, the stale warning, the sign button and the export paths. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { STEP_LABEL } from "../../../summary/types";
import { ChainList } from "./ChainList";
import type { ExportState, ExportStepProps } from "./ExportStep.types";
import type { useExportStepStyles } from "./useExportStepStyles.styles";

type Styles = ReturnType<typeof useExportStepStyles>;

export function renderExportStep(s: ExportState, props: ExportStepProps, styles: Styles) {
  const stored = s.stored;
  const summary = stored?.report.summary ?? null;
  const grades = props.model.grades.map((g) => g.code);
  return (
    <section className={styles.root} aria-label="签名评级摘要">
      <Text as="h2" size={500} weight="semibold">
        签名评级摘要
      </Text>
      {s.notice && (
        <MessageBar intent={s.notice.intent}>
          <MessageBarBody>{s.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {stored === undefined && <Text>正在读取工作簿中的摘要…</Text>}
      {stored === null && <Text>工作簿中还没有签名的评级摘要。</Text>}
      {stored && summary && (
        <div>
          <Text>
            {summary.client.name} · 等级 {stored.report.grade ?? summary.grade}
            {summary.total ? ` · 总分 ${summary.total}` : ""} · {summary.approval.label}
          </Text>
          <ChainList report={stored.report} className={styles.chain} monoClassName={styles.mono} />
          <Text className={styles.muted}>
            {s.nextStep
              ? `下一步：${STEP_LABEL[s.nextStep]}`
              : "签名链已完成（初评 → 审查 → 审定）"}
          </Text>
        </div>
      )}
      {stored && !stored.report.ok && (
        <MessageBar intent="error">
          <MessageBarBody>
            工作簿中的摘要未通过核验，不能继续会签；客户经理可重新签署初评。
          </MessageBarBody>
        </MessageBar>
      )}
      {stored?.stale && (
        <MessageBar intent="warning">
          <MessageBarBody>
            工作簿的输入在签署后已改变：此摘要不再对应当前数据（日常监测）。请客户经理重新签署初评。
          </MessageBarBody>
        </MessageBar>
      )}
      {s.needsAssignment && (
        <>
          <Field label="总行认定等级" required>
            <Select value={s.assignGrade} onChange={(_, d) => s.setAssignGrade(d.value)}>
              <option value="">请选择</option>
              {grades.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="认定理由" required>
            <Textarea value={s.assignReason} onChange={(_, d) => s.setAssignReason(d.value)} />
          </Field>
        </>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={Boolean(s.cannotSign) || s.busy !== null || stored === undefined}
          onClick={() => void s.sign()}
        >
          {s.nextStep ? `签署${STEP_LABEL[s.nextStep]}` : "已全部签署"}
        </Button>
        <Button disabled={!stored || s.busy !== null} onClick={() => void s.copy()}>
          复制到剪贴板
        </Button>
        {s.canDownload && (
          <>
            <Button disabled={!stored || s.busy !== null} onClick={s.downloadJson}>
              下载 JSON
            </Button>
            <Button disabled={!stored || s.busy !== null} onClick={() => void s.downloadPdf()}>
              下载 PDF
            </Button>
          </>
        )}
        <Button appearance="subtle" disabled={s.busy !== null} onClick={() => void s.showKey()}>
          我的签名密钥
        </Button>
      </div>
      {s.cannotSign && <Text className={styles.muted}>{s.cannotSign}</Text>}
      {s.busy && <Text className={styles.muted}>{s.busy}中…</Text>}
      {!s.canDownload && (
        <Text className={styles.muted}>
          此环境（Excel
          桌面版）不支持从加载项直接下载文件。签名摘要已保存在工作簿中：保存工作簿后，用
          “credit-rating summary extract 文件.xlsx” 导出 JSON 和 PDF；也可以复制到剪贴板。
        </Text>
      )}
      {s.keyInfo && (
        <div>
          <Text>本机签名密钥（ES256，私钥不可导出）指纹：</Text>
          <div className={styles.mono}>{s.keyInfo.thumbprint}</div>
          <Button size="small" onClick={() => void s.copyKeyRequest()}>
            复制登记申请
          </Button>
        </div>
      )}
    </section>
  );
}
