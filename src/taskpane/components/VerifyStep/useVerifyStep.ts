/** The verify view's behaviour: check the workbook's summary on open (日常监测), or a pasted one, on request. */
import { useCallback, useEffect, useState } from "react";
import { zhCN } from "../../../i18n/zh-CN";
import type { TrustList } from "../../../summary/trust";
import { checkSummary, loadStored, summaryLib } from "../ExportStep/storedSummary";
import type { VerifyState, VerifyStepProps } from "./VerifyStep.types";

export function useVerifyStep(props: VerifyStepProps): VerifyState {
  const { input, store, trust, storedVersion } = props;
  const texts = props.t ?? zhCN;
  const [checked, setChecked] = useState<VerifyState["checked"]>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [pasted, setPasted] = useState("");
  const [trustText, setTrustText] = useState(trust ? JSON.stringify(trust, null, 2) : "");
  const inputKey = JSON.stringify(input);

  /** The trust list in force: the pasted text if any; "" means none; a bad list is an error. */
  const trustList = useCallback(async (): Promise<TrustList | undefined | string> => {
    if (trustText.trim() === "") return undefined;
    let doc: unknown;
    try {
      doc = JSON.parse(trustText);
    } catch {
      return "信任列表不是有效的 JSON";
    }
    const r = (await summaryLib()).parseTrustList(doc);
    return r.success ? r.trust : `信任列表无效：${r.issues.join("；")}`;
  }, [trustText]);

  const verifyWorkbook = useCallback(async () => {
    setLoading(true);
    setError(null);
    setInfo(null);
    const t = await trustList();
    if (typeof t === "string") {
      setError(t);
      setLoading(false);
      return;
    }
    const r = await loadStored(store, input, t);
    if (!r.ok) setError(r.reason);
    // No summary yet is the normal state before 初评 is signed, not an error.
    else if (!r.stored) setInfo(texts.verify.noSummary);
    setChecked(r.ok && r.stored ? { ...r.stored, source: "workbook" } : null);
    setLoading(false);
  }, [store, inputKey, trustList, texts]);

  const verifyPasted = async () => {
    setLoading(true);
    setError(null);
    setInfo(null);
    try {
      const t = await trustList();
      if (typeof t === "string") throw new Error(t);
      let env: unknown;
      try {
        env = JSON.parse(pasted);
      } catch {
        throw new Error("粘贴的内容不是有效的 JSON");
      }
      setChecked({ ...(await checkSummary(env, input, t)), source: "pasted" });
    } catch (e) {
      setChecked(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void verifyWorkbook();
    // On open, when the inputs change and after a signature is stored: a trust list being typed must not re-run it.
  }, [store, inputKey, storedVersion]);

  return {
    checked,
    loading,
    error,
    info,
    pasted,
    trustText,
    setPasted,
    setTrustText,
    verifyWorkbook,
    verifyPasted,
  };
}
