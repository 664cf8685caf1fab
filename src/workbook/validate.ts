/**
 * Checks a WorkbookSpec before any host writes it, so a bad spec fails with a clear message naming
 * the field (in English and Chinese) and nothing is written.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  RangeRef,
  cellAddress,
  columnIndex,
  CellRef,
  parseCell,
  parseRange,
  parseColumnSpan,
  parseRowSpan,
  rangeRows,
  rangesOverlap,
} from "./a1";
import { lazyFacts } from "./blocks";
import { MAX_FUNCTION_ARGUMENTS, widestCall } from "./formula-limits";

function commasAtLeast(text: string, n: number): boolean {
  let count = 0;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) if (++count >= n) return true;
  return false;
}
import { nameProblem, sheetNameProblem } from "./names";
import { STYLES } from "./styles";
import { validateCharts } from "./validate-charts";
import { blockCellAt, headerText } from "./tables";
import { CellInput, DataValidationSpec, SheetSpec, WorkbookSpec, isFormula, isText } from "./spec";

export interface SpecIssue {
  /** Where, e.g. "sheets[0].validations[2].range". */
  readonly path: string;
  readonly en: string;
  readonly zh: string;
}

export class WorkbookSpecError extends Error {
  readonly issues: readonly SpecIssue[];
  constructor(issues: readonly SpecIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `${i.path}: ${i.en} / ${i.zh}`);
    if (issues.length > 10) shown.push(`... ${issues.length - 10} more / 另有 ${issues.length - 10} 项`);
    super(
      `The workbook description is invalid; nothing was written. 工作簿描述无效,未写入任何内容。\n${shown.join("\n")}`,
    );
    this.name = "WorkbookSpecError";
    this.issues = issues;
  }
}

/** Excel's limits on cell content and validation texts. */
export const LIMITS = {
  formulaLength: 8192,
  textLength: 32767,
  listSourceLength: 255,
  promptTitle: 32,
  promptMessage: 255,
  errorTitle: 32,
  errorMessage: 225,
  columnWidth: 255,
  rowHeight: 409,
} as const;

const COLOR = /^#[0-9A-Fa-f]{6}$/;

class Checker {
  readonly issues: SpecIssue[] = [];

  add(path: string, en: string, zh: string): void {
    this.issues.push({ path, en, zh });
  }

  /** An issue about a cell, its message opened by the sheet and cell it is in. */
  at(path: string, where: Where | undefined, en: string, zh: string): void {
    if (where)
      this.add(
        path,
        `sheet "${where.sheet}", cell ${where.cell}: ${en}`,
        `工作表 "${where.sheet}" 单元格 ${where.cell}：${zh}`,
      );
    else this.add(path, en, zh);
  }

  range(path: string, address: unknown): RangeRef | null {
    if (typeof address !== "string") {
      this.add(path, 'must be an A1 range such as "B2:D9"', '必须是 A1 形式的区域，例如 "B2:D9"');
      return null;
    }
    try {
      return parseRange(address);
    } catch {
      this.add(
        path,
        `"${address}" is not an A1 range such as "B2:D9"`,
        `"${address}" 不是 A1 形式的区域（例如 "B2:D9"）`,
      );
      return null;
    }
  }

  color(path: string, value: unknown): void {
    if (typeof value !== "string" || !COLOR.test(value))
      this.add(
        path,
        `"${String(value)}" is not a colour "#RRGGBB"`,
        `"${String(value)}" 不是 "#RRGGBB" 形式的颜色`,
      );
  }

  formula(path: string, value: unknown, where?: Where): void {
    if (typeof value !== "string" || !value.startsWith("=")) {
      this.at(path, where, 'must be a formula starting with "="', '必须是以 "=" 开头的公式');
      return;
    }
    if (value.length > LIMITS.formulaLength)
      this.at(
        path,
        where,
        `the formula is ${value.length} characters long; Excel takes at most ${LIMITS.formulaLength}`,
        `公式长 ${value.length} 个字符，Excel 最多允许 ${LIMITS.formulaLength} 个`,
      );
    // More than 255 arguments take at least 255 commas: most formulas are cleared without lexing.
    const call = commasAtLeast(value, MAX_FUNCTION_ARGUMENTS) ? widestCall(value) : null;
    if (call && call.count > MAX_FUNCTION_ARGUMENTS)
      this.at(
        path,
        where,
        `${call.name} has ${call.count} arguments; Excel takes at most ${MAX_FUNCTION_ARGUMENTS}`,
        `${call.name} 有 ${call.count} 个参数，Excel 最多允许 ${MAX_FUNCTION_ARGUMENTS} 个`,
      );
  }

  text(path: string, value: unknown, max: number, where?: Where): void {
    if (value === undefined) return;
    if (typeof value !== "string") this.at(path, where, "must be text", "必须是文本");
    else if (value.length > max)
      this.at(
        path,
        where,
        `the text is ${value.length} characters long; Excel takes at most ${max}`,
        `文本长 ${value.length} 个字符，Excel 最多允许 ${max} 个`,
      );
  }
}

/** The sheet and cell an issue is about, for its message. */
interface Where {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * Whether a cell surely passes checkCell: the cheap test most cells take (no message, no address
 * made). False for every cell checkCell objects to, and for a few it clears (a formula of 255 commas
 * or more, whose calls are then counted). Large generated sheets list the cells that do not pass
 * without keeping their rows (LazyFacts in blocks.ts).
 */
export function cellPasses(cell: CellInput): boolean {
  if (cell === null || typeof cell === "boolean") return true;
  if (typeof cell === "number") return Number.isFinite(cell);
  if (typeof cell === "string") return cell.length <= LIMITS.textLength;
  if (isFormula(cell)) {
    const f: unknown = cell.formula;
    return (
      typeof f === "string" &&
      f.startsWith("=") &&
      f.length <= LIMITS.formulaLength &&
      !commasAtLeast(f, MAX_FUNCTION_ARGUMENTS)
    );
  }
  if (isText(cell)) {
    const t: unknown = cell.text;
    return t === undefined || (typeof t === "string" && t.length <= LIMITS.textLength);
  }
  return false;
}

function checkCell(
  c: Checker,
  path: string,
  cell: CellInput,
  sheet: SheetSpec,
  row: number,
  col: number,
): void {
  if (cellPasses(cell)) return;
  const where = whereIn(sheet, row, col);
  if (cell === null || typeof cell === "boolean") return;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) c.at(path, where, `${cell} is not a finite number`, `${cell} 不是有限数值`);
    return;
  }
  if (typeof cell === "string") {
    c.text(path, cell, LIMITS.textLength, where);
    return;
  }
  if (isFormula(cell)) return c.formula(`${path}.formula`, cell.formula, where);
  if (isText(cell)) return c.text(`${path}.text`, cell.text, LIMITS.textLength, where);
  c.at(path, where, "must be a value, {formula} or {text}", "必须是值、{formula} 或 {text}");
}

/** The sheet and address of a block's cell, when it lies on the sheet. */
function whereIn(sheet: SheetSpec, row: number, col: number): Where {
  const cell = row < MAX_ROWS && col < MAX_COLUMNS ? cellAddress(row, col) : `R${row + 1}C${col + 1}`;
  return { sheet: String(sheet.name), cell };
}

function checkValidation(c: Checker, path: string, v: DataValidationSpec): void {
  c.range(`${path}.range`, v.range);
  const rule = v.rule;
  switch (rule?.type) {
    case "list": {
      if (!Array.isArray(rule.values) || rule.values.length === 0)
        c.add(`${path}.rule.values`, "needs at least one value", "至少需要一个选项");
      else {
        rule.values.forEach((value, i) => {
          if (typeof value !== "string" || value.includes(",") || value.includes('"'))
            c.add(
              `${path}.rule.values[${i}]`,
              "must be text without commas or double quotes",
              "必须是不含逗号和双引号的文本",
            );
        });
        if (rule.values.join(",").length > LIMITS.listSourceLength)
          c.add(
            `${path}.rule.values`,
            `are longer than ${LIMITS.listSourceLength} characters together: put them in cells and use listSource`,
            `合计超过 ${LIMITS.listSourceLength} 个字符：请放入单元格并改用 listSource`,
          );
      }
      break;
    }
    case "listSource":
      c.formula(`${path}.rule.source`, rule.source);
      break;
    case "whole":
    case "decimal":
    case "date": {
      for (const k of ["min", "max"] as const) {
        const value = rule[k];
        if (value === undefined) continue;
        if (typeof value !== "number" || !Number.isFinite(value))
          c.add(`${path}.rule.${k}`, "must be a finite number", "必须是有限数值");
        else if (rule.type !== "decimal" && !Number.isInteger(value))
          c.add(`${path}.rule.${k}`, "must be a whole number", "必须是整数");
      }
      if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max)
        c.add(`${path}.rule`, "min is greater than max", "最小值大于最大值");
      break;
    }
    default:
      c.add(
        `${path}.rule.type`,
        "must be list, listSource, whole, decimal or date",
        "必须是 list、listSource、whole、decimal 或 date",
      );
  }
  c.text(`${path}.inputTitle`, v.inputTitle, LIMITS.promptTitle);
  c.text(`${path}.inputMessage`, v.inputMessage, LIMITS.promptMessage);
  c.text(`${path}.errorTitle`, v.errorTitle, LIMITS.errorTitle);
  c.text(`${path}.errorMessage`, v.errorMessage, LIMITS.errorMessage);
}

function safeRange(address: string): RangeRef | null {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}

/**
 * The indexes of the ranges that overlap a range listed before them (nulls are skipped). Ranges are
 * swept by first row, each met against those still open at that row: O(n log n) for ranges that do
 * not pile up on the same rows, where checking each against all before it was O(n^2) (a 1,000-rep
 * statements sheet has thousands of merges).
 */
export function laterOverlaps(ranges: readonly (RangeRef | null)[]): Set<number> {
  const out = new Set<number>();
  const order: number[] = [];
  ranges.forEach((r, i) => {
    if (r) order.push(i);
  });
  order.sort((a, b) => ranges[a]!.start.row - ranges[b]!.start.row || a - b);
  let open: number[] = [];
  let firstEnd = Infinity;
  for (const i of order) {
    const r = ranges[i]!;
    if (firstEnd < r.start.row) {
      open = open.filter((j) => ranges[j]!.end.row >= r.start.row);
      firstEnd = Infinity;
      for (const j of open) if (ranges[j]!.end.row < firstEnd) firstEnd = ranges[j]!.end.row;
    }
    // Every open range covers this range's first row: they overlap where their columns do.
    for (const j of open) {
      const o = ranges[j]!;
      if (o.start.col <= r.end.col && r.start.col <= o.end.col) out.add(Math.max(i, j));
    }
    open.push(i);
    if (r.end.row < firstEnd) firstEnd = r.end.row;
  }
  return out;
}

const VALUE_COUNT: Record<string, number> = { between: 2, notBetween: 2 };

/** The top-left cell of a block, or null (with an issue) when it is not a cell address. */
function blockStart(c: Checker, path: string, start: string): CellRef | null {
  try {
    return parseCell(start);
  } catch {
    c.add(`${path}.start`, `"${start}" is not a cell such as "A5"`, `"${start}" 不是单元格地址（例如 "A5"）`);
    return null;
  }
}

function checkSheet(c: Checker, p: string, sheet: SheetSpec, tableNames: Map<string, string>): void {
  const problem =
    typeof sheet.name === "string" ? sheetNameProblem(sheet.name) : { en: "is missing", zh: "缺失" };
  if (problem)
    c.add(
      `${p}.name`,
      `sheet name "${String(sheet.name)}" ${problem.en}`,
      `工作表名 "${String(sheet.name)}" ${problem.zh}`,
    );
  if (sheet.tabColor !== undefined) c.color(`${p}.tabColor`, sheet.tabColor);

  if (!Array.isArray(sheet.blocks)) c.add(`${p}.blocks`, "must be a list of blocks", "必须是数据块列表");
  (sheet.blocks ?? []).forEach((block, b) => {
    const bp = `${p}.blocks[${b}]`;
    const start = blockStart(c, bp, block.start);
    if (!start) return;
    if (!Array.isArray(block.rows)) return c.add(`${bp}.rows`, "must be a list of rows", "必须是行列表");
    if (start.row + block.rows.length > MAX_ROWS)
      c.add(`${bp}.rows`, "run past the last row of a sheet", "超出工作表的最后一行");
    const facts = lazyFacts(block.rows);
    if (facts && start.col + facts.width <= MAX_COLUMNS) {
      // Rows made on demand: only the cells their maker could not clear are made and checked.
      for (const [r, k] of facts.suspects)
        checkCell(c, `${bp}.rows[${r}][${k}]`, block.rows[r][k], sheet, start.row + r, start.col + k);
      return;
    }
    block.rows.forEach((row, r) => {
      if (!Array.isArray(row))
        return c.add(`${bp}.rows[${r}]`, "must be a list of cells", "必须是单元格列表");
      if (start.col + row.length > MAX_COLUMNS)
        c.add(`${bp}.rows[${r}]`, "runs past the last column of a sheet", "超出工作表的最后一列");
      row.forEach((cell, k) =>
        checkCell(c, `${bp}.rows[${r}][${k}]`, cell, sheet, start.row + r, start.col + k),
      );
    });
  });
  if (sheet.columnBlocks !== undefined && !Array.isArray(sheet.columnBlocks))
    c.add(`${p}.columnBlocks`, "must be a list of blocks", "必须是数据块列表");
  (sheet.columnBlocks ?? []).forEach((block, b) => {
    const bp = `${p}.columnBlocks[${b}]`;
    const start = blockStart(c, bp, block.start);
    if (!start) return;
    if (!Array.isArray(block.columns))
      return c.add(`${bp}.columns`, "must be a list of columns", "必须是列的列表");
    if (start.col + block.columns.length > MAX_COLUMNS)
      c.add(`${bp}.columns`, "run past the last column of a sheet", "超出工作表的最后一列");
    block.columns.forEach((column: readonly CellInput[], k: number) => {
      if (!Array.isArray(column))
        return c.add(`${bp}.columns[${k}]`, "must be a list of cells", "必须是单元格列表");
      if (start.row + column.length > MAX_ROWS)
        c.add(`${bp}.columns[${k}]`, "runs past the last row of a sheet", "超出工作表的最后一行");
      // NaN is an empty cell in a column block.
      column.forEach((cell, r) => {
        if (cell === cell)
          checkCell(c, `${bp}.columns[${k}][${r}]`, cell, sheet, start.row + r, start.col + k);
      });
    });
  });

  (sheet.styles ?? []).forEach((s, i) => {
    c.range(`${p}.styles[${i}].range`, s.range);
    if (!Object.prototype.hasOwnProperty.call(STYLES, s.style))
      c.add(`${p}.styles[${i}].style`, `unknown style "${s.style}"`, `未知样式 "${s.style}"`);
  });
  (sheet.numberFormats ?? []).forEach((f, i) => {
    c.range(`${p}.numberFormats[${i}].range`, f.range);
    if (typeof f.format !== "string" || f.format.length === 0 || f.format.length > 255)
      c.add(`${p}.numberFormats[${i}].format`, "must be a number format code", "必须是数字格式代码");
  });
  (sheet.columns ?? []).forEach((col, i) => {
    try {
      columnIndex(col.column);
    } catch {
      c.add(
        `${p}.columns[${i}].column`,
        `"${col.column}" is not a column letter`,
        `"${col.column}" 不是列字母`,
      );
    }
    if (col.width !== undefined && !(col.width >= 0 && col.width <= LIMITS.columnWidth))
      c.add(
        `${p}.columns[${i}].width`,
        `must be between 0 and ${LIMITS.columnWidth}`,
        `必须在 0 到 ${LIMITS.columnWidth} 之间`,
      );
  });
  (sheet.rows ?? []).forEach((row, i) => {
    if (!Number.isInteger(row.row) || row.row < 1 || row.row > MAX_ROWS)
      c.add(`${p}.rows[${i}].row`, "must be a row number from 1", "必须是从 1 开始的行号");
    if (row.height !== undefined && !(row.height >= 0 && row.height <= LIMITS.rowHeight))
      c.add(
        `${p}.rows[${i}].height`,
        `must be between 0 and ${LIMITS.rowHeight} points`,
        `必须在 0 到 ${LIMITS.rowHeight} 磅之间`,
      );
  });

  const merges: RangeRef[] = [];
  const overlapping = laterOverlaps(
    (sheet.merges ?? []).map((m) => (typeof m === "string" ? safeRange(m) : null)),
  );
  (sheet.merges ?? []).forEach((m, i) => {
    const r = c.range(`${p}.merges[${i}]`, m);
    if (!r) return;
    if (overlapping.has(i))
      c.add(`${p}.merges[${i}]`, `"${m}" overlaps another merged range`, `"${m}" 与另一个合并区域重叠`);
    merges.push(r);
  });
  (sheet.wrap ?? []).forEach((w, i) => c.range(`${p}.wrap[${i}]`, w));
  const validated: RangeRef[] = [];
  (sheet.validations ?? []).forEach((v, i) => {
    checkValidation(c, `${p}.validations[${i}]`, v);
    const r = typeof v.range === "string" ? safeRange(v.range) : null;
    if (!r) return;
    // A cell holds one validation rule; Excel refuses a second one over it.
    if (validated.some((o) => rangesOverlap(o, r)))
      c.add(
        `${p}.validations[${i}].range`,
        `"${v.range}" overlaps another validation`,
        `"${v.range}" 与另一个数据验证重叠`,
      );
    validated.push(r);
  });

  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    const cp = `${p}.conditionalFormats[${i}]`;
    c.range(`${cp}.range`, cf.range);
    switch (cf.type) {
      case "cellValue": {
        const want = VALUE_COUNT[cf.operator] ?? 1;
        if (!Array.isArray(cf.values) || cf.values.length !== want)
          c.add(
            `${cp}.values`,
            `operator ${cf.operator} takes ${want} value(s)`,
            `运算符 ${cf.operator} 需要 ${want} 个值`,
          );
        (cf.values ?? []).forEach((v, k) => {
          if (typeof v === "string") c.formula(`${cp}.values[${k}]`, v);
          else if (typeof v !== "number" || !Number.isFinite(v))
            c.add(`${cp}.values[${k}]`, "must be a number or a formula", "必须是数值或公式");
        });
        if (cf.style.fill) c.color(`${cp}.style.fill`, cf.style.fill);
        if (cf.style.fontColor) c.color(`${cp}.style.fontColor`, cf.style.fontColor);
        break;
      }
      case "expression":
        c.formula(`${cp}.formula`, cf.formula);
        if (cf.style.fill) c.color(`${cp}.style.fill`, cf.style.fill);
        if (cf.style.fontColor) c.color(`${cp}.style.fontColor`, cf.style.fontColor);
        break;
      case "dataBar":
        c.color(`${cp}.color`, cf.color);
        break;
      case "colorScale":
        if (!Array.isArray(cf.colors) || cf.colors.length !== 3)
          c.add(`${cp}.colors`, "needs three colours", "需要三种颜色");
        else cf.colors.forEach((col, k) => c.color(`${cp}.colors[${k}]`, col));
        break;
      case "iconSet":
        if (!["3TrafficLights", "3Arrows", "3Symbols"].includes(cf.icons))
          c.add(
            `${cp}.icons`,
            "must be 3TrafficLights, 3Arrows or 3Symbols",
            "必须是 3TrafficLights、3Arrows 或 3Symbols",
          );
        if (
          !Array.isArray(cf.thresholds) ||
          cf.thresholds.length !== 2 ||
          !cf.thresholds.every(Number.isFinite)
        )
          c.add(`${cp}.thresholds`, "needs two numbers", "需要两个数值");
        else if (cf.thresholds[0] > cf.thresholds[1])
          c.add(`${cp}.thresholds`, "must be in ascending order", "必须按升序排列");
        break;
      default:
        c.add(`${cp}.type`, "unknown conditional format type", "未知的条件格式类型");
    }
  });

  const tableRanges: RangeRef[] = [];
  (sheet.tables ?? []).forEach((t, i) => {
    const tp = `${p}.tables[${i}]`;
    const np = typeof t.name === "string" ? nameProblem(t.name) : { en: "is missing", zh: "缺失" };
    if (np)
      c.add(`${tp}.name`, `table name "${String(t.name)}" ${np.en}`, `表名 "${String(t.name)}" ${np.zh}`);
    else {
      const key = t.name.toLowerCase();
      if (tableNames.has(key))
        c.add(`${tp}.name`, `table name "${t.name}" is used twice`, `表名 "${t.name}" 重复`);
      tableNames.set(key, tp);
    }
    const r = c.range(`${tp}.range`, t.range);
    if (!r) return;
    const minRows = t.totals ? 3 : 2;
    if (rangeRows(r) < minRows)
      c.add(
        `${tp}.range`,
        `needs a header row, data rows${t.totals ? " and a totals row" : ""}`,
        `需要标题行、数据行${t.totals ? "和汇总行" : ""}`,
      );
    if (tableRanges.some((o) => rangesOverlap(o, r)))
      c.add(`${tp}.range`, "overlaps another table", "与另一个表重叠");
    if (merges.some((m) => rangesOverlap(m, r)))
      c.add(`${tp}.range`, "overlaps a merged range", "与合并区域重叠");
    tableRanges.push(r);
    const headers = new Set<string>();
    const headerList: string[] = [];
    for (let col = r.start.col; col <= r.end.col; col++) {
      const h = headerText(blockCellAt(sheet, r.start.row, col));
      if (h === null || h.trim() === "") {
        c.add(
          `${tp}.range`,
          "every header cell needs text from the blocks",
          "每个标题单元格都需要在数据块中给出文本",
        );
        break;
      }
      if (headers.has(h.toLowerCase()))
        c.add(`${tp}.range`, `header "${h}" appears twice`, `标题 "${h}" 重复`);
      headers.add(h.toLowerCase());
      headerList.push(h);
    }
    for (const [header, fn] of Object.entries(t.totals ?? {})) {
      if (!headers.has(header.toLowerCase()))
        c.add(
          `${tp}.totals.${header}`,
          `"${header}" is not a header of the table`,
          `"${header}" 不是该表的标题`,
        );
      if (!["sum", "average", "count", "min", "max", "none"].includes(fn))
        c.add(`${tp}.totals.${header}`, `unknown totals function "${fn}"`, `未知的汇总函数 "${fn}"`);
    }
  });

  checkNames(c, `${p}.names`, sheet.names);

  if (sheet.freeze) {
    for (const k of ["rows", "columns"] as const) {
      const n = sheet.freeze[k];
      if (!Number.isInteger(n) || n < 0 || n > 1000)
        c.add(`${p}.freeze.${k}`, "must be a whole number from 0", "必须是不小于 0 的整数");
    }
  }
  (sheet.protection?.unlocked ?? []).forEach((u, i) => c.range(`${p}.protection.unlocked[${i}]`, u));
  if (sheet.print?.titleRows !== undefined) {
    try {
      parseRowSpan(sheet.print.titleRows);
    } catch {
      c.add(
        `${p}.print.titleRows`,
        `"${sheet.print.titleRows}" is not a row span such as "1:3"`,
        `"${sheet.print.titleRows}" 不是行范围（例如 "1:3"）`,
      );
    }
  }
  if (sheet.print?.titleColumns !== undefined) {
    try {
      parseColumnSpan(sheet.print.titleColumns);
    } catch {
      c.add(
        `${p}.print.titleColumns`,
        `"${sheet.print.titleColumns}" is not a column span such as "A:D"`,
        `"${sheet.print.titleColumns}" 不是列范围（例如 "A:D"）`,
      );
    }
  }
  if (sheet.print?.area !== undefined) c.range(`${p}.print.area`, sheet.print.area);
  const scale = sheet.print?.scale;
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 10 || scale > 400))
    c.add(
      `${p}.print.scale`,
      `${scale} is not a print scale (a whole percent from 10 to 400)`,
      `${scale} 不是打印缩放比例（10 至 400 的整数百分比）`,
    );
  (sheet.print?.breaksBefore ?? []).forEach((row, i, rows) => {
    if (!Number.isInteger(row) || row < 2 || row > MAX_ROWS || (i > 0 && row <= rows[i - 1]))
      c.add(
        `${p}.print.breaksBefore[${i}]`,
        `${row} is not a row after the previous break (rows 2 to ${MAX_ROWS}, ascending)`,
        `${row} 不是上一个分页之后的行（第 2 至 ${MAX_ROWS} 行，按升序）`,
      );
  });
}

/**
 * Excel keeps at most 1,026 manual page breaks on a sheet ("Excel specifications and limits"); the
 * Excel host's write of more fails in Excel and rolls the whole write back.
 */
export const MAX_MANUAL_PAGE_BREAKS = 1026;

function checkPageBreakCount(c: Checker, p: string, sheet: SheetSpec): void {
  const count = sheet.print?.breaksBefore?.length ?? 0;
  if (count > MAX_MANUAL_PAGE_BREAKS)
    c.add(
      `${p}.print.breaksBefore`,
      `${count} page breaks; Excel keeps at most ${MAX_MANUAL_PAGE_BREAKS} on a sheet`,
      `分页符 ${count} 个；Excel 每个工作表最多 ${MAX_MANUAL_PAGE_BREAKS} 个`,
    );
}

function checkNames(c: Checker, path: string, names: WorkbookSpec["names"]): void {
  const seen = new Set<string>();
  (names ?? []).forEach((n, i) => {
    const problem = typeof n.name === "string" ? nameProblem(n.name) : { en: "is missing", zh: "缺失" };
    if (problem)
      c.add(
        `${path}[${i}].name`,
        `name "${String(n.name)}" ${problem.en}`,
        `名称 "${String(n.name)}" ${problem.zh}`,
      );
    else if (seen.has(n.name.toLowerCase()))
      c.add(`${path}[${i}].name`, `name "${n.name}" is used twice`, `名称 "${n.name}" 重复`);
    else seen.add(n.name.toLowerCase());
    c.formula(`${path}[${i}].refersTo`, n.refersTo);
    c.text(`${path}[${i}].comment`, n.comment, 255);
  });
}

/** Every problem found, or an empty list. */
export function validateWorkbookSpec(spec: WorkbookSpec): SpecIssue[] {
  const c = new Checker();
  if (!spec || !Array.isArray(spec.sheets) || spec.sheets.length === 0) {
    c.add("sheets", "needs at least one sheet", "至少需要一个工作表");
    return c.issues;
  }
  const sheetNames = new Set<string>();
  const tableNames = new Map<string, string>();
  spec.sheets.forEach((sheet, i) => {
    checkSheet(c, `sheets[${i}]`, sheet, tableNames);
    checkPageBreakCount(c, `sheets[${i}]`, sheet);
    if (typeof sheet.name === "string") {
      const key = sheet.name.toLowerCase();
      if (sheetNames.has(key))
        c.add(
          `sheets[${i}].name`,
          `sheet name "${sheet.name}" is used twice`,
          `工作表名 "${sheet.name}" 重复`,
        );
      sheetNames.add(key);
    }
  });
  checkNames(c, "names", spec.names);
  c.issues.push(...validateCharts(spec));
  (spec.names ?? []).forEach((n, i) => {
    if (typeof n.name === "string" && tableNames.has(n.name.toLowerCase()))
      c.add(`names[${i}].name`, `name "${n.name}" is also a table name`, `名称 "${n.name}" 与表名相同`);
  });
  if (spec.activate !== undefined && !sheetNames.has(String(spec.activate).toLowerCase()))
    c.add(
      "activate",
      `"${spec.activate}" is not a sheet of this workbook description`,
      `"${spec.activate}" 不是本描述中的工作表`,
    );
  return c.issues;
}

/** Throws WorkbookSpecError listing every problem; hosts call this before writing anything. */
export function assertValidWorkbookSpec(spec: WorkbookSpec): void {
  const issues = validateWorkbookSpec(spec);
  if (issues.length) throw new WorkbookSpecError(issues);
}
