/** The model registry: a workbook names its model; an unknown one is refused; the pane and cells share it. */
import { compileModel, DEFAULT_MODEL_DOC, parseRatingModel } from "../../src/model";
import {
  activeModel,
  registerModel,
  resolveModel,
  setActiveModel,
} from "../../src/functions/activeModel";
import { gradeForPoints, modelInfo, rateClient } from "../../src/functions/functions";
import { setMessageLanguage } from "../../src/functions/toExcelError";
import { sharedState } from "../../src/functions/sharedState";
import { loadCases } from "../helpers/cases";
import { answersBlock, cellError, statementsBlock } from "./caseBlocks";

/** The default document under another version, with AA starting at 85 instead of 80. */
function stricterModel() {
  const doc = structuredClone(DEFAULT_MODEL_DOC) as {
    modelVersion: string;
    grades: { code: string; min: number; max: number }[];
  };
  doc.modelVersion = "2027.1";
  doc.grades.find((g) => g.code === "AA")!.min = 85;
  doc.grades.find((g) => g.code === "A")!.max = 85;
  const parsed = parseRatingModel(doc);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return compileModel(parsed.model);
}

const c = loadCases().find((x) => x.case.startsWith("S01"))!;

test("a block naming a model the add-in lacks is #N/A, never re-scored under another", () => {
  const st = statementsBlock(c).map((r) =>
    r[0] === "model" ? ["model", "cccb-corporate", "2027.1"] : r
  );
  const err = cellError(() => rateClient(st, answersBlock(c)));
  expect(err.code).toBe("#N/A");
  expect(err.message).toMatch(/^模型 cccb-corporate 2027\.1 不可用/);
});

test("once registered, the named model is used, and the default still answers for its own version", () => {
  const strict = stricterModel();
  registerModel(strict);
  expect(gradeForPoints(82, [["cccb-corporate 2027.1"]])).toBe("A");
  expect(gradeForPoints(82, [["cccb-corporate 2026.1"]])).toBe("AA");
  expect(gradeForPoints(82)).toBe("AA");
  // Two versions under one id: an id alone is ambiguous unless it is the active model's.
  expect(resolveModel({ id: "cccb-corporate" })).toBe(activeModel());
  setActiveModel(strict);
  expect(gradeForPoints(82)).toBe("A");
  expect(modelInfo()).toMatch(/^cccb-corporate 2027\.1 [0-9a-f]{12}$/);
});

test("state lives on globalThis, so the pane's bundle and the functions' bundle share it", () => {
  expect(sharedState().active?.doc.modelVersion).toBe("2027.1");
  setMessageLanguage("en");
  expect(cellError(() => gradeForPoints("")).message).toBe("argument total is missing");
  setMessageLanguage("zh");
});
