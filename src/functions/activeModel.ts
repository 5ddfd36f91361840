/**
 * Which rating model the functions rate under. Today the add-in carries the bundled default; a workbook names the
 * model it was built for (the `model` row of its statements block: id, version), and head-office distribution can
 * later register more models here without changing any function id. A workbook that asks for a model the add-in
 * does not have gets `#N/A` "模型 … 不可用" — never a silent re-score under another model.
 */
import { defaultModel, shortFingerprint, type CompiledModel } from "../model";
import { isBlank } from "./args";
import { sharedState } from "./sharedState";
import type { CellProblem } from "./toExcelError";

/** A model as a workbook names it; no version means "the one the add-in has under this id". */
export interface ModelRef {
  readonly id: string;
  readonly version?: string;
}

const state = sharedState();
const registry = state.models;

const keyOf = (m: CompiledModel): string => `${m.doc.modelId}@${m.doc.modelVersion}`;

function ensureDefault(): void {
  if (registry.size > 0) return;
  const m = defaultModel();
  registry.set(keyOf(m), m);
}

/**
 * Makes a compiled model available to the functions (e.g. one head office distributed, checked by
 * `parseRatingModel` first). Cached results are dropped.
 */
export function registerModel(model: CompiledModel): void {
  ensureDefault();
  registry.set(keyOf(model), model);
  state.generation++;
}

/** Chooses the model for functions whose arguments do not name one (FINALGRADE, and the others by default). */
export function setActiveModel(model: CompiledModel): void {
  registerModel(model);
  state.active = model;
}

/** The model functions use when no argument names one: the bundled default unless the pane chose another. */
export function activeModel(): CompiledModel {
  ensureDefault();
  return state.active ?? defaultModel();
}

/** Changes whenever the registry does, so memoized results can be keyed on it. */
export function registryGeneration(): number {
  return state.generation;
}

function unavailable(ref: ModelRef): CellProblem {
  const name = ref.version ? `${ref.id} ${ref.version}` : ref.id;
  return {
    error: "#N/A",
    message: {
      zh: `模型 ${name} 不可用：本加载项只有 ${[...registry.keys()].join("、")}`,
      en: `model ${name} is not available in this add-in (it has ${[...registry.keys()].join(", ")})`,
    },
  };
}

/** The model a workbook names, or the active one when it names none. */
export function resolveModel(ref: ModelRef | null): CompiledModel | CellProblem {
  ensureDefault();
  if (!ref) return activeModel();
  if (ref.version) return registry.get(`${ref.id}@${ref.version}`) ?? unavailable(ref);
  const hits = [...registry.values()].filter((m) => m.doc.modelId === ref.id);
  if (hits.length === 1) return hits[0];
  const a = activeModel();
  return a.doc.modelId === ref.id && hits.length > 1 ? a : unavailable(ref);
}

/**
 * Reads a `[model]` argument: blank → none; text "id version" (or "id@version"); a row `id | version`; or a whole
 * statements block, whose `model` row names it.
 */
export function modelRefOf(arg: unknown): ModelRef | null {
  const rows = Array.isArray(arg) ? (arg as unknown[][]) : [[arg]];
  const named = rows.find((r) => Array.isArray(r) && String(r[0] ?? "").trim() === "model");
  const cells = named ? named.slice(1, 3) : rows.length === 1 ? rows[0].slice(0, 2) : [];
  if (cells.length === 0 || isBlank(cells[0])) return null;
  const [id, version] = String(cells[0])
    .trim()
    .split(/[\s@]+/);
  const v = version ?? (isBlank(cells[1]) ? undefined : String(cells[1]).trim());
  return { id, ...(v ? { version: v } : {}) };
}

/** "cccb-corporate 2026.1 3f2a9c1b0d4e": what `RATING.MODEL()` shows. */
export function describeModel(m: CompiledModel): string {
  return `${m.doc.modelId} ${m.doc.modelVersion} ${shortFingerprint(m.fingerprint)}`;
}
