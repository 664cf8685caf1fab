/**
 * Goal sheet at scale: 1,000 reps x 12 months x 3 metrics (3,000 goal rows) from input to .xlsx.
 * Prints the time of each stage (validate, generate the WorkbookSpec, write with ExcelJS), the cells
 * and formulas written, the file size and peak memory, all measured in this one run.
 */
import { generateGoalWorkbook } from "../src/generators/goals";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { validateGoalInput } from "../src/schemas/goals";
import { isFormula } from "../src/workbook/spec";
import { goalInput } from "./goal-input";

const REPS = 1000;

const input = () => goalInput(REPS);

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
