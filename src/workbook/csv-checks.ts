/**
 * Checks every CSV reader shares (roster, targets, CRM exports): papaparse's quote errors, which
 * otherwise swallow the rows after an unterminated quote into one cell without a word, and Excel's
 * limits (1,048,576 rows, 16,384 columns, 32,767 characters a cell), checked before a row is used.
 */
import type { ParseError } from "papaparse";

/** The shape of the schemas' InputIssue (workbook/ imports nothing of the project). */
export interface CsvIssue {
  file?: string;
  row?: number;
  field: string;
  en: string;
  zh: string;
}

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Lines in `text`, counted without splitting it (a 60 MB file stays one string). */
export function countLines(text: string, stopAt = Infinity): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i >= 0 && lines <= stopAt; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

/** A problem before parsing: more lines than a sheet has rows. */
export function csvSizeIssue(text: string, file?: string): CsvIssue | null {
  const lines = countLines(text, EXCEL_MAX_ROWS);
  if (lines <= EXCEL_MAX_ROWS) return null;
  return {
    ...(file !== undefined ? { file } : {}),
    field: "(file)",
    en: `has more than ${EXCEL_MAX_ROWS.toLocaleString("en-US")} lines, the rows of an Excel sheet; split it`,
    zh: `超过 ${EXCEL_MAX_ROWS.toLocaleString("en-US")} 行（Excel 工作表的行数上限）；请拆分文件`,
  };
}

/**
 * Papaparse's quote errors as row issues that stop the read (row = spreadsheet row, index + 1). A
 * quote left open runs to the end of the file, so everything after it would be lost in one cell.
 * Other errors (a row with more or fewer fields) are left to the readers, which check each row.
 */
export function csvQuoteIssues(errors: readonly ParseError[], file?: string): CsvIssue[] {
  return errors
    .filter((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes")
    .slice(0, 10)
    .map((e) => ({
      ...(file !== undefined ? { file } : {}),
      ...(e.row !== undefined && e.row !== null ? { row: e.row + 1 } : {}),
      field: "(file)",
      en: 'the quotes (") on this row do not pair up: a field opened with a quote is not closed, or a quote inside a field is not doubled (""), so the rows after it could be read into one cell; fix the quotes and read the file again',
      zh: '此行的引号（"）不成对：某个以引号开头的字段没有结束引号，或字段中的引号没有写成两个（""），其后各行可能被读进同一个单元格；请修正引号后重新读取',
    }));
}

/**
 * The first problem with the parsed records' sizes: a row wider than a sheet stops the read (file
 * level); cells longer than a cell can hold are row issues (up to 10).
 */
export function csvRecordIssues(
  records: readonly (readonly string[])[],
  rowOf: (index: number) => number,
  file?: string,
): CsvIssue[] {
  const where = file !== undefined ? { file } : {};
  const issues: CsvIssue[] = [];
  for (let i = 0; i < records.length && issues.length < 10; i++) {
    const record = records[i];
    if (record.length > EXCEL_MAX_COLUMNS) {
      return [
        {
          ...where,
          row: rowOf(i),
          field: "(file)",
          en: `has ${record.length.toLocaleString("en-US")} columns; an Excel sheet has ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")}`,
          zh: `有 ${record.length.toLocaleString("en-US")} 列；Excel 工作表最多 ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} 列`,
        },
      ];
    }
    for (let c = 0; c < record.length; c++) {
      const cell = record[c];
      if (typeof cell === "string" && cell.length > EXCEL_MAX_CELL_TEXT) {
        issues.push({
          ...where,
          row: rowOf(i),
          field: `column ${c + 1}`,
          en: `a cell of ${cell.length.toLocaleString("en-US")} characters; an Excel cell holds ${EXCEL_MAX_CELL_TEXT.toLocaleString("en-US")}`,
          zh: `单元格有 ${cell.length.toLocaleString("en-US")} 个字符；Excel 单元格最多 ${EXCEL_MAX_CELL_TEXT.toLocaleString("en-US")} 个`,
        });
        break;
      }
    }
  }
  return issues;
}
