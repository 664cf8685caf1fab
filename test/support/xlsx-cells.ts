/** The cells of an .xlsx package as ExcelJS reads them, for comparing a workbook before and after a change. */
import ExcelJS from "exceljs";

/** Every cell of every sheet (or of `only`): "sheet!A1" -> value and formula as ExcelJS reads them. */
export async function cellsOf(data: Uint8Array, only?: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const cells = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (only !== undefined && ws.name !== only) continue;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(
          `${only === undefined ? ws.name : ""}!${cell.address}`,
          JSON.stringify([cell.value, cell.formula ?? null, cell.numFmt ?? null]),
        );
      }),
    );
  }
  return cells;
}
