/**
 * Whether bytes given as a text input (a roster, a config, a CSV export) are text: a picture, a zip or
 * a file mixing UTF-8 with GBK is named as such rather than decoded into garbage and echoed. Shared
 * by the CLI and the pane's file inputs.
 */
import type { InputIssue } from "./errors";

function fileIssue(file: string, en: string, zh: string): InputIssue {
  return { file, field: "(file)", en, zh };
}

/** What a file that is not text looks like, from its first bytes; null when it may be text. */
export function binaryKind(bytes: Uint8Array): { en: string; zh: string } | null {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return { en: "a PNG image", zh: "PNG 图片" };
  if (starts(0xff, 0xd8, 0xff)) return { en: "a JPEG image", zh: "JPEG 图片" };
  if (starts(0x47, 0x49, 0x46, 0x38)) return { en: "a GIF image", zh: "GIF 图片" };
  if (starts(0x25, 0x50, 0x44, 0x46)) return { en: "a PDF document", zh: "PDF 文档" };
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return { en: "a zip file (an .xlsx workbook?)", zh: "zip 压缩文件(.xlsx 工作簿?)" };
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return { en: "an old Excel (.xls) or Word file", zh: "旧版 Excel(.xls)或 Word 文件" };
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a)) return { en: "a program", zh: "程序文件" };
  // UTF-16 text holds NULs; its BOM says so.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return null;
  const head = bytes.subarray(0, 8192 & ~1);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2) oddZeros++;
      else evenZeros++;
    }
  }
  if (evenZeros + oddZeros === 0) return null;
  // UTF-16 without a BOM: its ASCII characters put a zero in every other byte, all on one side.
  const pairs = head.length / 2;
  if ((oddZeros > pairs * 0.3 && evenZeros === 0) || (evenZeros > pairs * 0.3 && oddZeros === 0)) return null;
  return { en: "binary data", zh: "二进制数据" };
}

/**
 * True when some lines are UTF-8 (with characters beyond ASCII) and others are not: a file edited
 * in two programs, where any single decoding garbles part of it.
 */
export function mixesEncodings(bytes: Uint8Array): boolean {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let utf8 = false;
  let other = false;
  let start = 0;
  for (let i = 0; i <= bytes.length && !(utf8 && other); i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    if (!line.some((b) => b >= 0x80)) continue;
    try {
      strict.decode(line);
      utf8 = true;
    } catch {
      other = true;
    }
  }
  return utf8 && other;
}

/** Refuses bytes that are not text, naming what they look like. */
export function checkText(bytes: Uint8Array, file: string): InputIssue | null {
  const kind = binaryKind(bytes);
  if (kind) {
    return fileIssue(
      file,
      `is not a text file (it looks like ${kind.en}); give a CSV, JSON or YAML file`,
      `不是文本文件(看起来是${kind.zh});请指定 CSV、JSON 或 YAML 文件`,
    );
  }
  if (
    bytes[0] !== 0xff &&
    bytes[0] !== 0xfe &&
    !(bytes[0] === 0xef && bytes[1] === 0xbb) &&
    mixesEncodings(bytes)
  ) {
    return fileIssue(
      file,
      "mixes two encodings (some lines UTF-8, others GBK or another); save it again in one encoding (UTF-8)",
      "混用了两种编码(部分行为 UTF-8,其余为 GBK 等);请以同一种编码(UTF-8)重新保存",
    );
  }
  return null;
}
