/**
 * Whether bytes given as a text input (a roster, a config, a CSV export) are text: a picture, a zip or
 * a file mixing UTF-8 with GBK is named as such rather than decoded into garbage and echoed. Shared
 * by the CLI and the pane's file inputs.
 */
import type { InputIssue } from "./errors";
import { binaryKind } from "../workbook/file-kind";

export { binaryKind };

function fileIssue(file: string, en: string, zh: string): InputIssue {
  return { file, field: "(file)", en, zh };
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
      `不是文本文件（看起来是${kind.zh}）；请指定 CSV、JSON 或 YAML 文件`,
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
      "混用了两种编码（部分行为 UTF-8，其余为 GBK 等）；请以同一种编码（UTF-8）重新保存",
    );
  }
  return null;
}

/**
 * Refuses bytes that are neither text nor an .xlsx workbook (a zip), naming what they look like: for
 * inputs that take a CSV or a workbook, such as a roster.
 */
export function checkTableFile(bytes: Uint8Array, file: string): InputIssue | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fileIssue(
      file,
      "is an old Excel (.xls) or Word file, which cannot be read; save it as .xlsx or CSV",
      "是旧版 Excel(.xls)或 Word 文件,无法读取;请另存为 .xlsx 或 CSV",
    );
  }
  const kind = binaryKind(bytes);
  if (kind) {
    return fileIssue(
      file,
      `is ${kind.en}, not a CSV or .xlsx file; give the roster as CSV or .xlsx`,
      `是${kind.zh}，不是 CSV 或 .xlsx 文件；请提供 CSV 或 .xlsx 格式的名单`,
    );
  }
  return checkText(bytes, file);
}
