/** A small view over an XML document for structural checks: every element with its path, attributes and children. */
import { XMLParser } from "fast-xml-parser";

export interface El {
  readonly name: string;
  readonly path: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly El[];
  readonly text: string;
}

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

function build(nodes: Node[], parent: string): El[] {
  const out: El[] = [];
  for (const n of nodes) {
    const name = Object.keys(n).find((k) => k !== ":@")!;
    if (name === "#text" || name === "?xml" || name === "#comment") continue;
    const kids = (n[name] as Node[]) ?? [];
    const path = parent ? `${parent}/${name}` : name;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(n[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
    const text = kids
      .filter((k) => "#text" in k)
      .map((k) => String(k["#text"]))
      .join("")
      .trim();
    out.push({ name, path, attrs, children: build(kids, path), text });
  }
  return out;
}

/** Parses XML text into its root elements. */
export function parseXml(xml: string): El[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
    commentPropName: "#comment",
  });
  return build(parser.parse(xml) as Node[], "");
}

/** Every element below (and including) the given ones, depth first. */
export function all(els: readonly El[]): El[] {
  return els.flatMap((e) => [e, ...all(e.children)]);
}

/** Elements whose path ends with `suffix` (e.g. "Runtimes/Runtime"). */
export function find(els: readonly El[], suffix: string): El[] {
  return all(els).filter((e) => e.path === suffix || e.path.endsWith(`/${suffix}`));
}

/** The one element at `suffix`; throws when there is not exactly one. */
export function one(els: readonly El[], suffix: string): El {
  const hits = find(els, suffix);
  if (hits.length !== 1) throw new Error(`expected one ${suffix}, found ${hits.length}`);
  return hits[0];
}
