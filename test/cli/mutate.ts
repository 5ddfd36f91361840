/** Test workbooks made from a generated sample: a sheet removed, a name deleted, a cell typed over, a cached value. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ROOT } from "./runCli";

export const SAMPLE = (id: string): string => {
  const dir = path.join(ROOT, "templates/samples");
  return path.join(
    dir,
    fs.readdirSync(dir).find((f) => f.startsWith(id))!
  );
};

export const tmpDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "cr-cli-"));

/** Loads sample `id`, lets `change` edit it, and saves it to a temporary file. */
export async function mutated(
  id: string,
  change: (wb: ExcelJS.Workbook) => void,
  name = `${id}-changed.xlsx`
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE(id));
  change(wb);
  const file = path.join(tmpDir(), name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The cell a defined name points at (`资产负债表`, `C4`). */
export function namedCell(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  const range = model.find((n) => n.name === name)!.ranges[0];
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(range)!;
  return wb.getWorksheet(m[1])!.getCell(`${m[2]}${m[3]}`);
}

/** Removes a workbook-scope defined name. */
export function removeName(wb: ExcelJS.Workbook, name: string): void {
  const dn = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  dn.model = dn.model.filter((n) => n.name !== name);
}
