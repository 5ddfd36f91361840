/** Loads a rating-model document from a file (`--model`): parsed and compiled, or its issues as `path: message`. */
import * as fs from "node:fs";
import { parseJsonText } from "./jsonText";
import { compileModel, parseRatingModel, type CompiledModel, type ModelIssue } from "../model";

export type ModelFileRead =
  { ok: true; model: CompiledModel } | { ok: false; issues: ModelIssue[] };

/**
 * Reads and checks a model document.
 * @example const m = readModelFile("head-office-2027.json"); if (!m.ok) m.issues.forEach(...)
 */
export function readModelFile(file: string): ModelFileRead {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return {
      ok: false,
      issues: [{ path: file, message: { zh: "找不到模型文件", en: "model file not found" } }],
    };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, issues: [{ path: "$", message: parsed.message }] };
  const r = parseRatingModel(parsed.data);
  if (!r.success) return { ok: false, issues: [...r.issues] };
  return { ok: true, model: compileModel(r.model) };
}
