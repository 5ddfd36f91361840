/** The README's RATING.MODEL() example shows what the function returns for the default model, so it cannot drift. */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultModel, shortFingerprint } from "../../src/model";
import { modelInfo } from "../../src/functions/functions";

test("README's =RATING.MODEL() example equals RATING.MODEL() for the default model", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const m = /^=RATING\.MODEL\(\)\s+→ "([^"]+)"$/m.exec(readme);
  expect(m).not.toBeNull();
  const fp = shortFingerprint(defaultModel().fingerprint);
  expect(m![1]).toBe(`cccb-corporate 2026.1 ${fp}`);
  expect(m![1]).toBe(modelInfo());
});
