/** Human labels for defined names, from the model (line items, qualitative items) and the catalogue. */
import type { CompiledModel } from "../../../model";
import type { Messages } from "../../../i18n";

const PERIOD = {
  zh: { cur: "本年", pri: "上年", pri2: "前年" },
  en: { cur: "current", pri: "prior", pri2: "two years back" },
};

export function nameLabel(name: string, model: CompiledModel, t: Messages, w: "zh" | "en"): string {
  const fixed: Record<string, string> = {
    "client.name": t.inputs.client,
    "client.industry": t.inputs.industry,
    "client.type": t.inputs.type,
    "statement.unit": t.inputs.unit,
  };
  if (fixed[name]) return fixed[name];
  const m = /^(cur|pri|pri2)\.(.+)$/.exec(name);
  if (m) {
    const item = model.lineItems.get(m[2]);
    return `${PERIOD[w][m[1] as "cur"]} ${item ? item.label[w] : m[2]}`;
  }
  const q = /^(answer|note)\.(.+)$/.exec(name);
  if (q) {
    const item = model.qualitativeById.get(q[2]);
    const label = item ? `${item.id} ${item.label[w]}` : q[2];
    return q[1] === "note" ? `${label} ${t.qual.note}` : label;
  }
  return name;
}
