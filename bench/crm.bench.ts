/**
 * CRM import at scale: 100,000 exported deals -> table, records, data sheet and KPI workbook spec,
 * against papaparse parsing the same text alone (goal: ratio <= 2), and the peak memory.
 */
import Papa from "papaparse";
import { importCrm, looksLikeHeader } from "../src/generators/crm";
import { sampleExportCsv } from "../src/generators/crm/sample-export";
import { readTable } from "../src/hosts/xlsx/read-table";
import { serialFromYmd } from "../src/schemas/dates";
import type { Rep } from "../src/schemas/roster";

const ROWS = 100_000;
const RUNS = 5;
const asOf = serialFromYmd(2027, 3, 20);

const roster: Rep[] = Array.from({ length: 40 }, (_, i) => ({
  name: `Rep ${String(i + 1).padStart(2, "0")}`,
  role: "Account Executive",
  team: i < 20 ? "East" : "West",
  manager: i < 20 ? "Zhou Min" : "Emily Carter",
  hireDate: null,
}));

const text = sampleExportCsv(
  roster.map((r) => r.name),
  { rows: ROWS, asOf },
);
const bytes = new TextEncoder().encode(text);

/** CPU time of this process in ms (user + system): steadier than wall time on a shared machine. */
function cpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function papaOnly(): { wall: number; cpu: number } {
  const c0 = cpu();
  const t0 = performance.now();
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: false });
  const wall = performance.now() - t0;
  if (parsed.data.length < ROWS) throw new Error("papaparse lost rows");
  return { wall, cpu: cpu() - c0 };
}

let sheetsBuilt = 0;
async function pipeline(): Promise<{ total: number; read: number; cpu: number }> {
  const c0 = cpu();
  const t0 = performance.now();
  const read = await readTable(bytes, { fileName: "bench.csv", isHeader: (c) => looksLikeHeader(c) });
  const t1 = performance.now();
  if (!read.ok) throw new Error(read.error.en);
  const result = importCrm(read.table, roster, { locale: "en-US", asOf, file: "bench.csv" });
  const t2 = performance.now();
  if (!result.ok) throw new Error(result.issues.map((i) => i.en).join("; "));
  if (result.imported.recordColumns.length < ROWS * 0.99) throw new Error("records lost");
  sheetsBuilt = result.workbook.spec.sheets.length;
  return { total: t2 - t0, read: t1 - t0, cpu: cpu() - c0 };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

(async () => {
  // One warm-up of each, then alternate so both see the same machine load.
  papaOnly();
  await pipeline();
  const papa: number[] = [];
  const papaCpu: number[] = [];
  const ours: number[] = [];
  const oursCpu: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = papaOnly();
    papa.push(b.wall);
    papaCpu.push(b.cpu);
    const r = await pipeline();
    ours.push(r.total);
    oursCpu.push(r.cpu);
    reads.push(r.read);
  }
  const p = median(papa);
  const o = median(ours);
  const rd = median(reads);
  const pc = median(papaCpu);
  const oc = median(oursCpu);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `rows                          ${ROWS.toLocaleString("en-US")} (${mb(bytes.length)} MB of CSV)`,
  );
  console.log(`papaparse alone               ${p.toFixed(0).padStart(6)} ms (median of ${RUNS})`);
  console.log(`readTable (decode + parse)    ${rd.toFixed(0).padStart(6)} ms`);
  console.log(`recognise + normalise + spec  ${(o - rd).toFixed(0).padStart(6)} ms (${sheetsBuilt} sheets)`);
  console.log(`whole import                  ${o.toFixed(0).padStart(6)} ms`);
  console.log(`ratio import / papaparse      ${(o / p).toFixed(2).padStart(6)}   (wall time; goal <= 2)`);
  console.log(
    `CPU time: papaparse ${pc.toFixed(0)} ms, import ${oc.toFixed(0)} ms, ratio ${(oc / pc).toFixed(2)}`,
  );
  console.log(
    `peak RSS of the process       ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(6)} MB`,
  );
  console.log(`heap in use after the runs    ${mb(process.memoryUsage().heapUsed).padStart(6)} MB`);
})();
