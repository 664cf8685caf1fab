/**
 * Goal sheet at scale: 1,000 reps x 12 months x 3 metrics (3,000 goal rows) from input to .xlsx.
 * Prints the time of each stage (validate, generate the WorkbookSpec, write with ExcelJS), the cells
 * and formulas written, the file size and peak memory, all measured in this one run.
 */
import { generateGoalWorkbook } from "../src/generators/goals";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { validateGoalInput } from "../src/schemas/goals";
import type { Rep } from "../src/schemas/roster";
import { isFormula } from "../src/workbook/spec";

const REPS = 1000;
const TEAMS = 20;

function input(): { roster: Rep[]; config: Record<string, unknown> } {
  const roster: Rep[] = [];
  const baselines: Record<string, Record<string, number>> = {};
  const actuals: Record<string, Record<string, (number | null)[]>> = {};
  for (let i = 0; i < REPS; i++) {
    const name = `Rep ${String(i + 1).padStart(4, "0")}`;
    // Every tenth rep joins during the year, so ramp and proration formulas are exercised.
    const hireDate = i % 10 === 0 ? 46388 + ((i * 7) % 300) : i % 3 === 0 ? null : 44000 + i;
    roster.push({
      name,
      role: "AE",
      team: `Team ${(i % TEAMS) + 1}`,
      manager: `Manager ${(i % 7) + 1}`,
      hireDate,
    });
    baselines[name] = {
      revenue: 800_000 + i * 500,
      newCustomers: 40 + (i % 20),
      conversionRate: 0.1 + (i % 10) / 100,
    };
    const month = (v: number) =>
      Array.from({ length: 12 }, (_, j) => (j < 5 ? v * (0.8 + ((i + j) % 5) / 10) : null));
    actuals[name] = { revenue: month(70_000), newCustomers: month(4), conversionRate: month(0.12) };
  }
  return {
    roster,
    config: {
      period: 2027,
      asOf: "2027-05-20",
      metrics: [
        { id: "revenue", weight: 0.5, cap: 1.5, target: 900_000 },
        { id: "newCustomers", weight: 0.3, target: 48 },
        { id: "conversionRate", weight: 0.2, gate: 0.8, target: 0.12 },
      ],
      growth: 0.15,
      baselines,
      actuals,
      split: [6, 6, 8, 8, 8, 9, 8, 8, 9, 9, 10, 11],
      holidays: ["2027-01-01", "2027-02-08", "2027-02-09", "2027-02-10", "2027-05-03", "2027-10-01"],
      history: Array.from({ length: TEAMS }, (_, t) => ({
        team: `Team ${t + 1}`,
        metric: "revenue",
        values: [40e6, 42e6 + t * 1e5, 45e6, 47e6],
      })),
    },
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const baseRss = process.memoryUsage().rss;

  const t0 = performance.now();
  const { roster, config } = input();
  const t1 = performance.now();
  const plan = validateGoalInput(roster, config);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues.slice(0, 3)));
  const t2 = performance.now();
  const spec = generateGoalWorkbook(plan.value);
  const t3 = performance.now();
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const buffer = await writeXlsx(spec);
  const t4 = performance.now();
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

  let cells = 0;
  let formulas = 0;
  for (const sheet of spec.sheets) {
    for (const block of sheet.blocks) {
      for (const row of block.rows) {
        for (const cell of row) {
          if (cell === null) continue;
          cells++;
          if (isFormula(cell)) formulas++;
        }
      }
    }
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const total = t4 - t1;
  console.log(
    `goal sheet: ${REPS} reps x 12 months x 3 metrics = ${REPS * 3} goal rows, ${spec.sheets.length} sheets`,
  );
  console.log(
    `cells ${cells.toLocaleString("en-US")}, formulas ${formulas.toLocaleString("en-US")}, file ${mb(buffer.length)}`,
  );
  console.log(`build input       ${(t1 - t0).toFixed(0).padStart(7)} ms`);
  console.log(`validate (zod)    ${(t2 - t1).toFixed(0).padStart(7)} ms`);
  console.log(`generate spec     ${(t3 - t2).toFixed(0).padStart(7)} ms`);
  console.log(`write .xlsx       ${(t4 - t3).toFixed(0).padStart(7)} ms`);
  console.log(
    `total (no input)  ${total.toFixed(0).padStart(7)} ms  = ${((total / REPS) * 1000).toFixed(0)} us per rep`,
  );
  console.log(`ratio write / generate: ${((t4 - t3) / (t3 - t2)).toFixed(1)}`);
  console.log(`peak heap ${mb(peakHeap)}, peak RSS ${mb(peakRss)} (RSS at start ${mb(baseRss)})`);
}

void main();
