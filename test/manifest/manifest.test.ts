/**
 * manifest.xml, checked offline (OFFICE-FACTS §4.5): `office-addin-manifest validate` needs Microsoft's web
 * service, and no schema with <Runtimes> is available here, so these are the structural rules that matter.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { all, find, one, parseXml, type El } from "./xml";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = parseXml(xml);
const app = one(doc, "OfficeApp");

/** Every resource id declared under Resources, by kind. */
function resources(): Map<string, El> {
  const out = new Map<string, El>();
  for (const kind of [
    "bt:Images/bt:Image",
    "bt:Urls/bt:Url",
    "bt:ShortStrings/bt:String",
    "bt:LongStrings/bt:String",
  ])
    for (const e of find(doc, `Resources/${kind}`)) out.set(e.attrs.id, e);
  return out;
}

test("the Id is a GUID and the Version has four parts", () => {
  expect(one(doc, "OfficeApp/Id").text).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
  );
  expect(one(doc, "OfficeApp/Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  expect(one(doc, "OfficeApp/Hosts/Host").attrs.Name).toBe("Workbook");
});

test("every URL is https", () => {
  const urls = all(doc).flatMap((e) => [
    ...Object.values(e.attrs).filter((v) => /^[a-z]+:\/\//i.test(v)),
    ...(/^[a-z]+:\/\//i.test(e.text) ? [e.text] : []),
  ]);
  const own = urls.filter(
    (u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/")
  );
  expect(own.length).toBeGreaterThan(10);
  for (const u of own) expect(u).toMatch(/^https:\/\//);
});

test("every resid resolves to a resource of the right kind", () => {
  const res = resources();
  const refs = all(doc).filter((e) => e.attrs.resid);
  expect(refs.length).toBeGreaterThan(10);
  for (const r of refs) {
    expect([r.path, res.has(r.attrs.resid)]).toEqual([r.path, true]);
    const kind = res.get(r.attrs.resid)!.path;
    if (r.name === "bt:Image") expect(kind).toMatch(/bt:Images/);
    if (r.name === "SourceLocation" || r.name === "FunctionFile" || r.name === "Runtime")
      expect([r.path, kind]).toEqual([r.path, expect.stringMatching(/bt:Urls/)]);
  }
  const ids = [...res.keys()];
  expect(new Set(ids).size).toBe(ids.length);
});

test("Runtimes comes first under the workbook Host and the runtime is long-lived", () => {
  const host = find(doc, "VersionOverrides/Hosts/Host").find(
    (h) => h.attrs["xsi:type"] === "Workbook"
  )!;
  expect(host.children[0].name).toBe("Runtimes");
  expect(one(doc, "Runtimes/Runtime").attrs.lifetime).toBe("long");
});

test("the shared runtime: Runtime, functions Page, FunctionFile and the pane button use one resid", () => {
  const runtime = one(doc, "Runtimes/Runtime").attrs.resid;
  const page = one(doc, "ExtensionPoint/Page/SourceLocation").attrs.resid;
  const functionFile = one(doc, "DesktopFormFactor/FunctionFile").attrs.resid;
  const showTaskpane = find(doc, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
  expect(showTaskpane).toHaveLength(1);
  const action = showTaskpane[0].children.find((c) => c.name === "SourceLocation")!.attrs.resid;
  expect([page, functionFile, action]).toEqual([runtime, runtime, runtime]);
  // One pane per shared runtime: no TaskpaneId on the action.
  expect(showTaskpane[0].children.map((c) => c.name)).not.toContain("TaskpaneId");
  const url = resources().get(runtime)!.attrs.DefaultValue;
  expect(url).toBe("https://localhost:3000/taskpane.html");
  expect(one(doc, "DefaultSettings/SourceLocation").attrs.DefaultValue).toBe(url);
});

test("the SharedRuntime 1.1 requirement is declared", () => {
  const sets = find(doc, "OfficeApp/Requirements/Sets/Set");
  expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toContainEqual([
    "SharedRuntime",
    "1.1",
  ]);
});

test("custom functions: namespace RATING, functions.js and functions.json", () => {
  const cf = find(doc, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
  const res = resources();
  const url = (suffix: string) =>
    res.get(cf.children.find((c) => c.name === suffix)!.children[0].attrs.resid)!.attrs
      .DefaultValue;
  expect(
    res.get(cf.children.find((c) => c.name === "Namespace")!.attrs.resid)!.attrs.DefaultValue
  ).toBe("RATING");
  expect(url("Script")).toBe("https://localhost:3000/functions.js");
  expect(url("Metadata")).toBe("https://localhost:3000/functions.json");
});

test("a ribbon button on the Home tab opens the pane, with 16/32/80 icons", () => {
  const button = find(doc, "Control").find((c) => c.attrs["xsi:type"] === "Button")!;
  expect(button.path).toContain("OfficeTab");
  expect(find(doc, "OfficeTab")[0].attrs.id).toBe("TabHome");
  const sizes = button.children.find((c) => c.name === "Icon")!.children.map((i) => i.attrs.size);
  expect(sizes).toEqual(["16", "32", "80"]);
});

test("every icon the manifest names is a PNG of that size in assets/", () => {
  const icons = all(doc)
    .flatMap((e) => Object.values(e.attrs))
    .filter((v) => v.startsWith("https://localhost:3000/assets/"));
  expect(icons.length).toBeGreaterThanOrEqual(5);
  for (const u of icons) {
    const file = path.join(ROOT, u.replace("https://localhost:3000/", ""));
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const size = Number(/icon-(\d+)\.png$/.exec(u)![1]);
    expect([u, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([u, size, size]);
  }
  for (const s of [16, 32, 64, 80, 128])
    expect(fs.existsSync(path.join(ROOT, `assets/icon-${s}.png`))).toBe(true);
});
