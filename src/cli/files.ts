/**
 * File input and output for the CLI: text in UTF-8, UTF-16 or GBK/GB18030 (Excel's "CSV" on Chinese
 * Windows), JSON or YAML configs with the line of a syntax error, and writes that never leave a
 * half-written file or replace one without --force.
 */
import crypto from "crypto";
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { decodeText as decodeBytes } from "../hosts/xlsx/text-encoding";
import { InputIssue, SchemaResult, fail, ok } from "../schemas/errors";
import { MAX_TEXT_BYTES, checkText, readInputBytes } from "./input-file";
import { outputProblem } from "./output-path";

/** Decodes bytes as CRM exports are decoded (BOM, UTF-16, UTF-8, GB18030 or Windows-1252, from the bytes). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

function fileIssue(file: string, en: string, zh: string, row?: number): InputIssue {
  return { file, ...(row !== undefined ? { row } : {}), field: "(file)", en, zh };
}

/** A text input (roster, config, mapping, targets): a regular file, capped, and text. */
export function readTextFile(cwd: string, file: string, maxBytes = MAX_TEXT_BYTES): SchemaResult<string> {
  const bytes = readInputBytes(cwd, file, maxBytes);
  if (!bytes.ok) return bytes;
  const notText = checkText(bytes.value, file);
  return notText ? fail([notText]) : ok(decodeText(bytes.value));
}

/**
 * Parses a .json, .yaml or .yml config; syntax errors name the line. JSON goes through the YAML
 * parser too (YAML 1.2 reads JSON), because Node's JSON errors do not always say where they are.
 */
export function parseConfigText(text: string, file: string): SchemaResult<unknown> {
  const json = /\.json$/i.test(file);
  try {
    return ok(YAML.parse(text, { prettyErrors: true, uniqueKeys: true }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = error instanceof YAML.YAMLError && error.linePos ? error.linePos[0].line : undefined;
    const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return fail([
      {
        file,
        ...(line !== undefined ? { row: line } : {}),
        field: json ? "JSON" : "YAML",
        en: `syntax error: ${first}`,
        zh: `语法错误：${first}`,
      },
    ]);
  }
}

export function readConfigFile(cwd: string, file: string): SchemaResult<unknown> {
  const text = readTextFile(cwd, file);
  return text.ok ? parseConfigText(text.value, file) : text;
}

/** The start of a name, at most 100 bytes in UTF-8: a temporary name must fit where the target's fits. */
function shortStem(name: string): string {
  let stem = name;
  while (Buffer.byteLength(stem, "utf8") > 100) stem = [...stem].slice(0, -1).join("");
  return stem;
}

/**
 * A temporary name beside `target`, created exclusively (O_EXCL, O_NOFOLLOW): a name someone
 * guessed and placed a link on is refused, never written through, and the random part makes
 * guessing futile anyway.
 */
function openTemp(dir: string, base: string): { file: string; fd: number } {
  for (;;) {
    const file = path.join(dir, `.${shortStem(base)}.${crypto.randomBytes(8).toString("hex")}.tmp`);
    try {
      const flags =
        fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0);
      return { file, fd: fs.openSync(file, flags, 0o644) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done);
}

function cannotWrite(file: string, error: unknown): InputIssue {
  const code =
    (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return fileIssue(
    file,
    `cannot write the file (${code}); nothing was written`,
    `无法写入文件（${code}）；未写入任何内容`,
  );
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a failure never
 * leaves a half-written workbook; an existing file is kept unless `overwrite`. The path is checked
 * first (outputProblem), so a bad --out is reported before anything is made.
 */
export function writeOutputFile(
  cwd: string,
  file: string,
  data: Uint8Array,
  overwrite: boolean,
): SchemaResult<string> {
  const target = path.resolve(cwd, file);
  const problem = outputProblem(target, file, "file", overwrite);
  if (problem) return fail([problem]);
  let temp: string | undefined;
  try {
    const opened = openTemp(path.dirname(target), path.basename(target));
    temp = opened.file;
    try {
      writeAll(opened.fd, data);
    } finally {
      fs.closeSync(opened.fd);
    }
    fs.renameSync(temp, target);
    return ok(target);
  } catch (error) {
    if (temp) fs.rmSync(temp, { force: true });
    return fail([cannotWrite(file, error)]);
  }
}

/** Where streamed bytes go: each write is awaited before more are made. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/** Bytes gathered before each write to the file: fflate hands over pieces as small as a part's header. */
const WRITE_BATCH = 1 << 20;

/** Writes to a file descriptor in batches; remembers the error that stopped it, so it can be told from others. */
class FileSink implements ByteSink {
  private batch: Uint8Array[] = [];
  private size = 0;
  failure: unknown = undefined;

  constructor(private readonly fd: number) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    this.batch.push(chunk);
    this.size += chunk.length;
    if (this.size >= WRITE_BATCH) await this.flush();
  }

  /**
   * Asynchronous writes, not writeSync: the event loop turns between batches, so an interrupt
   * (Ctrl+C) is handled while a large file is written and its temporary file removed.
   */
  async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const data = Buffer.concat(this.batch, this.size);
    this.batch = [];
    this.size = 0;
    try {
      let done = 0;
      while (done < data.length) done += await writeAsync(this.fd, data, done);
    } catch (error) {
      this.failure = error;
      throw error;
    }
  }
}

function writeAsync(fd: number, data: Buffer, from: number): Promise<number> {
  return new Promise((resolve, reject) =>
    fs.write(fd, data, from, data.length - from, null, (error, written) =>
      error ? reject(error) : resolve(written),
    ),
  );
}

const INTERRUPTS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While `temp` is being written, an interrupt removes it and then ends the process as the signal
 * would have (Node's own handling is restored and the signal raised again). Returns the undo.
 */
function removeOnInterrupt(temp: string): () => void {
  const handlers = INTERRUPTS.map((signal) => {
    const handler = () => {
      fs.rmSync(temp, { force: true });
      undo();
      process.kill(process.pid, signal);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const undo = () => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
  return undo;
}

/**
 * writeOutputFile for bytes made as they are written (a large workbook): `produce` hands them to the
 * sink, which writes them to a temporary file beside the target; only when all are written is it
 * renamed into place. The path is checked before anything is made; a write that fails part way (a
 * full disk, a file size limit) or an interrupt leaves no temporary file and any existing target as
 * it was, and is reported naming the file. Errors of `produce` itself are passed on, after the same
 * clean-up.
 */
export async function writeOutputStream(
  cwd: string,
  file: string,
  overwrite: boolean,
  produce: (sink: ByteSink) => Promise<void>,
): Promise<SchemaResult<string>> {
  const target = path.resolve(cwd, file);
  const problem = outputProblem(target, file, "file", overwrite);
  if (problem) return fail([problem]);
  let opened: { file: string; fd: number };
  try {
    opened = openTemp(path.dirname(target), path.basename(target));
  } catch (error) {
    return fail([cannotWrite(file, error)]);
  }
  const sink = new FileSink(opened.fd);
  const undoInterrupt = removeOnInterrupt(opened.file);
  let open = true;
  let renamed = false;
  try {
    try {
      await produce(sink);
    } catch (error) {
      if (error !== sink.failure) throw error;
      return fail([cannotWrite(file, error)]);
    }
    try {
      await sink.flush();
      open = false;
      fs.closeSync(opened.fd);
      fs.renameSync(opened.file, target);
      renamed = true;
    } catch (error) {
      return fail([cannotWrite(file, error)]);
    }
    return ok(target);
  } finally {
    undoInterrupt();
    if (open) {
      try {
        fs.closeSync(opened.fd);
      } catch {
        // Already closed underneath: the temporary file is removed all the same.
      }
    }
    if (!renamed) fs.rmSync(opened.file, { force: true });
  }
}

/** One file of a folder: its name in the folder and how to make its bytes. */
export interface FolderFile {
  readonly name: string;
  readonly make: () => Promise<Uint8Array> | Uint8Array;
}

/**
 * Writes `files` into the folder `dir` all or nothing: they are made one by one into a temporary
 * folder created (exclusively, with a random name) beside `dir`, and only when every one is made are
 * they moved in. A failure while making them, say the 600th workbook, leaves `dir` as it was. Files
 * that exist in `dir` are replaced only with `overwrite`; the replaced ones are kept aside until the
 * move succeeds, and put back if it does not. Resolves to the paths written.
 */
export async function writeOutputFolder(
  cwd: string,
  dir: string,
  files: readonly FolderFile[],
  overwrite: boolean,
): Promise<SchemaResult<string[]>> {
  const target = path.resolve(cwd, dir);
  const problem = outputProblem(target, dir, "folder", overwrite);
  if (problem) return fail([problem]);
  for (const f of files) {
    const p = outputProblem(
      path.join(target, f.name),
      displayPath(cwd, path.join(target, f.name)),
      "file",
      overwrite,
    );
    if (p) return fail([p]);
  }
  const parent = path.dirname(target);
  let staging: string;
  try {
    fs.mkdirSync(parent, { recursive: true });
    staging = fs.mkdtempSync(path.join(parent, `.${shortStem(path.basename(target))}.`));
  } catch (error) {
    return fail([cannotWrite(dir, error)]);
  }
  const removeStaging = () => fs.rmSync(staging, { recursive: true, force: true });
  try {
    for (const f of files) {
      // A name may lead into a subfolder of the output folder (the manager's copies of reviews).
      fs.mkdirSync(path.dirname(path.join(staging, f.name)), { recursive: true });
      const fd = fs.openSync(
        path.join(staging, f.name),
        fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0),
        0o644,
      );
      try {
        writeAll(fd, await f.make());
      } finally {
        fs.closeSync(fd);
      }
    }
  } catch (error) {
    removeStaging();
    throw error;
  }
  // A new folder: the staging folder becomes it in one rename.
  if (!fs.existsSync(target)) {
    try {
      fs.renameSync(staging, target);
      fs.chmodSync(target, 0o755 & ~process.umask());
      return ok(files.map((f) => path.join(target, f.name)));
    } catch (error) {
      removeStaging();
      return fail([cannotWrite(dir, error)]);
    }
  }
  // An existing folder: move the files in one by one, keeping what they replace until all are in.
  const aside = path.join(staging, ".replaced");
  const moved: string[] = [];
  const replaced: string[] = [];
  try {
    fs.mkdirSync(aside);
    for (const f of files) {
      const dest = path.join(target, f.name);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      if (fs.existsSync(dest)) {
        fs.mkdirSync(path.dirname(path.join(aside, f.name)), { recursive: true });
        fs.renameSync(dest, path.join(aside, f.name));
        replaced.push(f.name);
      }
      fs.renameSync(path.join(staging, f.name), dest);
      moved.push(f.name);
    }
  } catch (error) {
    for (const name of moved) fs.rmSync(path.join(target, name), { force: true });
    for (const name of replaced) fs.renameSync(path.join(aside, name), path.join(target, name));
    removeStaging();
    return fail([cannotWrite(dir, error)]);
  }
  removeStaging();
  return ok(files.map((f) => path.join(target, f.name)));
}

/** A written file as the user should see it: relative to where they are, unless that climbs out. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
