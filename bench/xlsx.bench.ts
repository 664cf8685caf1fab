/**
 * File -> .xlsx at scale, against plain ExcelJS's streaming writer (issue 23). Prints, for a script:
 *   crm-xlsx ratio: R            (100,000-row CSV -> .xlsx, whole import and write) /
 *                                (papaparse's parse of the same bytes + ExcelJS.stream.xlsx.WorkbookWriter
 *                                 writing the same cells)
 *   crm-xlsx peak-rss-mb: N      peak RSS of the file -> .xlsx process
 *   incentives-xlsx ratio: R     (1,000 reps x 12 months, plan -> .xlsx) / (WorkbookWriter writing the same cells)
 *   incentives-xlsx peak-rss-mb: N
 * Each measurement runs in a child process of its own, so its peak RSS is its own; ours (the
 * streaming writer) and the baseline alternate and each ratio is the median of neighbouring pairs,
 * the CRM and incentive pairs interleaved (XLSX_BENCH_PAIRS pairs each, 3 by default); the in-memory
 * writer it replaced runs among them (XLSX_BENCH_OLD runs, 1 by default), for its figures beside the
 * new ones. Last, the same 100,000-row import applied by the Excel host through the fake: syncs and
 * UTF-8 request bytes per sync (`node <bundle> excel` runs it alone).
 *
 * Both wall clock and CPU time (user + system of the child, all its threads: zlib's and the GC's
 * included, for both sides) of the timed part are measured and printed; the `ratio:` lines use CPU
 * time. Both sides are single-process, mostly single-threaded work, so on an idle machine the two
 * ratios agree; on this shared 2-core machine (load averages of 13-21 are common) wall clock
 * measures the other processes as much as ours: neighbouring runs of the same code differed by 4x,
 * and a pair's two sides see different loads. CPU time counts only the work each side does, which
 * is what the ratio is meant to compare.
 */
import { spawnSync } from "child_process";
import { cpus, loadavg } from "os";
import { Writable } from "stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { importCrm, looksLikeHeader } from "../src/generators/crm";
import { sampleExportCsv } from "../src/generators/crm/sample-export";
import { buildPlanModel, generateIncentiveWorkbook } from "../src/generators/incentives";
import { readTable } from "../src/hosts/xlsx/read-table";
import { cellValue } from "../src/hosts/xlsx/sheet-features";
import { writeXlsxBytes, writeXlsxInMemory } from "../src/hosts/xlsx/write";
// As the CLI: the streaming writer deflates with Node's zlib at level 6, as the baseline, ExcelJS's
// WorkbookWriter, does through archiver (zlib's default level).
import "../src/hosts/xlsx/stream-deflate-node";
import { applyWorkbookSpec } from "../src/hosts/excel";
import { parseIncentivePlan } from "../src/schemas/incentive-plan";
import { serialFromYmd } from "../src/schemas/dates";
import type { Rep } from "../src/schemas/roster";
import { CRM_BENCH_ROSTER } from "./crm-roster";
import { parseCell } from "../src/workbook/a1";
import { blockCell, blockHeight, blockWidth, cellBlocks } from "../src/workbook/blocks";
import type { WorkbookSpec } from "../src/workbook/spec";
import { FakeExcel } from "../test/support/fake-excel";
import { incentiveInput } from "./incentive-input";

const CRM_ROWS = 100_000;
const REPS = 1000;
const PAIRS = Number(process.env.XLSX_BENCH_PAIRS ?? 3);
/** The in-memory writer is slow (15-20 s a run): measured in the first pairs only. */
const OLD_RUNS = Number(process.env.XLSX_BENCH_OLD ?? 1);

type Kind = "crm" | "incentives";
/** ours: the streaming writer; old: the in-memory writer it replaced; plain: ExcelJS streaming the same cells. */
type Side = "ours" | "old" | "plain";

interface Sample {
  readonly ms: number;
  /** CPU time (user + system) of the timed part: what a shared, loaded machine disturbs least. */
  readonly cpuMs: number;
  readonly rssMb: number;
  readonly bytes: number;
}

// ---- the inputs (built outside the timed part in both children) ----

function crmInput(): { bytes: Uint8Array; roster: Rep[]; asOf: number } {
  const asOf = serialFromYmd(2027, 3, 20);
  const roster: Rep[] = [...CRM_BENCH_ROSTER];
  const text = sampleExportCsv(
    roster.map((r) => r.name),
    { rows: CRM_ROWS, asOf },
  );
  return { bytes: new TextEncoder().encode(text), roster, asOf };
}

async function crmSpec(bytes: Uint8Array, roster: Rep[], asOf: number): Promise<WorkbookSpec> {
  const read = await readTable(bytes, { fileName: "bench.csv", isHeader: (c) => looksLikeHeader(c) });
  if (!read.ok) throw new Error(read.error.en);
  const result = importCrm(read.table, roster, { locale: "en-US", asOf, file: "bench.csv" });
  if (!result.ok) throw new Error(result.issues.map((i) => i.en).join("; "));
  return result.workbook.spec;
}

function incentiveSpec(): WorkbookSpec {
  const { roster, plan } = incentiveInput(REPS);
  const parsed = parseIncentivePlan(plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const model = buildPlanModel(parsed.value, roster);
  if (!model.ok) throw new Error(JSON.stringify(model.issues.slice(0, 3)));
  return generateIncentiveWorkbook(model.value).spec;
}

// ---- the baseline: the spec's cells, laid out by row, written by ExcelJS's streaming writer ----

type Grid = { name: string; rows: ExcelJS.CellValue[][] };

/** Each sheet's cells by row, as the streaming writer needs them (rows in order). Untimed. */
function grids(spec: WorkbookSpec): Grid[] {
  return spec.sheets.map((sheet) => {
    const rows: ExcelJS.CellValue[][] = [];
    for (const block of cellBlocks(sheet)) {
      const start = parseCell(block.start);
      const height = blockHeight(block);
      const width = blockWidth(block);
      for (let r = 0; r < height; r++) {
        const row = (rows[start.row + r] ??= []);
        for (let c = 0; c < width; c++) {
          const input = blockCell(block, r, c);
          if (input === null || input === undefined || input === "") continue;
          row[start.col + c] = cellValue(input);
        }
      }
    }
    return { name: sheet.name, rows };
  });
}

/** Collects the bytes in memory, as our writer returns them. */
function sink(): { stream: Writable; size: () => number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, size: () => chunks.reduce((s, c) => s + c.length, 0) };
}

async function plainStream(sheets: readonly Grid[]): Promise<number> {
  const out = sink();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out.stream });
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v !== undefined) row.getCell(c + 1).value = v;
      });
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
  return out.size();
}

// ---- one child: one measurement ----

async function child(kind: Kind, side: Side): Promise<Sample> {
  if (kind === "crm") {
    const { bytes, roster, asOf } = crmInput();
    if (side !== "plain") {
      const t0 = start();
      const spec = await crmSpec(bytes, roster, asOf);
      const file = side === "ours" ? await writeXlsxBytes(spec) : (await writeXlsxInMemory(spec)).data;
      return sample(t0, file.byteLength);
    }
    const cells = grids(await crmSpec(bytes, roster, asOf));
    const t0 = start();
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const parsed = Papa.parse<string[]>(decoded, {
      delimitersToGuess: [",", "\t", ";", "|"],
      skipEmptyLines: false,
    });
    if (parsed.data.length < CRM_ROWS) throw new Error("papaparse lost rows");
    const size = await plainStream(cells);
    return sample(t0, size);
  }
  if (side !== "plain") {
    const t0 = start();
    const spec = incentiveSpec();
    const file = side === "ours" ? await writeXlsxBytes(spec) : (await writeXlsxInMemory(spec)).data;
    return sample(t0, file.byteLength);
  }
  const cells = grids(incentiveSpec());
  const t0 = start();
  const size = await plainStream(cells);
  return sample(t0, size);
}

function start(): { ms: number; cpu: NodeJS.CpuUsage } {
  return { ms: performance.now(), cpu: process.cpuUsage() };
}

function sample(t0: { ms: number; cpu: NodeJS.CpuUsage }, bytes: number): Sample {
  const cpu = process.cpuUsage(t0.cpu);
  return {
    ms: performance.now() - t0.ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
    bytes,
  };
}

function run(kind: Kind, side: Side): Sample {
  const r = spawnSync(process.execPath, [process.argv[1], kind, side], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${kind} ${side} failed: ${r.stderr}`);
  const line = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as Sample;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Runs {
  readonly ours: Sample[];
  readonly plain: Sample[];
  readonly old: Sample[];
}

/** Pair `i` of `kind`: both sides (and the old writer, in the first runs) one after the other. */
function pair(kind: Kind, i: number, runs: Runs): void {
  // In alternating order, so neither side always runs right after the other.
  const order: Side[] = i % 2 ? ["ours", "plain", "old"] : ["old", "plain", "ours"];
  for (const side of order) {
    if (side === "old" && i >= OLD_RUNS) continue;
    (side === "ours" ? runs.ours : side === "plain" ? runs.plain : runs.old).push(run(kind, side));
  }
}

function report(kind: Kind, { ours, plain, old }: Runs): void {
  const wall = median(ours.map((o, i) => o.ms / plain[i].ms));
  const cpu = median(ours.map((o, i) => o.cpuMs / plain[i].cpuMs));
  const rss = Math.max(...ours.map((o) => o.rssMb));
  const s = (n: number) => (n / 1000).toFixed(1);
  const mb = (list: Sample[]) => list.map((o) => o.rssMb.toFixed(0)).join(" / ");
  // Empty for the in-memory writer when XLSX_BENCH_OLD=0 (its text is left out, but built).
  const size = (list: Sample[]) => (list.length ? list[0].bytes / 1048576 : 0).toFixed(1);
  // The in-memory writer's figures only where it ran (XLSX_BENCH_OLD=0 leaves it out).
  const before = (text: string) => (old.length ? text : "");
  console.log(
    `${kind}: streaming ${ours.map((o) => s(o.ms)).join(" / ")} s, ${before(`in-memory (before) ${old.map((o) => s(o.ms)).join(" / ")} s, `)}` +
      `plain ExcelJS streaming ${plain.map((p) => s(p.ms)).join(" / ")} s; ` +
      `files ${size(ours)} MB streaming, ${before(`${size(old)} MB in-memory, `)}${size(plain)} MB plain; ` +
      `peak RSS streaming ${mb(ours)} MB, ${before(`in-memory ${mb(old)} MB, `)}plain ${mb(plain)} MB (${PAIRS} pairs)`,
  );
  if (old.length)
    console.log(
      `${kind}: in-memory writer (before) ratio ${median(old.map((o, i) => o.ms / plain[i].ms)).toFixed(2)} wall, ` +
        `${median(old.map((o, i) => o.cpuMs / plain[i].cpuMs)).toFixed(2)} CPU`,
    );
  console.log(
    `${kind}: CPU time streaming ${ours.map((o) => s(o.cpuMs)).join(" / ")} s (median ${s(median(ours.map((o) => o.cpuMs)))}), ` +
      `plain ${plain.map((p) => s(p.cpuMs)).join(" / ")} s (median ${s(median(plain.map((p) => p.cpuMs)))}); ` +
      `wall-clock ratio ${wall.toFixed(2)}, CPU ratio ${cpu.toFixed(2)} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
  );
  // The CPU-time ratio: see the header comment.
  console.log(`${kind}-xlsx ratio: ${cpu.toFixed(2)}`);
  console.log(`${kind}-xlsx peak-rss-mb: ${rss.toFixed(0)}`);
}

/** Both kinds' pairs interleaved, so a change in the machine's load falls on both alike. */
function measure(kinds: readonly Kind[]): void {
  const runs = new Map(kinds.map((k) => [k, { ours: [], plain: [], old: [] } as Runs]));
  for (let i = 0; i < PAIRS; i++) for (const kind of kinds) pair(kind, i, runs.get(kind)!);
  for (const kind of kinds) report(kind, runs.get(kind)!);
}

/** The same 100,000-row import applied by the Excel host, through the fake: syncs and request bytes. */
async function excelHost(): Promise<void> {
  const { bytes, roster, asOf } = crmInput();
  const spec = await crmSpec(bytes, roster, asOf);
  const fake = new FakeExcel();
  const t = performance.now();
  const result = await fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, { isSetSupported: fake.isSetSupported }),
  );
  const ms = performance.now() - t;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const sizes = fake.requests.map((r) => r.bytes);
  console.log(
    `crm Excel host (fake, ${CRM_ROWS.toLocaleString("en-US")} rows): ${result.syncs} syncs; request bytes (UTF-8) per sync ` +
      `min ${kb(Math.min(...sizes))}, median ${kb(median(sizes))}, max ${kb(Math.max(...sizes))}, total ${kb(sizes.reduce((a, b) => a + b, 0))} (${sizes.map(kb).join(", ")}); ${ms.toFixed(0)} ms (fake)`,
  );
  console.log(`crm-excel syncs: ${result.syncs}`);
  console.log(`crm-excel max-request-kb: ${(Math.max(...sizes) / 1024).toFixed(0)}`);
}

const [kind, side] = process.argv.slice(2) as [Kind | undefined, Side | undefined];
if ((kind as string) === "excel") {
  // `node <bundle> excel`: the Excel host section alone.
  void excelHost();
} else if (kind && side) {
  child(kind, side).then(
    (s) => console.log(JSON.stringify(s)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
} else {
  measure(["crm", "incentives"]);
  void excelHost();
}
