/**
 * A small accumulator for one SheetSpec: the review generators place cells row by row and register
 * styles, validations and unlocked ranges as they go, so each sheet reads as a top-to-bottom layout.
 */
import type {
  Block,
  CellInput,
  ConditionalFormatSpec,
  DataValidationSpec,
  RangeNumberFormat,
  RangeStyle,
  RowSpec,
  SheetSpec,
  StyleName,
  ColumnSpec,
  ProtectionSpec,
} from "../../workbook/spec";
import { fitWrappedRows } from "../../workbook/fit-rows";
import { LegiblePrint, legiblePrint } from "../../workbook/print-width";

/** "B12" from a column letter and a 1-based row. */
/**
 * Column-width units (characters) that fit across a landscape Letter page at 100% between
 * ExcelJS's default margins (9.6 in): LibreOffice prints about 7.6 pt a unit, so 90 fit; 85 leaves
 * room for the cell padding.
 */
const PRINTED_WIDTH = 85;
const DEFAULT_COLUMN_WIDTH = 8.43;

export function at(column: string, row: number): string {
  return `${column}${row}`;
}

/** "$B$12". */
export function abs(column: string, row: number): string {
  return `$${column}$${row}`;
}

/** A formula cell. */
export function f(formula: string): CellInput {
  return { formula: formula.startsWith("=") ? formula : `=${formula}` };
}

/** A string literal inside a formula: quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Text that must stay text (a person's name may start with "=" or "-"). */
export function text(value: string): CellInput {
  return /^[=+\-@]/.test(value) ? { text: value } : value;
}

export class SheetBuilder {
  private readonly blocks: Block[] = [];
  private readonly styles: RangeStyle[] = [];
  private readonly numberFormats: RangeNumberFormat[] = [];
  private readonly merges: string[] = [];
  private readonly wraps: string[] = [];
  private readonly validations: DataValidationSpec[] = [];
  private readonly conditionalFormats: ConditionalFormatSpec[] = [];
  private readonly rowSpecs: RowSpec[] = [];
  private readonly unlocked: string[] = [];

  constructor(
    readonly name: string,
    private readonly columns: readonly ColumnSpec[],
  ) {}

  /** Writes `values` across from column `column` on `row`. */
  put(row: number, column: string, values: readonly CellInput[]): void {
    if (values.length === 0) return;
    this.blocks.push({ start: at(column, row), rows: [values] });
  }

  style(range: string, style: StyleName): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  /** Merges a range of more than one cell (a one-cell "range" is left alone). */
  merge(range: string): void {
    const [a, b] = range.split(":");
    if (b !== undefined && a !== b) this.merges.push(range);
  }

  /**
   * The cells A..X of `row` that print on a landscape page at full size (Letter, the narrower of
   * Letter and A4): a note merged over them wraps inside the page instead of running off its right
   * edge. The forms are wider than a page, and fitting them to one page wide shrank their text to
   * 6 pt, so they print at full size over pages across and keep their notes on the first.
   */
  printedSpan(row: number): string {
    let used = 0;
    let last = "A";
    for (const c of this.columns) {
      if (c.hidden) continue;
      used += c.width ?? DEFAULT_COLUMN_WIDTH;
      if (used > PRINTED_WIDTH) break;
      last = c.column;
    }
    return `A${row}:${last}${row}`;
  }

  /**
   * A table's print setup: landscape and one page wide while legible, else over pages across that
   * repeat its first `titles` columns (print-width.ts legiblePrint); hidden columns do not print.
   */
  legiblePrint(titleRows?: string, titles = 1): LegiblePrint {
    const shown = this.columns.filter((c) => !c.hidden);
    return legiblePrint(
      shown.map((c) => c.width ?? DEFAULT_COLUMN_WIDTH),
      titles,
      titleRows,
    );
  }

  wrap(range: string): void {
    this.wraps.push(range);
  }

  height(row: number, height: number): void {
    this.rowSpecs.push({ row, height });
  }

  validate(spec: DataValidationSpec): void {
    this.validations.push(spec);
  }

  highlight(spec: ConditionalFormatSpec): void {
    this.conditionalFormats.push(spec);
  }

  /** An input range: styled "input" and listed as unlocked (the protected sheet still takes entries). */
  input(range: string): void {
    this.style(range, "input");
    this.unlocked.push(range);
  }

  /** Ranges left editable on this sheet, in the order they were declared. */
  unlockedRanges(): readonly string[] {
    return this.unlocked;
  }

  build(extra: Partial<Omit<SheetSpec, "name" | "blocks">> = {}, protect = true): SheetSpec {
    const protection: ProtectionSpec | undefined = protect
      ? { unlocked: [...this.unlocked], allowFormatColumns: false }
      : undefined;
    return fitWrappedRows({
      name: this.name,
      blocks: this.blocks,
      styles: this.styles,
      numberFormats: this.numberFormats,
      columns: this.columns,
      rows: this.rowSpecs,
      merges: this.merges,
      wrap: this.wraps,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      ...(protection ? { protection } : {}),
      ...extra,
    });
  }
}
