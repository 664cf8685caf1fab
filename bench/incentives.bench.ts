/**
 * Commission table at scale: 1,000 reps x 12 monthly pay periods (12,000 calculation rows) with a
 * tiered measure, a payout curve, a SPIFF, draws, a team pool, awards, 200 split deals and clawbacks,
 * from plan to .xlsx. Prints each stage's time (validate, resolve, engine, generate, write), the cells
 * and formulas, the file size and the peak memory, all measured in this one run.
 */
import { buildPlanModel, generateIncentiveWorkbook } from "../src/generators/incentives";
import { writeXlsx } from "../src/hosts/xlsx/write";
import { computePlan } from "../src/kpi/plan/engine";
import { IncentivePlanInput, parseIncentivePlan } from "../src/schemas/incentive-plan";
import type { Rep } from "../src/schemas/roster";
import { isFormula } from "../src/workbook/spec";

const REPS = 1000;
const MONTHS = 12;
const TEAMS = 20;

function input(): { roster: Rep[]; plan: IncentivePlanInput } {
  const roster: Rep[] = Array.from({ length: REPS }, (_, i) => ({
    name: `Rep ${String(i + 1).padStart(4, "0")}`,
    role: "AE",
    team: `Team ${(i % TEAMS) + 1}`,
    manager: `Manager ${(i % 7) + 1}`,
    hireDate: 44000 + i,
  }));
  const month = (i: number, base: number) =>
    Array.from({ length: MONTHS }, (_, j) => Math.round(base * (0.5 + ((i * 7 + j * 13) % 100) / 80)));
  return {
    roster,
    plan: {
      name: "Benchmark plan",
      period: { start: "2027-01", months: MONTHS },
      compensation: { ote: 240000, baseMix: 0.6 },
      measures: [
        {
          id: "revenue",
          name: "Revenue",
          quota: 100000,
          payout: {
            type: "tiers",
            on: "attainment",
            tiers: [
              { from: 0, rate: 0.03 },
              { from: 0.5, rate: 0.05 },
              { from: 1, rate: 0.07 },
              { from: 1.5, rate: 0.09 },
            ],
          },
          gate: { attainment: 0.4 },
          payoutCap: 50000,
        },
        {
          id: "logos",
          name: "New customers",
          quota: 4,
          weight: 1,
          payout: {
            type: "curve",
            points: [
              { attainment: 0.7, payout: 0.5 },
              { attainment: 1, payout: 1 },
              { attainment: 1.5, payout: 2 },
            ],
            cap: 2,
          },
        },
      ],
      draw: { amount: 1500, recoverable: true },
      clawback: {
        schedule: [
          { months: 0, fraction: 1 },
          { months: 3, fraction: 0.5 },
          { months: 6, fraction: 0 },
        ],
      },
      spiffs: [
        {
          id: "prepay",
          name: "Prepay",
          tiers: [
            { from: 0, rate: 300 },
            { from: 3, rate: 500 },
          ],
        },
      ],
      teamPool: { measure: "revenue", threshold: 1, amount: 10000, excessRate: 0.01, split: "proRata" },
      awards: {
        bestRep: { measure: "revenue", minAttainment: 1, title: "Star", bonus: 2000 },
        bestTeam: { measure: "revenue", title: "Team", bonusPerMember: 300 },
      },
      credits: Array.from({ length: 200 }, (_, d) => ({
        deal: `D-${d + 1}`,
        period: (d % MONTHS) + 1,
        measure: "revenue",
        amount: 50000 + d * 100,
        shares: [
          { rep: roster[d % REPS].name, share: 0.5 },
          { rep: roster[(d * 37 + 1) % REPS].name, share: 0.5 },
        ],
      })),
      clawbacks: Array.from({ length: 100 }, (_, k) => ({
        rep: roster[(k * 13) % REPS].name,
        period: (k % MONTHS) + 1,
        deal: `C-${k + 1}`,
        commission: 1000 + k * 10,
        monthsActive: k % 8,
      })),
      actuals: roster.flatMap((r, i) => [
        { rep: r.name, measure: "revenue", values: month(i, 100000) },
        { rep: r.name, measure: "logos", values: month(i, 4) },
      ]),
      spiffUnits: roster.map((r, i) => ({ rep: r.name, spiff: "prepay", values: month(i, 2) })),
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
