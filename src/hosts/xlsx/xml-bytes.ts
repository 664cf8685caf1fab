/**
 * Sheet XML written straight into UTF-8 bytes, for the streaming writer's rows (stream-rows.ts).
 * Building each row as a string and encoding the pieces cost a 1,000-rep statements sheet about a
 * third of its writing time: the intermediate strings (a template per cell, the row, the piece) were
 * most of its garbage, and the encoder read every character once more (issue 23). Here markup,
 * numbers and escaped text go into one buffer in a single pass; the bytes equal those of the string
 * version, so the file does not change. (One difference, on malformed text only: a lone surrogate
 * becomes U+FFFD where it stands, where the string version could join two halves that a dropped
 * control character separated.)
 */

/** Texts from this many UTF-16 units are encoded natively (encodeThenEscape); shorter ones by char. */
const NATIVE_FROM = 24;
/** Made on first use: the pane's tests import the writer in jsdom, which has no TextEncoder. */
let utf8: TextEncoder | null = null;

/** Room kept past a piece's size, so that a row rarely needs the buffer to grow. */
const SLACK = 1 << 16;

/** UTF-8 bytes of the XML entities, by character code. */
const ENTITY: readonly (Uint8Array | undefined)[] = (() => {
  const out: (Uint8Array | undefined)[] = [];
  const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
  out[60] = ascii("&lt;");
  out[62] = ascii("&gt;");
  out[38] = ascii("&amp;");
  out[34] = ascii("&quot;");
  out[39] = ascii("&apos;");
  return out;
})();

/** Whether XML 1.0 forbids a character below DEL, or DEL itself (dropped, as ExcelJS does). */
function dropped(c: number): boolean {
  return c === 127 || (c < 32 && c !== 9 && c !== 10 && c !== 13);
}

export class XmlBytes {
  private buf: Uint8Array;
  private pos = 0;

  /** `piece`: about how many bytes to gather before `full()` says to hand them on. */
  constructor(private readonly piece: number) {
    this.buf = new Uint8Array(piece + SLACK);
  }

  get length(): number {
    return this.pos;
  }

  /** Whether a piece's worth of bytes is waiting. */
  full(): boolean {
    return this.pos >= this.piece;
  }

  /** The bytes so far, handed over (a new buffer takes their place: a sink may keep them). */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(this.piece + SLACK);
    this.pos = 0;
    return out;
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  /** Markup known to be ASCII (tag and attribute names, digits). */
  ascii(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) buf[pos++] = s.charCodeAt(i);
    this.pos = pos;
  }

  /** Bytes already encoded (a column's letters, a style attribute). */
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** A number as `${n}` writes it; whole numbers digit by digit, without a string. */
  number(n: number): void {
    if (n >= 0 && n <= 0x7fffffff && (n | 0) === n) this.uint(n);
    else this.ascii(String(n));
  }

  /** A whole number from 0 to 2^31 - 1. */
  uint(n: number): void {
    this.room(10);
    const buf = this.buf;
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = (m / 10) | 0) digits++;
    let at = this.pos + digits;
    this.pos = at;
    do {
      const q = (n / 10) | 0;
      buf[--at] = 48 + n - q * 10;
      n = q;
    } while (n);
  }

  /**
   * Text as XML character data, in UTF-8: & < > " ' escaped, the control characters XML forbids
   * dropped (as ExcelJS does), a lone surrogate as U+FFFD (as TextEncoder writes it).
   */
  text(s: string): void {
    const n = s.length;
    // The longest a UTF-16 unit can become: an entity of six bytes.
    this.room(n * 6);
    if (n < NATIVE_FROM || !this.encodeThenEscape(s)) this.escapeByChar(s);
  }

  /**
   * Longer texts (formulas, mostly) are encoded by TextEncoder, in native code, and their markup
   * characters then escaped among the bytes: ASCII bytes never occur inside a multi-byte UTF-8
   * sequence. Reading a formula character by character cost more than its encoding and deflating.
   * False, with nothing written, for a text with a control character to drop (rare: then by char).
   */
  private encodeThenEscape(s: string): boolean {
    const buf = this.buf;
    const start = this.pos;
    const end = start + (utf8 ??= new TextEncoder()).encodeInto(s, buf.subarray(start)).written;
    let grow = 0;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b > 62 && b !== 127) continue;
      const entity = ENTITY[b];
      if (entity) grow += entity.length - 1;
      else if (dropped(b)) return false;
    }
    // Escaped from the end back, in place: each byte moves right by the growth before it, so the
    // bytes before the first entity stay where they are.
    let w = end + grow;
    this.pos = w;
    for (let i = end - 1; i >= start && w > i + 1; i--) {
      const b = buf[i];
      const entity = b > 62 ? undefined : ENTITY[b];
      if (!entity) buf[--w] = b;
      else {
        w -= entity.length;
        buf.set(entity, w);
      }
    }
    return true;
  }

  private escapeByChar(s: string): void {
    const n = s.length;
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        if (c > 62 && c !== 127) buf[pos++] = c;
        else {
          const entity = ENTITY[c];
          if (entity) {
            buf.set(entity, pos);
            pos += entity.length;
          } else if (!dropped(c)) buf[pos++] = c;
        }
      } else if (c < 0x800) {
        buf[pos++] = 0xc0 | (c >> 6);
        buf[pos++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          buf[pos++] = 0xf0 | (cp >> 18);
          buf[pos++] = 0x80 | ((cp >> 12) & 63);
          buf[pos++] = 0x80 | ((cp >> 6) & 63);
          buf[pos++] = 0x80 | (cp & 63);
          i++;
        } else {
          // U+FFFD
          buf[pos++] = 0xef;
          buf[pos++] = 0xbf;
          buf[pos++] = 0xbd;
        }
      } else {
        buf[pos++] = 0xe0 | (c >> 12);
        buf[pos++] = 0x80 | ((c >> 6) & 63);
        buf[pos++] = 0x80 | (c & 63);
      }
    }
    this.pos = pos;
  }
}
