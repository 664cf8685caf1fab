/**
 * A .zip package written part by part as its bytes arrive, for the streaming xlsx writer: each part
 * is deflated chunk by chunk (CompressionStream "deflate-raw", in Node 20 and every current browser,
 * workers included), so a 100,000-row sheet is never held whole, only its compressed bytes. Sizes
 * and CRC go in a data descriptor after each part (general purpose flag bit 3), as zip streamers do.
 * Where CompressionStream cannot deflate (an old engine, jsdom) parts are stored uncompressed: a
 * larger file, the same content.
 */

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const STORE = 0;
const DEFLATE = 8;
/** 1980-01-01 00:00, the zip epoch: the package's bytes do not depend on the clock. */
/** Chunks handed to the compressor before waiting for the oldest. */
const IN_FLIGHT = 4;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing by four: four table lookups per four bytes instead of four dependent steps.
  for (let n = 0; n < 256; n++) {
    let c = table[n];
    for (let t = 1; t < 4; t++) {
      c = table[c & 0xff] ^ (c >>> 8);
      table[t * 256 + n] = c;
    }
  }
  return table;
})();

/** CRC-32 (zip's polynomial) of `data`, continuing from `crc` (0 to start). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = ~crc;
  let i = 0;
  const n4 = data.length - (data.length % 4);
  for (; i < n4; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

function canDeflate(): boolean {
  try {
    if (typeof CompressionStream === "undefined") return false;
    new CompressionStream("deflate-raw" as CompressionFormat);
    return true;
  } catch {
    return false;
  }
}

interface Entry {
  readonly name: Uint8Array;
  readonly offset: number;
  readonly method: number;
  crc: number;
  compressed: number;
  size: number;
}

/** One part being written: feed it bytes, then close it before starting the next. */
export interface ZipPart {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export class ZipStream {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Entry[] = [];
  private length = 0;
  private open = false;
  readonly deflates: boolean;

  /** `deflate: false` stores every part (tests of the fallback). */
  constructor(options: { deflate?: boolean } = {}) {
    this.deflates = options.deflate ?? canDeflate();
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  /** Starts a part; its bytes go through `write` and it ends with `close`. */
  part(name: string): ZipPart {
    if (this.open) throw new Error("zip: the previous part is still open");
    this.open = true;
    const entry: Entry = {
      name: new TextEncoder().encode(name),
      offset: this.length,
      method: this.deflates ? DEFLATE : STORE,
      crc: 0,
      compressed: 0,
      size: 0,
    };
    this.entries.push(entry);
    const header = new Uint8Array(30 + entry.name.length);
    const h = new DataView(header.buffer);
    h.setUint32(0, LOCAL_HEADER, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, FLAGS, true);
    h.setUint16(8, entry.method, true);
    h.setUint16(10, 0, true);
    h.setUint16(12, DOS_DATE, true);
    // CRC and sizes (14..25) stay 0: the data descriptor carries them.
    h.setUint16(26, entry.name.length, true);
    header.set(entry.name, 30);
    this.push(header);

    const finish = () => {
      const d = new DataView(new ArrayBuffer(16));
      d.setUint32(0, DATA_DESCRIPTOR, true);
      d.setUint32(4, entry.crc, true);
      d.setUint32(8, entry.compressed, true);
      d.setUint32(12, entry.size, true);
      this.push(new Uint8Array(d.buffer));
      this.open = false;
    };
    const count = (data: Uint8Array) => {
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
    };

    if (!this.deflates) {
      return {
        write: async (data) => {
          count(data);
          entry.compressed += data.length;
          this.push(data);
        },
        close: async () => finish(),
      };
    }
    const stream = new CompressionStream("deflate-raw" as CompressionFormat);
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    // Read while writing: the compressor's queue would fill and stall the writes otherwise.
    const drained = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        entry.compressed += value.length;
        this.push(value);
      }
    })();
    // Up to a few chunks are handed to the compressor without waiting, so the rows of the next chunk
    // are written while zlib deflates the last (in Node it deflates on another thread).
    const pending: Promise<void>[] = [];
    return {
      write: async (data) => {
        if (!data.length) return;
        count(data);
        const written = writer.write(data as Uint8Array<ArrayBuffer>);
        // Awaited below; until then a failure must not count as an unhandled rejection.
        written.catch(() => undefined);
        pending.push(written);
        if (pending.length > IN_FLIGHT) await pending.shift();
      },
      close: async () => {
        await Promise.all(pending);
        await writer.close();
        await drained;
        finish();
      },
    };
  }

  /** A whole part at once. */
  async add(name: string, data: Uint8Array): Promise<void> {
    const part = this.part(name);
    await part.write(data);
    await part.close();
  }

  /** The central directory is written and the package returned as one array. */
  finish(): Uint8Array {
    if (this.open) throw new Error("zip: a part is still open");
    const start = this.length;
    for (const e of this.entries) {
      const rec = new Uint8Array(46 + e.name.length);
      const v = new DataView(rec.buffer);
      v.setUint32(0, CENTRAL_HEADER, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, FLAGS, true);
      v.setUint16(10, e.method, true);
      v.setUint16(12, 0, true);
      v.setUint16(14, DOS_DATE, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, e.compressed, true);
      v.setUint32(24, e.size, true);
      v.setUint16(28, e.name.length, true);
      v.setUint32(42, e.offset, true);
      rec.set(e.name, 46);
      this.push(rec);
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, END_OF_CENTRAL, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, this.length - start, true);
    end.setUint32(16, start, true);
    this.push(new Uint8Array(end.buffer));
    if (this.length > 0xffffffff) throw new RangeError("zip: package over 4 GB");
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
