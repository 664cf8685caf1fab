/**
 * The fake workbook's contents as a WorkbookSpec (values, formulas, defined names), so that the xlsx
 * host can write it out and a real engine (LibreOffice) can compute it: the fake keeps formulas, it
 * does not calculate them.
 */
import type { CellInput, DefinedNameSpec, SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { parseCell } from "../../../src/workbook/a1";
import type { WorkbookSnapshot } from "./model";

export function specOfSnapshot(snap: WorkbookSnapshot): WorkbookSpec {
  const sheets = snap.sheets.map((s): SheetSpec => {
    const rows: CellInput[][] = [];
    for (const [address, cell] of Object.entries(s.cells)) {
      const content = cell.content;
      if (!content || "error" in content) continue;
      const { row, col } = parseCell(address);
      const line = (rows[row] ??= []);
      while (line.length < col) line.push(null);
      line[col] =
        "formula" in content
          ? { formula: content.formula }
          : typeof content.value === "string"
            ? { text: content.value }
            : content.value;
    }
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: s.name, blocks: rows.length ? [{ start: "A1", rows }] : [] };
  });
  const names: DefinedNameSpec[] = snap.names.map((n) => ({ name: n.name, refersTo: n.formula }));
  return { sheets, names };
}
