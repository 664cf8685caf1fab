/**
 * Reading an input file without trusting it: only regular files (a FIFO named x.xlsx would block for
 * ever, a link to /dev/zero never ends), the size checked before a byte is read, and the bytes of a
 * file that is not text (a picture, a zip, UTF-8 mixed with GBK) named as such instead of decoded.
 */
import fs from "fs";
import path from "path";
import { InputIssue, SchemaResult, fail, ok } from "../schemas/errors";

const MB = 1024 * 1024;

/**
 * Largest export read: 64 MB is about 300,000 CRM rows, more than the import can write in the heap
 * Node.js gives by default (src/cli/memory.ts); a 200 MB CSV ran for 38 s and 2.4 GB before failing.
 */
export const MAX_EXPORT_BYTES = 64 * MB;
/** Largest roster, config, mapping or targets file: 10,000 reps are under 2 MB. */
export const MAX_TEXT_BYTES = 16 * MB;
/** Largest workbook read (a goal workbook, a returned review). */
export const MAX_WORKBOOK_BYTES = 32 * MB;

function fileIssue(file: string, en: string, zh: string): InputIssue {
  return { file, field: "(file)", en, zh };
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

/**
 * The bytes of `file` (relative to `cwd`) when it is a regular file of at most `maxBytes`. The file is
 * opened without blocking (a FIFO opens and is then refused) and read up to the size it had when
 * checked, so a file that grows meanwhile cannot make the read run on.
 */
export function readInputBytes(cwd: string, file: string, maxBytes: number): SchemaResult<Uint8Array> {
  const full = path.resolve(cwd, file);
  let fd: number;
  try {
    fd = fs.openSync(full, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code === "ENOENT") return fail([fileIssue(file, "file not found", "找不到文件")]);
    if (code === "EISDIR") return fail([fileIssue(file, "is a folder, not a file", "是文件夹,不是文件")]);
    if (code === "EACCES" || code === "EPERM")
      return fail([fileIssue(file, "cannot be read (permission denied)", "无法读取(没有权限)")]);
    return fail([fileIssue(file, `cannot be read (${code || String(error)})`, `无法读取(${code || String(error)})`)]);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return fail([fileIssue(file, "is a folder, not a file", "是文件夹,不是文件")]);
    if (!stat.isFile()) {
      return fail([
        fileIssue(
          file,
          "is not a regular file (a device, pipe or socket); give a saved file",
          "不是普通文件(而是设备、管道或套接字);请指定已保存的文件",
        ),
      ]);
    }
    if (stat.size > maxBytes) {
      return fail([
        fileIssue(
          file,
          `is ${megabytes(stat.size)} MB; files of at most ${megabytes(maxBytes)} MB are read (split it, or export fewer rows or columns)`,
          `大小为 ${megabytes(stat.size)} MB;最多读取 ${megabytes(maxBytes)} MB 的文件(请拆分文件,或减少导出的行或列)`,
        ),
      ]);
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = fs.readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return ok(bytes.subarray(0, read));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail([fileIssue(file, `cannot be read (${code})`, `无法读取(${code})`)]);
  } finally {
    fs.closeSync(fd);
  }
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
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return { en: "an old Excel (.xls) or Word file", zh: "旧版 Excel(.xls)或 Word 文件" };
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a)) return { en: "a program", zh: "程序文件" };
  // UTF-16 text holds NULs; its BOM says so.
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return null;
  const head = bytes.subarray(0, 8192);
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) return { en: "binary data", zh: "二进制数据" };
  }
  return null;
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
  if (bytes[0] !== 0xff && bytes[0] !== 0xfe && !(bytes[0] === 0xef && bytes[1] === 0xbb) && mixesEncodings(bytes)) {
    return fileIssue(
      file,
      "mixes two encodings (some lines UTF-8, others GBK or another); save it again in one encoding (UTF-8)",
      "混用了两种编码(部分行为 UTF-8,其余为 GBK 等);请以同一种编码(UTF-8)重新保存",
    );
  }
  return null;
}
