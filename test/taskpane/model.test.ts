import { defaultModel } from "../../src/model";
import { paneModel } from "../../src/taskpane/model";

test("the pane's model is the validated default model", () => {
  const a = paneModel();
  const b = defaultModel();
  expect(a.fingerprint).toBe(b.fingerprint);
  expect(a.doc).toEqual(b.doc);
  expect([...a.scorecards.keys()]).toEqual([...b.scorecards.keys()]);
});
