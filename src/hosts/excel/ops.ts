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
  /** Adds a defined name (whose failure has a known cause: see NameWhileInactiveError). */
  readonly addsName?: boolean;
}

/** Bytes an action costs beyond its arguments in Office.js's JSON request (ids, names, paths). */
export const ACTION_OVERHEAD = 160;

/**
 * Bytes of `text` in UTF-8, the encoding of the request body: a Chinese character is 3 bytes, so
 * counting string length (UTF-16 units) would undercount Chinese data up to threefold.
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // 2 bytes below U+0800, else 3; a surrogate pair (2 units) is 4 bytes, 2 extra in all.
    bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
  }
  return bytes;
}

/** Estimate for `actions` queued calls carrying `payload` as arguments, in UTF-8 bytes. */
export function estimate(actions: number, ...payload: unknown[]): number {
  let bytes = actions * ACTION_OVERHEAD;
  for (const p of payload) bytes += p === undefined ? 0 : utf8Bytes(JSON.stringify(p));
  return bytes;
}

export function op(bytes: number, run: (target: WriteTarget) => void, addsName = false): WriteOp {
  return addsName ? { bytes, run, addsName } : { bytes, run };
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
