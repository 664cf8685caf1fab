/**
 * Reading an input file without trusting it: only regular files (a FIFO named x.xlsx would block for
 * ever, a link to /dev/zero never ends), the size checked before a byte is read, and the bytes of a
 * file that is not text (a picture, a zip, UTF-8 mixed with GBK) named as such instead of decoded.
 */
import fs from "fs";
import path from "path";
import { InputIssue, SchemaResult, fail, ok } from "../schemas/errors";
export { checkText } from "../schemas/text-input";

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
    if (code === "EISDIR") return fail([fileIssue(file, "is a folder, not a file", "是文件夹，不是文件")]);
    if (code === "EACCES" || code === "EPERM")
      return fail([fileIssue(file, "cannot be read (permission denied)", "无法读取（没有权限）")]);
    return fail([
      fileIssue(file, `cannot be read (${code || String(error)})`, `无法读取（${code || String(error)}）`),
    ]);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return fail([fileIssue(file, "is a folder, not a file", "是文件夹，不是文件")]);
    if (!stat.isFile()) {
      return fail([
        fileIssue(
          file,
          "is not a regular file (a device, pipe or socket); give a saved file",
          "不是普通文件（而是设备、管道或套接字）；请指定已保存的文件",
        ),
      ]);
    }
    if (stat.size > maxBytes) {
      return fail([
        fileIssue(
          file,
          `is ${megabytes(stat.size)} MB; files of at most ${megabytes(maxBytes)} MB are read (split it, or export fewer rows or columns)`,
          `大小为 ${megabytes(stat.size)} MB；最多读取 ${megabytes(maxBytes)} MB 的文件（请拆分文件，或减少导出的行或列）`,
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
    return fail([fileIssue(file, `cannot be read (${code})`, `无法读取（${code}）`)]);
  } finally {
    fs.closeSync(fd);
  }
}
