/** UI text catalogues: zh-CN by default, en-US on request. */
import { enUS } from "./en-US";
import { zhCN, type Messages } from "./zh-CN";

export type Lang = "zh-CN" | "en-US";
export type { Messages };

/** The catalogue for a language. */
export function messages(lang: Lang): Messages {
  return lang === "en-US" ? enUS : zhCN;
}

/** The engine's Words key for a language. */
export const wordsKey = (lang: Lang): "zh" | "en" => (lang === "en-US" ? "en" : "zh");
