/**
 * Turns an exceljs workbook into what the formula-engine harness takes: every sheet as a 2-D array (formulas as
 * "=…", values as they are) and the workbook-scope defined names.
 */
import type ExcelJS from "exceljs";

export function workbookSheets(wb: ExcelJS.Workbook): {
  sheets: Record<string, unknown[][]>;
  names: { name: string; expression: string }[];
} {
  const sheets: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value as ExcelJS.CellValue;
        let out: unknown = v;
        if (v && typeof v === "object") {
          if ("formula" in v) out = `=${v.formula}`;
          else if ("richText" in v) out = v.richText.map((t) => t.text).join("");
          else if ("error" in v) out = v.error;
          else if (v instanceof Date) out = v.getTime();
        }
        if (cell.isMerged && cell.master !== cell) return;
        (rows[r - 1] ??= [])[c - 1] = out;
      });
    });
    for (let i = 0; i < rows.length; i++) rows[i] = Array.from(rows[i] ?? [], (x) => x ?? null);
    sheets[ws.name] = rows;
  });
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  const names = model.map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  return { sheets, names };
}
