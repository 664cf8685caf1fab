/**
 * The content of an .xlsx file as a plain object, read back with ExcelJS and from the package's XML,
 * for comparing two writers of one spec: cells (value, formula, type, resolved style with number
 * format), rows and columns, merges, validations, conditional formats, tables, print setup and page
 * breaks, protection, views, defined names, calcPr and the chart and table parts. Style indices,
 * shared strings and timestamps are left out: two writers may number and store those differently.
 */
import ExcelJS from "exceljs";
import { unzip } from "./unzip";

type Json = unknown;

/** A JSON copy; the random ids ExcelJS gives data bars on every write (x14Id) are left out. */
function plain(value: Json): Json {
  return value === undefined
    ? null
    : JSON.parse(JSON.stringify(value, (k, v) => (k === "x14Id" ? undefined : v)));
}

/** XML parts compared as text, by their names with the numbering of the writer left as is. */
const RAW_PARTS = /^(xl\/tables\/|xl\/charts\/|xl\/drawings\/)/;

export async function xlsxContent(data: Uint8Array): Promise<Record<string, Json>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: Record<string, Json> = {
    definedNames: plain(wb.definedNames.model),
    views: plain(wb.views),
    calc: plain(wb.calcProperties),
  };
  wb.eachSheet((ws) => {
    const cells: Record<string, Json> = {};
    const rows: Record<number, Json> = {};
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height || row.hidden) rows[n] = { height: row.height ?? null, hidden: row.hidden };
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = {
          type: cell.type,
          value: plain(cell.type === ExcelJS.ValueType.Merge ? null : cell.value),
          formula: cell.formula ?? null,
          style: plain(cell.style),
        };
      });
    });
    const model = ws.model as unknown as Record<string, Json>;
    out[`sheet ${ws.name}`] = {
      cells,
      rows,
      columns: plain(model.cols),
      merges: plain([...((model.merges as string[]) ?? [])].sort()),
      validations: plain((ws as unknown as { dataValidations: { model: Json } }).dataValidations.model),
      conditionalFormats: plain((ws as unknown as { conditionalFormattings: Json }).conditionalFormattings),
      tables: plain(
        Object.values((ws as unknown as { tables: Record<string, { model: Json }> }).tables).map(
          (t) => t.model,
        ),
      ),
      pageSetup: plain(ws.pageSetup),
      rowBreaks: plain((ws as unknown as { rowBreaks: Json }).rowBreaks),
      protection: plain(model.sheetProtection),
      views: plain(ws.views),
      properties: plain(ws.properties),
    };
  });
  const files = unzip(data);
  for (const [name, xml] of files) if (RAW_PARTS.test(name) && !name.endsWith("/")) out[`part ${name}`] = xml;
  const workbookXml = files.get("xl/workbook.xml") ?? "";
  out.calcPr = /<calcPr\b[^>]*>/.exec(workbookXml)?.[0] ?? null;
  return out;
}
