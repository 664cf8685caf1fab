/**
 * The Excel host's unit of work: an operation that queues a few Office.js calls, with an estimate of
 * the bytes it adds to the request, so the writer can sync before a request passes its budget
 * (Excel on the web rejects requests over 5 MB).
 */

/** Where operations queue their calls: the request context and the sheets added so far. */
export interface WriteTarget {
  readonly ctx: Excel.RequestContext;
  /** The proxy of a sheet this write added (by its final name). */
  sheet(name: string): Excel.Worksheet;
  /** Records a sheet proxy created by an operation. */
  addSheet(name: string, sheet: Excel.Worksheet): void;
}

export interface WriteOp {
  /** Estimated request bytes of the calls this operation queues. */
  readonly bytes: number;
  run(target: WriteTarget): void;
}

/** Bytes an action costs beyond its arguments in Office.js's JSON request (ids, names, paths). */
export const ACTION_OVERHEAD = 160;

/** Estimate for `actions` queued calls carrying `payload` as arguments. */
export function estimate(actions: number, ...payload: unknown[]): number {
  let bytes = actions * ACTION_OVERHEAD;
  for (const p of payload) bytes += p === undefined ? 0 : JSON.stringify(p).length;
  return bytes;
}

export function op(bytes: number, run: (target: WriteTarget) => void): WriteOp {
  return { bytes, run };
}

/** Groups operations into requests of at most `budget` estimated bytes, keeping their order. */
export function chunk(ops: readonly WriteOp[], budget: number): WriteOp[][] {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let size = 0;
  for (const o of ops) {
    if (current.length && size + o.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(o);
    size += o.bytes;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
