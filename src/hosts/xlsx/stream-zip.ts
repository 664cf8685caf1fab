/**
 * A .zip package written part by part as its bytes arrive, for the streaming xlsx writer: fflate's
 * streaming `Zip` deflates each part chunk by chunk, so a 100,000-row sheet is never held whole,
 * only its compressed bytes. fflate runs the same in Node, the browser and the download worker, and
 * writes sizes and CRC in a data descriptor after each part, as zip streamers do. The package's bytes
 * go either to memory (the pane, the download worker, tests) or, as they are made, to a ZipSink (the
 * CLI's file), so the written file is never held whole.
 */
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";

/**
 * Raw DEFLATE of one piece of a part: the pieces' outputs, in order, must form one deflate stream
 * (each piece ends on a byte boundary without the final bit, the last one with it), e.g. zlib's
 * deflateRaw with Z_SYNC_FLUSH, and Z_FINISH for the last piece.
 */
export type RawDeflate = (data: Uint8Array, final: boolean) => Uint8Array;

/**
 * Node's zlib deflates in native code about five times faster than fflate's JavaScript (measured:
 * 36 MB of sheet XML, 0.3-0.4 s of CPU against 2.0 s, files within 10% of each other); the CLI
 * registers it (stream-deflate-node.ts). The browser and tests without it use fflate.
 */
let rawDeflate: RawDeflate | null = null;
/**
 * The CRC-32 of `data` continued from `crc` (0 to start), as zlib's crc32 (Node's zlib.crc32). With
 * it, a part's checksum is native too: fflate's table loop in JavaScript took a tenth as long as the
 * deflate of a statements sheet.
 */
export type Crc32 = (data: Uint8Array, crc: number) => number;
let crc32: Crc32 | null = null;
export function useRawDeflate(deflate: RawDeflate | null, crc?: Crc32): void {
  rawDeflate = deflate;
  crc32 = deflate ? (crc ?? null) : null;
}

/** A part deflated by a RawDeflate: fflate's pass-through part (which keeps the CRC and size) marked deflated. */
class PieceDeflate extends ZipPassThrough {
  private sum = 0;

  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
    private readonly checksum: Crc32 | null,
  ) {
    super(filename);
    this.compression = 8;
  }

  /** As fflate's push (size, CRC, then process), the CRC by the native `checksum` when there is one. */
  override push(chunk: Uint8Array, final = false): void {
    if (!this.checksum) return super.push(chunk, final);
    if (!this.ondata) throw new Error("zip: a part's bytes came before it was added to the package");
    this.sum = this.checksum(chunk, this.sum);
    this.size += chunk.length;
    if (final) this.crc = this.sum;
    this.process(chunk, final);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflate(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

/** One part being written: feed it bytes, then close it before starting the next. */
export interface ZipPart {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where a package's bytes go as they are made. Each write is awaited before the next part's bytes are
 * made: a slow disk holds the writer back instead of letting chunks pile up in memory.
 */
export interface ZipSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** zlib's default trade of size for time, as ExcelJS's own writer uses. */
const LEVEL = 6;
/** 1980-01-02, inside every zip reader's date range: the package's bytes do not depend on the clock. */
const FIXED_TIME = new Date(1980, 0, 2);

export class ZipStream {
  /** The package so far (in memory), or the bytes made and not yet handed to the sink. */
  private chunks: Uint8Array[] = [];
  private length = 0;
  private open = false;
  private ended = false;
  private failure: Error | null = null;
  private readonly zip: Zip;
  private readonly sink: ZipSink | null;
  readonly deflates: boolean;

  /**
   * `deflate: false` stores every part (a quick package for tests). With a `sink`, the bytes go to
   * it as they are made and the package ends with `end()`; without one, `finish()` returns it.
   */
  constructor(options: { deflate?: boolean; sink?: ZipSink } = {}) {
    this.deflates = options.deflate ?? true;
    this.sink = options.sink ?? null;
    this.zip = new Zip((error, data) => {
      if (error) this.failure = error;
      else {
        this.chunks.push(data);
        this.length += data.length;
      }
    });
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  /** Hands what fflate made so far to the sink (nothing to do in memory). */
  private async drain(): Promise<void> {
    this.check();
    if (!this.sink) return;
    while (this.chunks.length) {
      const chunk = this.chunks.shift()!;
      this.length -= chunk.length;
      await this.sink.write(chunk);
    }
  }

  /** Starts a part; its bytes go through `write` and it ends with `close`. */
  part(name: string): ZipPart {
    if (this.open) throw new Error("zip: the previous part is still open");
    if (this.ended) throw new Error("zip: the package is finished");
    this.open = true;
    const file = !this.deflates
      ? new ZipPassThrough(name)
      : rawDeflate
        ? new PieceDeflate(name, rawDeflate, crc32)
        : new ZipDeflate(name, { level: LEVEL });
    file.mtime = FIXED_TIME;
    this.zip.add(file);
    return {
      write: async (data) => {
        if (data.length) file.push(data);
        await this.drain();
      },
      close: async () => {
        file.push(new Uint8Array(0), true);
        this.open = false;
        await this.drain();
      },
    };
  }

  /** A whole part at once. */
  async add(name: string, data: Uint8Array): Promise<void> {
    const part = this.part(name);
    await part.write(data);
    await part.close();
  }

  private endZip(): void {
    if (this.open) throw new Error("zip: a part is still open");
    if (this.ended) throw new Error("zip: the package is finished");
    this.ended = true;
    this.zip.end();
  }

  /** The central directory is written and the package returned as one array (no sink). */
  finish(): Uint8Array {
    if (this.sink) throw new Error("zip: the package goes to a sink; end it with end()");
    this.endZip();
    this.check();
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks = [];
    return out;
  }

  /** The central directory is written and everything handed to the sink. */
  async end(): Promise<void> {
    if (!this.sink) throw new Error("zip: the package is in memory; take it with finish()");
    this.endZip();
    await this.drain();
  }
}
