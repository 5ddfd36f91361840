/** Case S02 laid out as the template would hold it: defined names over cells, as mock and memory workbooks. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CASES_DIR } from "../helpers/cases";
import type { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import type { MockName } from "./mockExcel";

export const S02 = JSON.parse(
  fs.readFileSync(path.join(CASES_DIR, "S02-mid-industrial.json"), "utf8")
) as {
  client: { name: string; industry: string; type: string };
  unit: string;
  statements: Record<"cur" | "pri", Record<string, number>>;
  qualitative: Record<string, string>;
};

const BS = "资产负债表";

/** Defined names of S02 with addresses: statements in 资产负债表 C (cur) / D (pri), answers in 定性评价 C. */
export function s02Names(withAnswers: boolean): MockName[] {
  const out: MockName[] = [
    { name: "client.name", address: "基本信息!$B$2", value: S02.client.name },
    { name: "client.industry", address: "基本信息!$B$3", value: "工业" },
    { name: "client.type", address: "基本信息!$B$4", value: "企业" },
    { name: "statement.unit", address: "基本信息!$B$5", value: S02.unit },
    { name: "model.id", address: "基本信息!$B$8", value: "cccb-corporate" },
    { name: "model.version", address: "基本信息!$B$9", value: "2026.1" },
  ];
  const items = Object.keys(S02.statements.cur);
  items.forEach((id, i) => {
    out.push({ name: `cur.${id}`, address: `${BS}!$C$${i + 5}`, value: S02.statements.cur[id] });
    out.push({ name: `pri.${id}`, address: `${BS}!$D$${i + 5}`, value: S02.statements.pri[id] });
  });
  Object.keys(S02.qualitative).forEach((q, i) => {
    out.push({
      name: `answer.${q}`,
      address: `定性评价!$C$${i + 3}`,
      value: withAnswers ? S02.qualitative[q] : "",
    });
    out.push({ name: `note.${q}`, address: `定性评价!$F$${i + 3}`, value: "" });
  });
  return out;
}

/** The same workbook in memory. */
export function s02Memory(withAnswers: boolean): MemoryWorkbook {
  const sheets: MemoryWorkbook["sheets"] = [];
  const names: MemoryWorkbook["names"] = [];
  for (const n of s02Names(withAnswers)) {
    const bang = n.address!.indexOf("!");
    const sheetName = n.address!.slice(0, bang);
    let sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) sheets.push((sheet = { name: sheetName, visibility: "visible", cells: {} }));
    const a1 = n.address!.slice(bang + 1).replace(/\$/g, "");
    if (n.value !== "" && n.value !== null) sheet.cells[a1] = n.value as string | number;
    names.push({ name: n.name, ref: n.address });
  }
  return { format: "memory-workbook/1", name: "S02.xlsx", sheets, names };
}
