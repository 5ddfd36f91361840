/**
 * A workbook's content as plain JSON — every cell's value, formula, cached result and number format, merges, data
 * validations, sheet states and defined names — so two files can be compared by what they hold, not their zip bytes.
 */
import ExcelJS from "exceljs";

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

export function workbookDigest(wb: ExcelJS.Workbook): unknown {
  const sheets: unknown[] = [];
  wb.eachSheet((ws) => {
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) =>
        cells.push([c.address, c.value, c.numFmt ?? null, c.dataValidation ?? null])
      )
    );
    sheets.push({
      name: ws.name,
      state: ws.state,
      merges: Object.keys((ws as unknown as { _merges: object })._merges).sort(),
      widths: ws.columns?.map((c) => c.width ?? null),
      pageSetup: { ...ws.pageSetup },
      cells,
    });
  });
  const names = (wb.definedNames as unknown as { model: unknown[] }).model;
  return JSON.parse(JSON.stringify({ sheets, names }));
}
