/**
 * The one door into a model: unknown JSON in, a checked model or a list of issues out (Valibot's safeParse shape).
 */
import type { z } from "zod";
import { crossCheck } from "./crossChecks";
import { modelIssue, jsonPath, type ModelIssue } from "./issues";
import { migrateModel, SUPPORTED_SCHEMA_VERSIONS } from "./migrate";
import { RatingModelSchema, type RatingModelDoc } from "./schema";

/** Result of {@link parseRatingModel}. */
export type ParseModelResult =
  | { readonly success: true; readonly model: RatingModelDoc; readonly issues: readonly [] }
  | { readonly success: false; readonly model?: undefined; readonly issues: readonly ModelIssue[] };

/**
 * Validates a rating-model document: shape (zod), then cross-references, points and grade bands.
 * Never throws; every problem comes back as `{path, message: {zh, en}}`.
 * @example
 * const r = parseRatingModel(JSON.parse(text));
 * if (!r.success) r.issues.forEach((i) => console.error(`${i.path}: ${i.message.en}`));
 */
export function parseRatingModel(input: unknown): ParseModelResult {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return fail([
      modelIssue([], "模型文件须为 JSON 对象", "a model document must be a JSON object"),
    ]);
  const doc = input as Record<string, unknown>;
  if (doc.kind !== "rating-model")
    return fail([
      modelIssue(
        ["kind"],
        `不是评级模型文件（kind 为 ${JSON.stringify(doc.kind)}）`,
        `not a rating model (kind is ${JSON.stringify(doc.kind)})`
      ),
    ]);
  const version = doc.schemaVersion;
  if (typeof version !== "number" || !SUPPORTED_SCHEMA_VERSIONS.includes(version))
    return fail([
      modelIssue(
        ["schemaVersion"],
        `不支持的模型格式版本 ${JSON.stringify(version)}（支持：${SUPPORTED_SCHEMA_VERSIONS.join("、")}）；请升级加载项`,
        `unsupported schemaVersion ${JSON.stringify(version)} (supported: ${SUPPORTED_SCHEMA_VERSIONS.join(", ")}); upgrade the add-in`
      ),
    ]);
  const parsed = RatingModelSchema.safeParse(migrateModel(doc), { reportInput: true });
  if (!parsed.success) return fail(parsed.error.issues.map((i) => fromZod(i, [])));
  const issues = crossCheck(parsed.data);
  return issues.length ? fail(issues) : { success: true, model: parsed.data, issues: [] };
}

function fail(issues: ModelIssue[]): ParseModelResult {
  return { success: false, issues };
}

/**
 * zod speaks English; the product speaks Chinese first, so translate the common issue kinds. A union that fails
 * (e.g. a rule) is reported through the alternative that came closest, so the path points at the actual field.
 */
function fromZod(i: z.core.$ZodIssue, prefix: PropertyKey[]): ModelIssue {
  const at = [...prefix, ...i.path];
  if (i.code === "invalid_union" && i.errors.length > 0) {
    const closest = [...i.errors].sort((a, b) => a.length - b.length)[0];
    if (closest.length > 0) return fromZod(closest[0], at);
  }
  if (i.code === "invalid_union" && "discriminator" in i && typeof i.discriminator === "string") {
    const input = (i as { input?: unknown }).input;
    const value =
      typeof input === "object" && input !== null
        ? (input as Record<string, unknown>)[i.discriminator]
        : input;
    const got = JSON.stringify(value);
    return {
      path: jsonPath(at),
      message: {
        zh: `未知的${i.discriminator}取值 ${got}`,
        en: `unknown ${i.discriminator} ${got}`,
      },
    };
  }
  const path = jsonPath(at);
  let zh: string;
  switch (i.code) {
    case "invalid_type":
      zh = i.input === undefined ? "缺少必填字段" : `类型不对（应为 ${i.expected}）`;
      break;
    case "unrecognized_keys":
      zh = `未知字段：${i.keys.join("、")}`;
      break;
    case "invalid_value":
      zh = `取值不在允许范围内（${i.values.map((v) => JSON.stringify(v)).join(" / ")}）`;
      break;
    case "too_small":
      zh = `过小或过短（最小 ${String(i.minimum)}）`;
      break;
    case "too_big":
      zh = `过大或过长（最大 ${String(i.maximum)}）`;
      break;
    case "invalid_format":
      zh = "格式不对";
      break;
    case "invalid_union":
      zh = "不符合任何一种允许的形式";
      break;
    default:
      zh = "取值无效";
  }
  const en =
    i.input === undefined && i.code === "invalid_type" ? "required field is missing" : i.message;
  return { path, message: { zh: `${zh}（${en}）`, en } };
}
