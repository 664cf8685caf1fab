/**
 * LibreOffice Calc as an independent formula oracle: recalculates .xlsx files in headless soffice and
 * returns the computed values, so tests can check generated formulas against a second engine.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { describeWhenInstalled, onPath } from "../support/installed";
import { ToolTimeout, runTool } from "../support/run-tool";
import { SOFFICE_TIMEOUT_MS } from "../support/tool-timeout";

export type OracleValue = number | string | boolean | null | { error: string };

export interface RecalculatedWorkbook {
  get(sheet: string, address: string): OracleValue;
  sheetNames(): string[];
}

let binaryCache: string | null | undefined;

function findBinary(): string | null {
  if (binaryCache === undefined) binaryCache = onPath("soffice", "libreoffice");
  return binaryCache;
}

export function libreOfficeAvailable(): boolean {
  return findBinary() !== null;
}

export function describeWithLibreOffice(name: string, fn: () => void): void {
  describeWhenInstalled(name, libreOfficeAvailable(), "LibreOffice (soffice)", "libreoffice-calc-nogui", fn);
}

// ---------------------------------------------------------------------------------------------
// Profiles. Two soffice runs sharing a profile fail silently, and several helpers and jest workers
// run at once: each module instance (one per test file) has its own temp folder, and each concurrent
// call its own profile in it. The folder goes when the test file ends (jest's afterAll; jest
// workers are killed without an "exit" event) or, outside jest, when the process exits.

const PREFIX = "sales-kit-oracle-";
let tempRoot: string | null = null;
const freeProfiles: string[] = [];
let profileCount = 0;

function removeRoot(): void {
  if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  tempRoot = null;
  freeProfiles.length = 0;
}

if (typeof afterAll === "function") {
  try {
    afterAll(removeRoot);
  } catch {
    // Imported inside a running test: the exit hook below still cleans up.
  }
}
process.once("exit", removeRoot);

/** Folders of earlier runs whose process is gone (killed workers) and that are over an hour old. */
function sweepStale(): void {
  const hour = 3_600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const m = /^sales-kit-oracle-w\d+-p(\d+)(-|$)/.exec(name);
    if (!m) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs < hour) continue;
      process.kill(Number(m[1]), 0); // throws when no such process exists
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ESRCH") fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function root(): string {
  if (tempRoot) return tempRoot;
  sweepStale();
  const worker = process.env.JEST_WORKER_ID ?? "0";
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}w${worker}-p${process.pid}-`));
  return tempRoot;
}

/** Forces recalculation on load for OOXML and ODF files ("0" = always). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function takeProfile(): string {
  const reused = freeProfiles.pop();
  if (reused) return reused;
  const dir = path.join(root(), `profile-${++profileCount}`);
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  return dir;
}

/**
 * One soffice run converting `inputs` (for the messages: `names`, the caller's names of them). A run
 * past SOFFICE_TIMEOUT_MS is stopped and throws, naming the files and the limit.
 */
async function runSoffice(
  profile: string,
  outDir: string,
  inputs: readonly string[],
  format: "xlsx" | "pdf",
  names: readonly string[],
): Promise<string> {
  const binary = findBinary();
  if (!binary) throw new Error("LibreOffice (soffice) is not installed");
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nologo",
    "--nodefault",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    ...inputs,
  ];
  try {
    // The exit code says little (0 even when a file failed to load): callers check the outputs.
    return await runTool(binary, args, SOFFICE_TIMEOUT_MS);
  } catch (e) {
    if (!(e instanceof ToolTimeout)) throw e;
    throw new Error(
      `LibreOffice (soffice) timed out converting ${names.join(", ")} to ${format}: stopped after ${SOFFICE_TIMEOUT_MS / 1000} s ` +
        `(set SALES_KIT_SOFFICE_TIMEOUT_MS, in milliseconds, to allow more on a loaded machine); its output so far:\n${e.log}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reading results.

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** ExcelJS turns date-formatted numbers into Date objects; the tests compare Excel serials. */
function toSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

function plain(value: unknown): OracleValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return toSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText)) return v.richText.map((p: { text: string }) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plain(v.result);
    if (typeof v.text === "string") return v.text;
  }
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

/** The values of a package that LibreOffice wrote (one of recalculatePackages' results). */
export async function readWorkbook(data: Buffer): Promise<RecalculatedWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const names = wb.worksheets.map((ws) => ws.name);
  return {
    sheetNames: () => [...names],
    get(sheet, address) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet "${sheet}" in the recalculated workbook (has: ${names.join(", ")})`);
      const cell = ws.getCell(address);
      if (cell.type === ExcelJS.ValueType.Formula) {
        // cell.result keeps 0 and false (cell.value.result drops them). LibreOffice writes a value
        // for every formula it computed; only an empty text result is saved as <v></v>, which
        // ExcelJS reads as no result at all.
        return cell.result === undefined ? "" : plain(cell.result);
      }
      return plain(cell.value);
    },
  };
}

/**
 * Recalculates all files in as few soffice runs as possible; the recalculated packages keyed by the
 * given names (for readers of the sheet XML).
 */
export async function recalculatePackages(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<Map<string, Buffer>> {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.name)) throw new Error(`recalculate: duplicate file name "${f.name}"`);
    seen.add(f.name);
  }
  const profile = takeProfile();
  const work = fs.mkdtempSync(path.join(root(), "run-"));
  try {
    const inDir = path.join(work, "in");
    const outDir = path.join(work, "out");
    fs.mkdirSync(inDir);
    fs.mkdirSync(outDir);
    // File names from callers may hold anything: soffice gets f0.xlsx, f1.xlsx, ...
    const inputs = files.map((f, i) => {
      const p = path.join(inDir, `f${i}.xlsx`);
      fs.writeFileSync(p, f.data);
      return p;
    });
    const output = (i: number) => path.join(outDir, `f${i}.xlsx`);
    let log = "";
    let missing = inputs.map((_, i) => i);
    // One retry for files that did not come out: a first run on a fresh profile occasionally drops one.
    for (let attempt = 0; attempt < 2 && missing.length; attempt++) {
      log += await runSoffice(
        profile,
        outDir,
        missing.map((i) => inputs[i]),
        "xlsx",
        missing.map((i) => files[i].name),
      );
      missing = missing.filter((i) => !fs.existsSync(output(i)));
    }
    if (missing.length) {
      throw new Error(
        `LibreOffice did not convert ${missing.map((i) => files[i].name).join(", ")}; its output:\n${log}`,
      );
    }
    return new Map(files.map((f, i) => [f.name, fs.readFileSync(output(i))]));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    freeProfiles.push(profile);
  }
}

/** Recalculates all files in as few soffice runs as possible; results keyed by the given name. */
export async function recalculate(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<Map<string, RecalculatedWorkbook>> {
  const packages = await recalculatePackages(files);
  const result = new Map<string, RecalculatedWorkbook>();
  for (const [name, data] of packages) result.set(name, await readWorkbook(data));
  return result;
}

/** Asserts a relative tolerance (default 1e-9; absolute for values near 0). */
export function expectClose(actual: OracleValue, expected: number, relTol = 1e-9): void {
  if (typeof actual !== "number" || !Number.isFinite(actual)) {
    throw new Error(`expected a number close to ${expected}, got ${JSON.stringify(actual)}`);
  }
  // Relative above 1 in magnitude, absolute below: 0 and tiny values compare sensibly.
  const tolerance = relTol * Math.max(1, Math.abs(expected));
  if (Math.abs(actual - expected) > tolerance) {
    throw new Error(
      `expected ${expected} (tolerance ${tolerance}), got ${actual} (difference ${actual - expected})`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Printing: what a workbook looks like on paper, as LibreOffice prints it to PDF (page setup, fit to
// width, page breaks, row heights), read back page by page with poppler's pdftotext.

/** Tests that print: LibreOffice and poppler's pdftotext. */
export function describeWithPrinting(name: string, fn: () => void): void {
  describeWhenInstalled(
    name,
    libreOfficeAvailable() && onPath("pdftotext") !== null,
    "LibreOffice (soffice) with pdftotext",
    "libreoffice-calc-nogui poppler-utils",
    fn,
  );
}

/** The text of each printed page of an .xlsx file, every sheet printed in order. */
export async function printedPages(data: Buffer | Uint8Array): Promise<string[]> {
  const pdftotext = onPath("pdftotext");
  if (!pdftotext) throw new Error("pdftotext (poppler-utils) is not installed");
  const profile = takeProfile();
  const work = fs.mkdtempSync(path.join(root(), "print-"));
  try {
    const input = path.join(work, "book.xlsx");
    const pdf = path.join(work, "book.pdf");
    fs.writeFileSync(input, data);
    const log = await runSoffice(profile, work, [input], "pdf", ["the workbook"]);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not print the workbook; its output:\n${log}`);
    const text = await new Promise<string>((resolve, reject) => {
      // -raw: text in the order it is drawn, cell by cell, so a cell's wrapped lines stay together.
      const child = spawn(pdftotext, ["-raw", "-enc", "UTF-8", pdf, "-"], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      const out: Buffer[] = [];
      let err = "";
      child.stdout.on("data", (d: Buffer) => out.push(d));
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new Error(`pdftotext: ${err}`)),
      );
    });
    // pdftotext ends every page with a form feed.
    return text.split("\f").slice(0, -1);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    freeProfiles.push(profile);
  }
}

/** The file LibreOffice writes when it opens `data` (an .xlsx) and saves it as `format`. */
export async function convertedByLibreOffice(
  data: Buffer | Uint8Array,
  format: "xlsx" | "pdf",
): Promise<Buffer> {
  const profile = takeProfile();
  const work = fs.mkdtempSync(path.join(root(), "convert-"));
  try {
    const input = path.join(work, "book.xlsx");
    const outDir = path.join(work, "out");
    fs.mkdirSync(outDir);
    fs.writeFileSync(input, data);
    const log = await runSoffice(profile, outDir, [input], format, ["the workbook"]);
    const output = path.join(outDir, `book.${format}`);
    if (!fs.existsSync(output))
      throw new Error(`LibreOffice did not convert the workbook; its output:\n${log}`);
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    freeProfiles.push(profile);
  }
}

/** Each file printed to PDF by LibreOffice, in one soffice run; the PDFs keyed by the given names. */
export async function printedPdfs(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<Map<string, Buffer>> {
  const profile = takeProfile();
  const work = fs.mkdtempSync(path.join(root(), "pdfs-"));
  try {
    const inDir = path.join(work, "in");
    fs.mkdirSync(inDir);
    const inputs = files.map((f, i) => {
      const p = path.join(inDir, `f${i}.xlsx`);
      fs.writeFileSync(p, f.data);
      return p;
    });
    const output = (i: number) => path.join(work, `f${i}.pdf`);
    let log = "";
    let missing = inputs.map((_, i) => i);
    for (let attempt = 0; attempt < 2 && missing.length; attempt++) {
      log += await runSoffice(
        profile,
        work,
        missing.map((i) => inputs[i]),
        "pdf",
        missing.map((i) => files[i].name),
      );
      missing = missing.filter((i) => !fs.existsSync(output(i)));
    }
    if (missing.length)
      throw new Error(`LibreOffice did not print ${missing.map((i) => files[i].name).join(", ")}:\n${log}`);
    return new Map(files.map((f, i) => [f.name, fs.readFileSync(output(i))]));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    freeProfiles.push(profile);
  }
}
