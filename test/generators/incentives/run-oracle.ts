/**
 * Runs incentive cases through the oracle: engine and generator, several plans per workbook (their
 * sheets and names renamed apart by resolveNames, as a host does when a user generates twice), the
 * xlsx host, LibreOffice in batches (two soffice runs at a time), then a cell-by-cell comparison.
 * soffice costs about the same per file whatever its size, so plans share workbooks.
 */
import { IncentiveLayout, generateIncentiveWorkbook } from "../../../src/generators/incentives";
import type { Locale } from "../../../src/i18n";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { DefinedNameSpec, SheetSpec } from "../../../src/workbook/spec";
import { recalculate } from "../../oracle/libreoffice";
import { compareWorkbook } from "./compare";

/** Plans per workbook, workbooks per soffice run, soffice runs at a time. */
const PLANS_PER_FILE = 10;
const FILES_PER_RUN = 10;
const PARALLEL = 2;

export interface OracleCase {
  readonly name: string;
  readonly model: PlanModel;
  readonly locale?: Locale;
}

interface Placed extends OracleCase {
  readonly result: ReturnType<typeof computePlan>;
  readonly layout: IncentiveLayout;
}

/** One workbook holding several plans; each plan's layout carries its final sheet names. */
async function combine(cases: readonly OracleCase[]): Promise<{ data: Buffer; placed: Placed[] }> {
  const sheets: SheetSpec[] = [];
  const names: DefinedNameSpec[] = [];
  const placed: Placed[] = [];
  for (const c of cases) {
    const existing = { sheets: sheets.map((s) => s.name), tables: [], names: names.map((n) => n.name) };
    const { spec, layout } = generateIncentiveWorkbook(c.model, { locale: c.locale, existing });
    sheets.push(...spec.sheets);
    names.push(...(spec.names ?? []));
    placed.push({ ...c, result: computePlan(c.model), layout });
  }
  return { data: await writeXlsx({ sheets, names }), placed };
}

/** Writes, recalculates and compares cases; returns all mismatches and the number of cells compared. */
export async function runOracle(
  cases: readonly OracleCase[],
): Promise<{ mismatches: string[]; cells: number }> {
  const groups: OracleCase[][] = [];
  for (let i = 0; i < cases.length; i += PLANS_PER_FILE) groups.push(cases.slice(i, i + PLANS_PER_FILE));
  const runs: OracleCase[][][] = [];
  for (let i = 0; i < groups.length; i += FILES_PER_RUN) runs.push(groups.slice(i, i + FILES_PER_RUN));
  const mismatches: string[] = [];
  let cells = 0;
  let next = 0;
  // Each worker writes its files, then waits on soffice while the other worker writes or compares.
  const worker = async () => {
    while (next < runs.length) {
      const run = runs[next++];
      const files = [];
      for (const group of run) files.push(await combine(group));
      const books = await recalculate(files.map((f, i) => ({ name: `file-${i}`, data: f.data })));
      files.forEach((f, i) => {
        const book = books.get(`file-${i}`)!;
        for (const c of f.placed) {
          const out = compareWorkbook(c.name, c.model, c.result, c.layout, book, c.locale);
          mismatches.push(...out.mismatches);
          cells += out.cells;
        }
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { mismatches, cells };
}
