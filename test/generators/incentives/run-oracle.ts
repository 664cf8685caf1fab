/**
 * Runs incentive cases through the oracle: engine and generator, two plans per workbook (the second
 * one's sheets and names renamed apart by resolveNames, as a host does when a user generates twice),
 * the xlsx host, LibreOffice in batches (two soffice runs at a time), then a cell-by-cell comparison.
 */
import { IncentiveLayout, generateIncentiveWorkbook } from "../../../src/generators/incentives";
import type { Locale } from "../../../src/i18n";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { computePlan } from "../../../src/kpi/plan/engine";
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { DefinedNameSpec, SheetSpec } from "../../../src/workbook/spec";
import { randomPlan } from "../../kpi/plan/random-plan";
import { withRandomMechanics } from "../../kpi/plan/random-mechanics";
import { recalculate } from "../../oracle/libreoffice";
import { compareWorkbook } from "./compare";

/**
 * Plans per workbook, workbooks per soffice run, soffice runs at a time. LibreOffice's load time
 * grows faster than the number of defined names in a workbook (each plan brings about 80): the same
 * ten random plans took 13.8 s of CPU as one workbook, 10.3 s as two of five plans, 7.8 s as five of
 * two and 7.7 s as ten of one (soffice 7.4, one run each). Two per workbook keeps a renamed plan in
 * every file at the cost of one; the start-up of soffice (about 1 s) is shared by 20 files.
 */
const PLANS_PER_FILE = 2;
const FILES_PER_RUN = 20;
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

/**
 * The random plans of the oracle sweep: seeds 1..SALES_KIT_ORACLE_PLANS (300 unless set; 500 runs the
 * wider sweep), each with random mechanics from the same seed. The sweep is split over test files by
 * seed range so that jest's two workers share it; `part` of `parts` is one contiguous range.
 */
export function randomOracleCases(part: number, parts: number): OracleCase[] {
  const plans = Number(process.env.SALES_KIT_ORACLE_PLANS ?? 300);
  const first = Math.floor((plans * (part - 1)) / parts) + 1;
  const last = Math.floor((plans * part) / parts);
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    name: `seed-${first + i}`,
    model: withRandomMechanics(randomPlan(first + i), first + i),
  }));
}
