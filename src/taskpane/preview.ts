/**
 * What a WorkbookSpec will create, for the preview shown before anything is written: per sheet its
 * name, size, formula count, tables, and the first rows as the user will see their cells.
 */
import { columnLetter, parseCell } from "../workbook/a1";
import { blockCell, blockHeight, blockWidth, cellBlocks } from "../workbook/blocks";
import type { CellInput, WorkbookSpec } from "../workbook/spec";
import { isFormula, isText } from "../workbook/spec";

export interface SheetPreview {
  readonly name: string;
  /** Last used row and column (1-based counts). */
  readonly rows: number;
  readonly columns: number;
  readonly formulas: number;
  readonly tables: readonly string[];
  /** Column letters of the sample. */
  readonly header: readonly string[];
  /** The first non-empty rows: row number and cell texts. */
  readonly sample: readonly { readonly row: number; readonly cells: readonly string[] }[];
}

export interface PreviewOptions {
  readonly sampleRows?: number;
  readonly sampleColumns?: number;
}

export function cellText(cell: CellInput | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return isFormula(cell) ? cell.formula : isText(cell) ? cell.text : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

export function previewSpec(spec: WorkbookSpec, options: PreviewOptions = {}): SheetPreview[] {
  const sampleRows = options.sampleRows ?? 5;
  const sampleColumns = options.sampleColumns ?? 6;
  return spec.sheets.map((sheet) => {
    let rows = 0;
    let columns = 0;
    let formulas = 0;
    const cells = new Map<number, Map<number, CellInput>>();
    for (const block of cellBlocks(sheet)) {
      const start = parseCell(block.start);
      const height = blockHeight(block);
      const width = blockWidth(block);
      for (let r = 0; r < height; r++) {
        for (let c = 0; c < width; c++) {
          const cell = blockCell(block, r, c);
          if (cell === null || cell === undefined || cell === "") continue;
          const R = start.row + r;
          const C = start.col + c;
          rows = Math.max(rows, R + 1);
          columns = Math.max(columns, C + 1);
          if (isFormula(cell)) formulas++;
          if (C < sampleColumns) {
            if (!cells.has(R)) cells.set(R, new Map());
            cells.get(R)!.set(C, cell);
          }
        }
      }
    }
    const shownColumns = Math.min(columns, sampleColumns);
    const sample = [...cells.keys()]
      .sort((a, b) => a - b)
      .slice(0, sampleRows)
      .map((R) => ({
        row: R + 1,
        cells: Array.from({ length: shownColumns }, (_, C) => cellText(cells.get(R)?.get(C))),
      }));
    return {
      name: sheet.name,
      rows,
      columns,
      formulas,
      tables: (sheet.tables ?? []).map((t) => t.name),
      header: Array.from({ length: shownColumns }, (_, C) => columnLetter(C)),
      sample,
    };
  });
}
