/** The committed template and samples are exactly what the generator makes from the model and the cases today. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { defaultModel } from "../../src/model";
import { generatedFiles } from "../../src/node/template/files";
import { CASES_DIR } from "../helpers/cases";
import { roundTrip, workbookDigest } from "./digest";

const TEMPLATES = path.resolve(__dirname, "../../templates");
const files = generatedFiles(defaultModel(), CASES_DIR);

test("the generator covers the template and at least the required samples", () => {
  const names = files.map((f) => f.file);
  expect(names[0]).toBe("cccb-corporate-2026.1.xlsx");
  for (const id of ["R01", "S01", "S02", "S05", "S07", "S08", "S09", "S10"])
    expect(names.some((n) => n.startsWith(`samples/${id}-`))).toBe(true);
});

test.each(files.map((f) => [f.file, f] as const))(
  "%s is up to date (else run `npm run template`)",
  async (file, g) => {
    const committed = path.join(TEMPLATES, file);
    expect(fs.existsSync(committed)).toBe(true);
    const onDisk = new ExcelJS.Workbook();
    await onDisk.xlsx.readFile(committed);
    const fresh = await roundTrip(g.build());
    expect(workbookDigest(onDisk)).toEqual(workbookDigest(fresh));
  }
);
