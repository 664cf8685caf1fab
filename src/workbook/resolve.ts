/**
 * Gives every sheet, table and defined name of a spec a name that is free in the target workbook,
 * and rewrites every formula, list source and name that refers to a renamed one. Both hosts apply
 * the resolved spec, so what a user already has is never overwritten.
 */
import { freeName, freeSheetName } from "./names";
import { renameInChart } from "./chart-refs";
import { Renames, renameInFormula } from "./rename";
import {
  Block,
  CellInput,
  ColumnBlock,
  ConditionalFormatSpec,
  DefinedNameSpec,
  SheetSpec,
  WorkbookSpec,
  isFormula,
} from "./spec";

/** Names already in the target workbook. */
export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  /** Workbook-scoped defined names. */
  readonly names: readonly string[];
}

export const NO_EXISTING_NAMES: ExistingNames = { sheets: [], tables: [], names: [] };

export interface Renamed {
  readonly requested: string;
  readonly name: string;
  /** The sheet a table or sheet-scoped name belongs to (its final name); undefined for workbook scope. */
  readonly sheet?: string;
}

export interface ResolvedSpec {
  /** The spec with final names everywhere (sheet, table and name fields, formulas, activate). */
  readonly spec: WorkbookSpec;
  readonly sheets: readonly Renamed[];
  readonly tables: readonly Renamed[];
  readonly names: readonly Renamed[];
}

/** Names keep their requested form where free; clashing ones get the first free variant. */
function assign(
  requested: readonly string[],
  taken: readonly string[],
  free: (desired: string, taken: Iterable<string>) => string,
): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  const clashes = requested.map((r) => used.has(r.toLowerCase()));
  // Free requested names are reserved first, so a clashing "Goals" never takes "Goals (2)" from
  // another sheet of the same spec that asked for exactly that.
  requested.forEach((r, i) => !clashes[i] && used.add(r.toLowerCase()));
  return requested.map((r, i) => {
    if (!clashes[i]) return r;
    const name = free(r, used);
    used.add(name.toLowerCase());
    return name;
  });
}

function changes(requested: readonly string[], actual: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  requested.forEach((r, i) => r !== actual[i] && map.set(r, actual[i]));
  return map;
}

function rewriteCell(cell: CellInput, renames: Renames): CellInput {
  if (cell !== null && typeof cell === "object" && isFormula(cell)) {
    const formula = renameInFormula(cell.formula, renames);
    return formula === cell.formula ? cell : { formula };
  }
  return cell;
}

/** The lines (rows or columns) with their cells rewritten; the same array when nothing changed. */
function rewriteLines(
  lines: readonly (readonly CellInput[])[],
  renames: Renames,
): readonly (readonly CellInput[])[] {
  let changed = false;
  const out = lines.map((line) => {
    let lineChanged = false;
    const next = line.map((cell) => {
      const rewritten = rewriteCell(cell, renames);
      if (rewritten !== cell) lineChanged = true;
      return rewritten;
    });
    if (!lineChanged) return line;
    changed = true;
    return next;
  });
  return changed ? out : lines;
}

function rewriteBlocks(blocks: readonly Block[], renames: Renames): readonly Block[] {
  return blocks.map((block) => {
    const rows = rewriteLines(block.rows, renames);
    return rows === block.rows ? block : { ...block, rows };
  });
}

function rewriteColumnBlocks(blocks: readonly ColumnBlock[], renames: Renames): readonly ColumnBlock[] {
  return blocks.map((block) => {
    const columns = rewriteLines(block.columns, renames);
    return columns === block.columns ? block : { ...block, columns };
  });
}

function rewriteConditional(cf: ConditionalFormatSpec, renames: Renames): ConditionalFormatSpec {
  if (cf.type === "expression") return { ...cf, formula: renameInFormula(cf.formula, renames) };
  if (cf.type === "cellValue")
    return {
      ...cf,
      values: cf.values.map((v) => (typeof v === "string" ? renameInFormula(v, renames) : v)),
    };
  return cf;
}

function rewriteNames(
  names: readonly DefinedNameSpec[] | undefined,
  actual: readonly string[],
  renames: Renames,
): DefinedNameSpec[] | undefined {
  return names?.map((n, i) => ({ ...n, name: actual[i], refersTo: renameInFormula(n.refersTo, renames) }));
}

/** The final names for `spec` in a workbook that already holds `existing`, with references rewritten. */
export function resolveNames(spec: WorkbookSpec, existing: ExistingNames = NO_EXISTING_NAMES): ResolvedSpec {
  const requestedSheets = spec.sheets.map((s) => s.name);
  const sheetNames = assign(requestedSheets, existing.sheets, freeSheetName);
  const sheetRenames = changes(requestedSheets, sheetNames);

  // Tables and workbook-scoped names share one namespace with the existing tables and names.
  const requestedTables = spec.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
  const requestedBookNames = (spec.names ?? []).map((n) => n.name);
  const globalActual = assign(
    [...requestedTables, ...requestedBookNames],
    [...existing.tables, ...existing.names],
    freeName,
  );
  const tableNames = globalActual.slice(0, requestedTables.length);
  const bookNames = globalActual.slice(requestedTables.length);
  const globalRenames = changes([...requestedTables, ...requestedBookNames], globalActual);
  const allTables = [...existing.tables, ...tableNames];

  const bookScope: Renames = { sheets: sheetRenames, names: globalRenames };
  const resultTables: Renamed[] = [];
  const resultNames: Renamed[] = [];
  let tableIndex = 0;

  const sheets: SheetSpec[] = spec.sheets.map((sheet, i) => {
    const finalSheet = sheetNames[i];
    // A sheet-scoped name may repeat a workbook name (it shadows it there) but not a table name.
    const requestedLocal = (sheet.names ?? []).map((n) => n.name);
    const localActual = assign(requestedLocal, allTables, freeName);
    const localNames = new Map(globalRenames);
    requestedLocal.forEach((r, k) => {
      // On this sheet the local name wins over a workbook name spelt the same.
      for (const key of [...localNames.keys()])
        if (key.toLowerCase() === r.toLowerCase()) localNames.delete(key);
      if (r !== localActual[k]) localNames.set(r, localActual[k]);
    });
    const sheetScope: Renames = { sheets: sheetRenames, names: localNames };
    const tables = (sheet.tables ?? []).map((t) => {
      const name = tableNames[tableIndex++];
      resultTables.push({ requested: t.name, name, sheet: finalSheet });
      return name === t.name ? t : { ...t, name };
    });
    requestedLocal.forEach((r, k) =>
      resultNames.push({ requested: r, name: localActual[k], sheet: finalSheet }),
    );
    const nothingToRewrite = sheetRenames.size === 0 && localNames.size === 0;
    if (nothingToRewrite && finalSheet === sheet.name && localActual.every((n, k) => n === requestedLocal[k]))
      return tables === sheet.tables || !sheet.tables ? sheet : { ...sheet, tables };
    return {
      ...sheet,
      name: finalSheet,
      blocks: nothingToRewrite ? sheet.blocks : rewriteBlocks(sheet.blocks, sheetScope),
      ...(sheet.columnBlocks && !nothingToRewrite
        ? { columnBlocks: rewriteColumnBlocks(sheet.columnBlocks, sheetScope) }
        : {}),
      validations: sheet.validations?.map((v) =>
        v.rule.type === "listSource"
          ? { ...v, rule: { ...v.rule, source: renameInFormula(v.rule.source, sheetScope) } }
          : v,
      ),
      conditionalFormats: sheet.conditionalFormats?.map((cf) => rewriteConditional(cf, sheetScope)),
      tables: sheet.tables ? tables : undefined,
      charts: sheet.charts?.map((chart) => renameInChart(chart, sheetScope)),
      names: rewriteNames(sheet.names, localActual, sheetScope),
    };
  });
  requestedBookNames.forEach((r, k) => resultNames.push({ requested: r, name: bookNames[k] }));

  const activateIndex =
    spec.activate === undefined
      ? -1
      : requestedSheets.findIndex((s) => s.toLowerCase() === spec.activate!.toLowerCase());
  const resolved: WorkbookSpec = {
    ...spec,
    sheets,
    names: rewriteNames(spec.names, bookNames, bookScope),
    activate: activateIndex >= 0 ? sheetNames[activateIndex] : spec.activate,
  };
  if (resolved.names === undefined) delete (resolved as { names?: unknown }).names;
  if (resolved.activate === undefined) delete (resolved as { activate?: unknown }).activate;
  return {
    spec: resolved,
    sheets: requestedSheets.map((r, i) => ({ requested: r, name: sheetNames[i] })),
    tables: resultTables,
    names: resultNames,
  };
}
