/**
 * Where the CLI may write. Every --out is checked before anything is made: a name too long for the
 * file system, a path under a file, a symbolic link (dangling or not), a folder where a file goes or
 * the reverse, and the kernel's own folders (/proc, /sys, /dev: creating a folder there can loop for
 * ever). Each gets its own message instead of an error code thrown from the middle of a write.
 */
import fs from "fs";
import path from "path";
import type { InputIssue } from "../schemas/errors";

/** Bytes a file name may hold on Linux, macOS and Windows file systems. */
export const MAX_NAME_BYTES = 255;

// statfs f_type of the pseudo file systems: proc, sysfs, devpts, devtmpfs/tmpfs are fine but /dev is not.
const PSEUDO_FS = new Set([0x9fa0, 0x62656572, 0x1cd1, 0x64626720, 0x73636673, 0x27e0eb, 0x63677270]);

function issue(file: string, en: string, zh: string): InputIssue {
  return { file, field: "(file)", en, zh };
}

function lstat(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

/** True when `dir` (which exists) lies on a kernel pseudo file system such as /proc or /sys. */
function onPseudoFs(dir: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    real = dir;
  }
  if (/^\/(proc|sys|dev)(\/|$)/.test(real)) return true;
  try {
    return PSEUDO_FS.has(Number(fs.statfsSync(real).type));
  } catch {
    return false;
  }
}

/**
 * The problem with writing `target` (a file, or a folder when `kind` is "folder"), or null when it
 * may be written. `shownAs` is how messages name it (the --out the user typed). An existing target
 * is allowed only with `overwrite` (a folder's files are checked one by one by the caller).
 */
export function outputProblem(
  target: string,
  shownAs: string,
  kind: "file" | "folder",
  overwrite: boolean,
): InputIssue | null {
  const absolute = path.resolve(target);
  for (const part of absolute.split(path.sep)) {
    const bytes = Buffer.byteLength(part, "utf8");
    if (bytes > MAX_NAME_BYTES) {
      return issue(
        shownAs,
        `a name in this path is ${bytes} bytes long in UTF-8; file systems allow ${MAX_NAME_BYTES} (about 85 Chinese characters): choose a shorter name`,
        `路径中有一个名称按 UTF-8 计为 ${bytes} 字节，文件系统最多允许 ${MAX_NAME_BYTES} 字节（约 85 个汉字）：请换一个较短的名称`,
      );
    }
  }
  const own = lstat(absolute);
  if (own?.isSymbolicLink()) {
    return issue(
      shownAs,
      "is a symbolic link; Sales Kit does not write through links: name the real file or folder",
      "是符号链接；Sales Kit 不会通过链接写入：请指定实际的文件或文件夹",
    );
  }
  if (own && kind === "file" && own.isDirectory()) {
    return issue(
      shownAs,
      "is a folder; name a file (.xlsx) to write",
      "是文件夹；请指定要写入的文件（.xlsx）",
    );
  }
  if (own && kind === "folder" && !own.isDirectory()) {
    return issue(
      shownAs,
      "already exists and is not a folder; name a folder for the workbooks",
      "已存在且不是文件夹；请为工作簿指定一个文件夹",
    );
  }
  if (own && kind === "file" && !own.isFile()) {
    return issue(
      shownAs,
      "is not a regular file (a device, pipe or socket)",
      "不是普通文件（而是设备、管道或套接字）",
    );
  }
  if (own && kind === "file" && !overwrite) {
    return issue(
      shownAs,
      "already exists; choose another --out or add --force to replace it",
      "文件已存在；请换一个 --out，或加 --force 覆盖",
    );
  }
  // The nearest existing folder above: it must be a folder, and a real one.
  let above = path.dirname(absolute);
  for (;;) {
    const stat = lstat(above);
    if (stat) {
      let isDir = stat.isDirectory();
      if (stat.isSymbolicLink()) {
        try {
          isDir = fs.statSync(above).isDirectory();
        } catch {
          return issue(shownAs, `${above} is a broken symbolic link`, `${above} 是失效的符号链接`);
        }
      }
      if (!isDir) {
        return issue(
          shownAs,
          `${above} is a file, so nothing can be created under it`,
          `${above} 是文件，不能在其下创建任何内容`,
        );
      }
      break;
    }
    const up = path.dirname(above);
    if (up === above) break;
    above = up;
  }
  if (onPseudoFs(own?.isDirectory() ? absolute : above)) {
    return issue(
      shownAs,
      "is inside a system folder (/proc, /sys or /dev), where workbooks cannot be kept",
      "位于系统文件夹（/proc、/sys 或 /dev）中，无法在此保存工作簿",
    );
  }
  return null;
}
