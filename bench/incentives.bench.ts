/**
 * Commission table at scale: 1,000 reps x 12 monthly pay periods (12,000 calculation rows) with a
 * tiered measure, a payout curve, a SPIFF, draws, a team pool, awards, 200 split deals and clawbacks,
 * from plan to .xlsx. Prints each stage's time (validate, resolve, engine, generate, write), the cells
 * and formulas, the file size and the peak memory, all measured in this one run.
 */
import { buildPlanModel, generateIncentiveWorkbook } from "../src/generators/incentives";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { computePlan } from "../src/kpi/plan/engine";
import { parseIncentivePlan } from "../src/schemas/incentive-plan";
import { isFormula } from "../src/workbook/spec";
import { incentiveInput } from "./incentive-input";

const REPS = 1000;
const MONTHS = 12;

const input = () => incentiveInput(REPS);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<void> {
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const baseRss = process.memoryUsage().rss;

  const { roster, plan } = input();
  const t0 = performance.now();
  const parsed = parseIncentivePlan(plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const t1 = performance.now();
  const model = buildPlanModel(parsed.value, roster);
  if (!model.ok) throw new Error(JSON.stringify(model.issues.slice(0, 3)));
  const t2 = performance.now();
  const result = computePlan(model.value);
  const t3 = performance.now();
  const { spec } = generateIncentiveWorkbook(model.value);
  const t4 = performance.now();
  const specHeap = process.memoryUsage().heapUsed;
  peakHeap = Math.max(peakHeap, specHeap);
  const buffer = await writeXlsx(spec);
  const t5 = performance.now();
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

  let cells = 0;
  let formulas = 0;
  for (const sheet of spec.sheets) {
    for (const block of sheet.blocks) {
      for (const row of block.rows) {
        for (const cell of row) {
          if (cell === null || cell === undefined) continue;
          cells++;
          if (isFormula(cell)) formulas++;
        }
      }
    }
  }
  const rows = REPS * MONTHS;
  const payable = result.lines.reduce((s, rep) => s + rep[rep.length - 1].ytd, 0);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const total = t5 - t0;
  console.log(
    `commission table: ${REPS} reps x ${MONTHS} months = ${rows.toLocaleString("en-US")} rows, ${spec.sheets.length} sheets`,
  );
  console.log(
    `cells ${cells.toLocaleString("en-US")}, formulas ${formulas.toLocaleString("en-US")}, file ${mb(buffer.length)}; engine total payable ${payable.toFixed(2)}`,
  );
  console.log(`validate (zod)     ${(t1 - t0).toFixed(0).padStart(7)} ms`);
  console.log(`resolve model      ${(t2 - t1).toFixed(0).padStart(7)} ms`);
  console.log(
    `engine             ${(t3 - t2).toFixed(0).padStart(7)} ms = ${(((t3 - t2) / rows) * 1000).toFixed(1)} us per row`,
  );
  console.log(`generate spec      ${(t4 - t3).toFixed(0).padStart(7)} ms`);
  console.log(`write .xlsx        ${(t5 - t4).toFixed(0).padStart(7)} ms`);
  console.log(
    `total              ${total.toFixed(0).padStart(7)} ms = ${((total / REPS) * 1000).toFixed(0)} us per rep`,
  );
  console.log(`ratio write / generate: ${((t5 - t4) / (t4 - t3)).toFixed(1)}`);
  console.log(
    `heap with the spec built ${mb(specHeap)}; peak heap ${mb(peakHeap)} (while ExcelJS writes), peak RSS ${mb(peakRss)} (RSS at start ${mb(baseRss)})`,
  );
}

void main();
