/** A mutable SheetSpec under construction: the goal sheet builders add cells and formats, then freeze it. */
import type {
  CellInput,
  ColumnSpec,
  ConditionalFormatSpec,
  DataValidationSpec,
  DefinedNameSpec,
  HighlightStyle,
  PrintSpec,
  ProtectionSpec,
  RowSpec,
  SheetSpec,
  StyleName,
} from "../../workbook/spec";
import { fitWrappedRows } from "../../workbook/fit-rows";
import { at } from "./layout";

export const RAG: {
  readonly green: HighlightStyle;
  readonly amber: HighlightStyle;
  readonly red: HighlightStyle;
} = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

export const DATA_BAR_COLOR = "#5B9BD5";
export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0.0%";

/** A formula cell; `text` inside formulas goes through str(). */
export function f(formula: string): CellInput {
  return { formula: formula.startsWith("=") ? formula : `=${formula}` };
}

/** A text literal inside a formula, quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** User text (names, teams) is always data, never a formula. */
export function txt(text: string): CellInput {
  return { text };
}

export class SheetDraft {
  private readonly rows = new Map<number, CellInput[]>();
  readonly styles: { range: string; style: StyleName }[] = [];
  readonly numberFormats: { range: string; format: string }[] = [];
  readonly columns: ColumnSpec[] = [];
  readonly rowSpecs: RowSpec[] = [];
  readonly merges: string[] = [];
  readonly wrap: string[] = [];
  readonly validations: DataValidationSpec[] = [];
  readonly conditionalFormats: ConditionalFormatSpec[] = [];
  /** Names scoped to this sheet. */
  readonly names: DefinedNameSpec[] = [];
  freeze?: { rows: number; columns: number };
  protection?: ProtectionSpec;
  print?: PrintSpec;

  constructor(
    readonly name: string,
    readonly tabColor?: string,
  ) {}

  /** Sets one cell (row 1-based, column 0-based). */
  set(row: number, col: number, value: CellInput): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  /** Sets a run of cells to the right of (row, col). */
  setRow(row: number, col: number, values: readonly CellInput[]): void {
    values.forEach((v, i) => this.set(row, col + i, v));
  }

  style(range: string, style: StyleName): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  /** A range from (r1, c1) to (r2, c2). */
  static range(r1: number, c1: number, r2: number, c2: number): string {
    const a = at(r1, c1);
    const b = at(r2, c2);
    return a === b ? a : `${a}:${b}`;
  }

  /** Rows become blocks of consecutive rows, so hosts write them in a few 2-D arrays. */
  toSpec(): SheetSpec {
    const numbers = [...this.rows.keys()].sort((a, b) => a - b);
    const blocks: { start: string; rows: CellInput[][] }[] = [];
    let current: { start: string; rows: CellInput[][] } | null = null;
    let previous = -1;
    for (const n of numbers) {
      const cells = this.rows.get(n)!;
      if (!current || n !== previous + 1) {
        current = { start: at(n, 0), rows: [] };
        blocks.push(current);
      }
      current.rows.push(cells);
      previous = n;
    }
    const spec: SheetSpec = {
      name: this.name,
      ...(this.tabColor ? { tabColor: this.tabColor } : {}),
      blocks,
      styles: this.styles,
      numberFormats: this.numberFormats,
      columns: this.columns,
      ...(this.rowSpecs.length ? { rows: this.rowSpecs } : {}),
      ...(this.merges.length ? { merges: this.merges } : {}),
      ...(this.wrap.length ? { wrap: this.wrap } : {}),
      ...(this.validations.length ? { validations: this.validations } : {}),
      ...(this.conditionalFormats.length ? { conditionalFormats: this.conditionalFormats } : {}),
      ...(this.names.length ? { names: this.names } : {}),
      ...(this.freeze ? { freeze: this.freeze } : {}),
      ...(this.protection ? { protection: this.protection } : {}),
      ...(this.print ? { print: this.print } : {}),
    };
    return fitWrappedRows(spec);
  }
}

/** Guides input on protected sheets; no password: the protection is a guide, not a lock. */
export const GUIDE_PROTECTION: ProtectionSpec = {
  allowSort: true,
  allowAutoFilter: true,
  allowFormatColumns: true,
};
