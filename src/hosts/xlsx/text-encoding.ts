/**
 * Which encoding a text file's bytes are in, decided from the bytes: a BOM; else UTF-16 by its zero
 * bytes; else UTF-8 when the bytes are valid UTF-8; else a scored trial of GB18030 (GBK, Excel's CSV
 * on Chinese Windows) against Windows-1252 (ISO-8859-1, Excel's CSV on Western Windows and Salesforce's
 * Data Export). Shared by the CLI and the pane, so a file reads the same everywhere.
 *
 * A scored trial rather than a detector library: the candidates are these four (what CRMs and Excel
 * write), the trial is a few dozen lines with no dependency in the pane's bundle, and it decides by
 * the structure that tells the two apart (Chinese comes in runs of byte pairs, Western accents alone
 * between ASCII letters), which holds for short files where n-gram detectors guess.
 */

export type DetectedEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  /** The encoding used: a detected one, or the WHATWG name of the one given. */
  readonly encoding: string;
  /** How it was chosen: by a byte order mark, from the bytes, or given by the user (--encoding). */
  readonly how: "bom" | "detected" | "given";
}

/**
 * The WHATWG name of an encoding label the user typed ("latin1" -> "windows-1252", "GBK" -> "gbk"),
 * or undefined when this runtime cannot decode it.
 */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const SAMPLE = 1 << 20;

/** UTF-16 without a BOM: ASCII text in it has a zero byte in every other place. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * How much the bytes look like GB18030 text: +2 a pair in GB2312's hanzi rows (the 6,763 common
 * characters), +1 a pair of its symbols and full-width punctuation, -1 a pair only GBK's extension
 * holds (rare characters: what a Western accent followed by a letter reads as), -5 bytes that are
 * not GB18030 at all.
 */
export function gb18030Score(bytes: Uint8Array): number {
  let score = 0;
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const c = i + 1 < n ? bytes[i + 1] : -1;
    if (b === 0x80 || b === 0xff || c < 0) {
      score -= 5;
      i++;
    } else if (c >= 0x30 && c <= 0x39) {
      const d = bytes[i + 2];
      const e = bytes[i + 3];
      if (d >= 0x81 && d <= 0xfe && e >= 0x30 && e <= 0x39) {
        score -= 1; // a four-byte sequence: valid, and rare in business text
        i += 4;
      } else {
        score -= 5;
        i++;
      }
    } else if ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe)) {
      if (b >= 0xb0 && b <= 0xf7 && c >= 0xa1) score += 2;
      else if (b >= 0xa1 && b <= 0xa9 && c >= 0xa1) score += 1;
      else score -= 1;
      i += 2;
    } else {
      score -= 5;
      i++;
    }
  }
  return score;
}

/** Windows-1252's letters: À-ÿ but × and ÷, and Š Œ Ž š œ ž Ÿ ƒ. */
function isLatinLetter(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7;
  return (
    b === 0x8a ||
    b === 0x8c ||
    b === 0x8e ||
    b === 0x9a ||
    b === 0x9c ||
    b === 0x9e ||
    b === 0x9f ||
    b === 0x83
  );
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/**
 * How much the bytes look like Windows-1252 text, run by run of non-ASCII bytes: +2 an accented letter
 * beside an ASCII letter ("Negociación"), +1 a lone letter or symbol (€, curly quotes, dashes, no-break
 * space), +2 two letters together ("ção"), -1 a byte in longer runs (Western words hardly have three
 * accented letters in a row; Chinese always has), -5 the five bytes Windows-1252 leaves undefined.
 */
export function windows1252Score(bytes: Uint8Array): number {
  let score = 0;
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n;) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && bytes[j] >= 0x80) j++;
    const run = j - i;
    for (let k = i; k < j; k++) {
      const b = bytes[k];
      if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) score -= 5;
    }
    if (run === 1) {
      const b = bytes[i];
      if (isLatinLetter(b) && (isAsciiLetter(bytes[i - 1]) || isAsciiLetter(bytes[j]))) score += 2;
      else score += 1;
    } else if (run === 2) {
      score += isLatinLetter(bytes[i]) && isLatinLetter(bytes[i + 1]) ? 2 : 0;
    } else {
      score -= run;
    }
    i = j;
  }
  return score;
}

// Windows-1252's 0x80-0x9F (unicode.org cp1252.txt); the five undefined bytes map to U+0081 ... as
// WHATWG's decoder does.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by its table: Node 20's TextDecoder("windows-1252") drops the bytes 0x80-0x9F (€, curly
 * quotes, dashes) instead of decoding them.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b;
  }
  let text = "";
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * Decodes a text file's bytes. `given` (a label such as "windows-1252", "latin1", "gbk", "utf-16le")
 * overrides the detection; the caller checks it first with encodingName.
 */
export function decodeText(bytes: Uint8Array, given?: string): DecodedText {
  if (given !== undefined) {
    const name = encodingName(given);
    if (name === undefined) throw new RangeError(`unknown encoding "${given}"`);
    return { text: decodeAs(bytes, name), encoding: name, how: "given" };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: decodeAs(bytes.subarray(3), "utf-8"), encoding: "utf-8-bom", how: "bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decodeAs(bytes.subarray(2), "utf-16le"), encoding: "utf-16le", how: "bom" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeAs(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", how: "bom" };
  }
  const utf16 = utf16Order(bytes);
  if (utf16) {
    try {
      return {
        text: new TextDecoder(utf16, { fatal: true }).decode(bytes),
        encoding: utf16,
        how: "detected",
      };
    } catch {
      // Zero bytes, but not UTF-16: the trial below decides.
    }
  }
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      how: "detected",
    };
  } catch {
    // Not UTF-8: one of the two legacy code pages Excel writes CSV in.
  }
  // A tie goes to GB18030, what this decoder read before the trial (Chinese users' GBK files).
  const latin = windows1252Score(bytes) > gb18030Score(bytes);
  const encoding: DetectedEncoding = latin ? "windows-1252" : "gb18030";
  return { text: decodeAs(bytes, encoding), encoding, how: "detected" };
}
