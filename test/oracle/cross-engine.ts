/**
 * Recalculates generated workbooks in LibreOffice and in Gnumeric and compares every formula cell:
 * numbers within a relative 1e-9, text, booleans and errors exactly, "" apart from a blank. Neither
 * engine is Excel; a difference means a formula form that some engine (and often Excel) reads
 * differently, to be replaced by a form that computes alike everywhere.
 */
import { recalculateInGnumeric } from "./gnumeric";
import { recalculatePackages } from "./libreoffice";
import { XmlValue, readXmlWorkbook } from "./sheet-xml";

export interface EngineDifference {
  readonly file: string;
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly libreOffice: XmlValue;
  readonly gnumeric: XmlValue;
}

export interface CrossEngineResult {
  /** Formula cells compared per file. */
  readonly cells: Map<string, number>;
  readonly differences: EngineDifference[];
}

const REL_TOL = 1e-9;

export function sameValue(a: XmlValue, b: XmlValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
    return Math.abs(a - b) <= REL_TOL * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") return a.error === b.error;
  return a === b;
}

/** The shown form of a value in a report: "" and blank kept apart. */
export function showValue(v: XmlValue): string {
  if (v === null) return "(blank)";
  if (typeof v === "object") return v.error;
  return JSON.stringify(v);
}

/** Compares the formula cells of `source` (the file as generated) in both engines' outputs. */
export function compareEngineOutputs(
  file: string,
  source: Uint8Array,
  libreOffice: Uint8Array,
  gnumeric: Uint8Array,
): { cells: number; differences: EngineDifference[] } {
  const generated = readXmlWorkbook(source);
  const lo = readXmlWorkbook(libreOffice);
  const gn = readXmlWorkbook(gnumeric);
  const differences: EngineDifference[] = [];
  let cells = 0;
  for (const [sheet, sourceCells] of generated.sheets) {
    const loSheet = lo.sheets.get(sheet);
    const gnSheet = gn.sheets.get(sheet);
    if (!loSheet || !gnSheet) throw new Error(`${file}: sheet "${sheet}" is missing from an engine's output`);
    for (const [address, cell] of sourceCells) {
      if (cell.formula === null) continue;
      cells++;
      const a = loSheet.get(address)?.value ?? null;
      const b = gnSheet.get(address)?.value ?? null;
      if (!sameValue(a, b))
        differences.push({ file, sheet, address, formula: cell.formula, libreOffice: a, gnumeric: b });
    }
  }
  return { cells, differences };
}

/** Both engines over all files (LibreOffice in one soffice run, Gnumeric beside it). */
export async function crossCheck(
  files: readonly { name: string; data: Buffer | Uint8Array }[],
): Promise<CrossEngineResult> {
  const [lo, gn] = await Promise.all([recalculatePackages(files), recalculateInGnumeric(files)]);
  const cells = new Map<string, number>();
  const differences: EngineDifference[] = [];
  for (const f of files) {
    const r = compareEngineOutputs(f.name, f.data, lo.get(f.name)!, gn.get(f.name)!);
    cells.set(f.name, r.cells);
    differences.push(...r.differences);
  }
  return { cells, differences };
}

/** One line per difference, for a failing test's message. */
export function describeDifferences(differences: readonly EngineDifference[], max = 40): string {
  const lines = differences
    .slice(0, max)
    .map(
      (d) =>
        `${d.file} '${d.sheet}'!${d.address}: LibreOffice ${showValue(d.libreOffice)}, Gnumeric ${showValue(d.gnumeric)}  =${d.formula.slice(0, 200)}`,
    );
  if (differences.length > max) lines.push(`... ${differences.length - max} more`);
  return lines.join("\n");
}
