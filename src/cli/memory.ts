/**
 * Memory for writing a large import: ExcelJS builds the whole .xlsx in memory, and an export of a
 * few hundred thousand rows can need more heap than Node.js gives by default (a share of the
 * machine's memory, at most about 4 GB), which ends the process with "heap out of memory" and no
 * word of what to do. The CLI says so before it starts writing.
 */
import v8 from "v8";
import type { CliContext } from "./command";

const MB = 1024 * 1024;

/**
 * Heap the .xlsx of a CRM import of `rows` records needs: measured with the sample export (11
 * columns) under --max-old-space-size, 100,000 rows failed at 1,024 MB and were written at 1,280;
 * 150,000 at 1,536 / 1,800; 250,000 at 2,560 / 3,072. That is 10 to 12.8 KB a row: 12 KB a row,
 * plus 100 MB for the rest of the program.
 */
export function importHeapEstimate(rows: number): number {
  return 100 * MB + rows * 12 * 1024;
}

/** The heap this process may use, in bytes (tests pass their own). */
export function heapLimit(context: CliContext): number {
  return context.heapLimit ?? v8.getHeapStatistics().heap_size_limit;
}

function gb(bytes: number): string {
  return (bytes / 1024 / MB).toFixed(1);
}

/**
 * A note before writing when the estimate exceeds the heap limit: what it needs, what there is, and
 * the NODE_OPTIONS that gives enough (the estimate and a quarter more, in whole GB); null otherwise.
 */
export function heapNote(rows: number, limit: number, zh: boolean): string | null {
  const need = importHeapEstimate(rows);
  if (need <= limit) return null;
  const size = Math.ceil((need * 1.25) / 1024 / MB) * 1024;
  const count = rows.toLocaleString("en-US");
  return zh
    ? `注意：写入 ${count} 行约需 ${gb(need)} GB 内存，而此 Node.js 最多可用 ${gb(limit)} GB；如因 "heap out of memory" 中止，请设置 NODE_OPTIONS=--max-old-space-size=${size} 后重新运行。\n`
    : `Note: writing ${count} rows needs about ${gb(need)} GB of memory and this Node.js may use ${gb(limit)} GB; if it stops with "heap out of memory", run it again with NODE_OPTIONS=--max-old-space-size=${size}.\n`;
}
