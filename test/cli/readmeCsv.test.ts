/** The README's one-row CSV example (S02's figures) is real input: the command rates it to S02's total and grade. */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultModel } from "../../src/model";
import { tmpDir } from "./mutate";
import { rateJson, ROOT } from "./runCli";

const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("#### CSV columns"));
const blocks = [...section.matchAll(/```\n([^`]+?)\n```/g)].map((m) => m[1]);

test("the header lists client fields, unit, cur./pri. for all 14 line items and J1…J7", () => {
  const header = blocks[0].split(",");
  const ids = [...defaultModel().lineItems.keys()];
  expect(ids).toHaveLength(14);
  expect(header).toEqual([
    "client.name",
    "client.industry",
    "client.type",
    "unit",
    ...ids.map((i) => `cur.${i}`),
    ...ids.map((i) => `pri.${i}`),
    ...["J1", "J2", "J3", "J4", "J5", "J6", "J7"],
  ]);
});

test("the example row rates as S02: 江南纺织有限公司, 67.71, BBB", () => {
  const f = path.join(tmpDir(), "readme-example.csv");
  fs.writeFileSync(f, `${blocks[0]}\n${blocks[1]}\n`);
  const r = rateJson([f]);
  expect(r.code).toBe(0);
  expect(r.json).toMatchObject({ name: "江南纺织有限公司", total: "67.71", grade: "BBB", row: 2 });
});
