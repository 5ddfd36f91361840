/** Loads a rating-model document from a file (`--model`): parsed and compiled, or its issues as `path: message`. */
import * as fs from "node:fs";
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
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = (e as Error).message;
    return {
      ok: false,
      issues: [
        { path: "$", message: { zh: `不是有效的 JSON：${why}`, en: `not valid JSON: ${why}` } },
      ],
    };
  }
  const r = parseRatingModel(data);
  if (!r.success) return { ok: false, issues: [...r.issues] };
  return { ok: true, model: compileModel(r.model) };
}
