/** The export view's behaviour: load the stored summary, sign the next step, copy, download, show the key. */
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  CHAIN_STEPS,
  ROLE_FOR_STEP,
  ROLE_LABEL,
  STEP_LABEL,
  type SignedSummary,
} from "../../../summary/types";
import type { ExportState, ExportStepProps, Notice } from "./ExportStep.types";
import { errorText, exportServices } from "./services";
import { loadStored, summaryLib, type StoredSummary } from "./storedSummary";

function nextStepOf(stored: StoredSummary | null | undefined): ExportState["nextStep"] {
  if (!stored || stored.stale || !stored.report.ok) return "prepare";
  return CHAIN_STEPS[stored.env.signatures.length] ?? null;
}

const fileBase = (env: SignedSummary | undefined, fallback: string): string => {
  try {
    return `${(JSON.parse(env?.payload ?? "{}") as { client?: { name?: string } }).client?.name ?? fallback}-评级摘要`;
  } catch {
    return fallback;
  }
};

export function useExportStep(props: ExportStepProps): ExportState {
  const { model, result, input, profile, store, addinVersion, context } = props;
  const services = useMemo(() => exportServices(props.services), [props.services]);
  const [stored, setStored] = useState<StoredSummary | null | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [assignGrade, setAssignGrade] = useState("");
  const [assignReason, setAssignReason] = useState("");
  const [keyInfo, setKeyInfo] = useState<ExportState["keyInfo"]>(null);
  const inputKey = JSON.stringify(input);

  const reload = useCallback(async () => {
    const r = await loadStored(store, input);
    if (r.ok) setStored(r.stored);
    else {
      setStored(null);
      setNotice({ intent: "error", text: r.reason });
    }
    // inputKey stands for input: a new object with the same content must not reload.
  }, [store, inputKey]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const nextStep = nextStepOf(stored);
  const needsAssignment = nextStep === "approve" && stored?.report.summary?.status === "unrated";
  let cannotSign: string | null = null;
  if (!profile) cannotSign = "请先设置用户信息（姓名、角色、层级）。";
  else if (nextStep === null) cannotSign = "初评、审查、审定均已签署。";
  else if (result.status === "incomplete" && nextStep === "prepare")
    cannotSign = "评级不完整：请先补齐缺少的输入。";
  else if (profile.role !== ROLE_FOR_STEP[nextStep])
    cannotSign = `下一步是${STEP_LABEL[nextStep]}，须由${ROLE_LABEL[ROLE_FOR_STEP[nextStep]]}签署。`;

  const run = async (what: string, job: () => Promise<Notice | null>): Promise<void> => {
    setBusy(what);
    setNotice(null);
    try {
      setNotice(await job());
    } catch (e) {
      setNotice({ intent: "error", text: `${what}失败：${errorText(e)}` });
    } finally {
      setBusy(null);
    }
  };

  const sign = () =>
    run("签署", async () => {
      if (!profile || nextStep === null || cannotSign)
        return { intent: "error", text: cannotSign ?? "" };
      const lib = await summaryLib();
      const now = services.now();
      let env: SignedSummary;
      if (nextStep === "prepare") {
        const built = lib.buildSummary({
          model,
          result,
          input,
          preparedBy: profile,
          notes: context?.notes,
          workbook: context?.workbook,
          ratedOn: context?.ratedOn,
          template: context?.template,
          addinVersion,
          createdAt: now,
        });
        if (!built.ok) return { intent: "error", text: built.reason };
        env = lib.envelopeOf(built.summary);
      } else env = stored!.env;
      const signer = await services.getSigner();
      const assignment = needsAssignment ? { grade: assignGrade, reason: assignReason } : undefined;
      const r = await lib.signNext(env, { signer, person: profile, signedAt: now, assignment });
      if (!r.ok) return { intent: "error", text: r.reason };
      const w = await store.writeSummaryStore(JSON.stringify(r.signed));
      if (!w.ok) return { intent: "error", text: `保存到工作簿失败：${errorText(w.error)}` };
      await reload();
      props.onStored?.();
      const then = CHAIN_STEPS[CHAIN_STEPS.indexOf(nextStep) + 1];
      // Who signs next is set by the profile's role, which a new user would not guess.
      const hint = then
        ? `${STEP_LABEL[then]}须由用户信息中角色为“${ROLE_LABEL[ROLE_FOR_STEP[then]]}”的用户打开本工作簿签署。`
        : "签名链已完成。";
      return {
        intent: "success",
        text: `已签署${STEP_LABEL[nextStep]}，摘要已保存在工作簿中（随工作簿一起保存）。${hint}`,
      };
    });

  const copy = () =>
    run("复制", async () => {
      if (!stored) return { intent: "error", text: "还没有签名的评级摘要。" };
      await services.writeClipboard(JSON.stringify(stored.env, null, 2));
      return { intent: "success", text: "已复制签名评级摘要（JSON）到剪贴板。" };
    });

  const downloadJson = () => {
    if (!stored || !services.download) return;
    const bytes = new TextEncoder().encode(`${JSON.stringify(stored.env, null, 2)}\n`);
    services.download(`${fileBase(stored.env, "summary")}.json`, bytes, "application/json");
  };

  const downloadPdf = () =>
    run("生成 PDF", async () => {
      if (!stored || !services.download) return null;
      const pdf = await import("../../../summary/pdf");
      const r = await pdf.renderSummaryPdf(stored.env, { fontBytes: await services.loadFont() });
      if (!r.ok) return { intent: "error", text: r.reason };
      services.download(`${fileBase(stored.env, "summary")}.pdf`, r.bytes, "application/pdf");
      return r.missingGlyphs.length
        ? {
            intent: "warning",
            text: `字体缺少这些字符，PDF 中显示为空白：${r.missingGlyphs.join(" ")}`,
          }
        : { intent: "success", text: "PDF 已生成。" };
    });

  const showKey = () =>
    run("读取密钥", async () => {
      if (!profile) return { intent: "error", text: "请先设置用户信息。" };
      const lib = await summaryLib();
      const signer = await services.getSigner();
      setKeyInfo({
        thumbprint: signer.thumbprint,
        request: lib.registrationRequest(signer, profile),
      });
      return null;
    });

  const copyKeyRequest = () =>
    run("复制", async () => {
      if (!keyInfo) return null;
      await services.writeClipboard(keyInfo.request);
      return {
        intent: "success",
        text: "已复制登记申请（公钥 JWK 与指纹），请发给总行登记到信任列表。",
      };
    });

  return {
    stored,
    nextStep,
    cannotSign,
    busy,
    notice,
    needsAssignment,
    assignGrade,
    assignReason,
    keyInfo,
    canDownload: services.download !== null,
    setAssignGrade,
    setAssignReason,
    sign,
    copy,
    downloadJson,
    downloadPdf,
    showKey,
    copyKeyRequest,
  };
}
