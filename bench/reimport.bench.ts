/**
 * A CRM re-import in place at 100,000 rows, through the fake Excel: a workbook holding one import
 * (its data table, KPI, funnel, follow-up, report and history sheets) takes the next week's export
 * as the pane writes it - the staged sheets (rows, follow-up list, report, history) by the Excel
 * host, then the one swap request (rows inserted or deleted, copied; report and follow-ups rewritten;
 * history replaced). Measured: requests (syncs), each request's UTF-8 bytes (Excel on the web refuses
 * over 5 MB), the largest response, and time, for a growing table (50,000 -> 100,000 rows) and a
 * shrinking one (100,000 -> 50,000). The fake's time is the add-in's own work plus the fake's model
 * of Excel, not Excel's.
 */
import { importCrm } from "../src/generators/crm";
import { sampleExportTable } from "../src/generators/crm/sample-export";
import { applyWorkbookSpec } from "../src/hosts/excel";
import { swapTableRows } from "../src/hosts/excel/update-rows";
import { serialFromYmd } from "../src/schemas/dates";
import type { Rep } from "../src/schemas/roster";
import { CRM_BENCH_ROSTER } from "./crm-roster";
import { planReimport, readEarlierImport } from "../src/taskpane/forms/crm/reimport-plan";
import { excelWorkbookAccess } from "../src/taskpane/office/workbook-access";
import { FakeExcel, REQUEST_LIMIT } from "../test/support/fake-excel";

const asOf = serialFromYmd(2027, 3, 20);
const roster: Rep[] = [...CRM_BENCH_ROSTER];

function workbookOf(rows: number, seed: number) {
  const table = sampleExportTable(
    roster.map((r) => r.name),
    { rows, asOf, seed },
  );
  const result = importCrm(table, roster, { locale: "en-US", asOf, periods: [], file: "deals.csv" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
  return result.workbook;
}

const kb = (bytes: number) => Math.ceil(bytes / 1024);

async function measure(label: string, from: number, to: number) {
  const fake = new FakeExcel();
  const first = workbookOf(from, 1);
  await fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, first.spec, {
      isSetSupported: fake.isSetSupported,
    }),
  );
  const access = excelWorkbookAccess(
    (batch) => fake.run((ctx) => batch(ctx as unknown as Excel.RequestContext)),
    fake.isSetSupported,
  );
  const earlier = await readEarlierImport(access);
  if (!earlier) throw new Error("no earlier import");
  const next = workbookOf(to, 2);
  const plan = planReimport(next, earlier, "CRM update", "en-US", next.history.sheet);
  if (plan.kind !== "update") throw new Error(`not an update: ${plan.reason}`);

  const start = fake.syncCount;
  const t = performance.now();
  const written = await fake.run((ctx) =>
    applyWorkbookSpec(ctx as unknown as Excel.RequestContext, plan.spec, {
      isSetSupported: fake.isSetSupported,
    }),
  );
  const names = written.sheets.map((s) => s.name);
  const writeSyncs = fake.syncCount - start;
  const fresh = plan.historyIndex !== null ? names[plan.historyIndex] : undefined;
  const swapped = await fake.run((ctx) =>
    swapTableRows(
      ctx as unknown as Excel.RequestContext,
      {
        table: earlier.table,
        staging: names[0],
        rows: plan.records,
        refresh: plan.refresh.map(({ index, ...r }) => ({ ...r, fresh: names[index] })),
        ...(fresh && plan.historySheet ? { replace: { old: plan.historySheet, fresh } } : {}),
      },
      fake.isSetSupported,
    ),
  );
  const ms = performance.now() - t;
  const requests = fake.requests.slice(start);
  const maxRequest = Math.max(...requests.map((r) => r.bytes));
  const maxResponse = Math.max(...requests.map((r) => r.responseBytes));
  const table = fake.snapshot().tables.find((x) => x.name === earlier.table);
  console.log(
    `reimport-100k ${label}: ${from} -> ${to} rows (table now ${table?.range}; was ${swapped.before}, now ${swapped.after} data rows); ` +
      `refreshed ${swapped.refreshed.map((o) => `${o.old}: ${o.kind}`).join(", ")}`,
  );
  console.log(
    `reimport-100k ${label}: ${requests.length} syncs (${writeSyncs} staged write, ${requests.length - writeSyncs} swap); ` +
      `requests ${requests.map((r) => kb(r.bytes)).join(", ")} KB; max request ${kb(maxRequest)} KB ` +
      `(${((maxRequest / REQUEST_LIMIT) * 100).toFixed(0)}% of 5 MB); max response ${kb(maxResponse)} KB; ${ms.toFixed(0)} ms (fake)`,
  );
  return { syncs: requests.length, maxRequest };
}

async function main() {
  const grow = await measure("grow", 50_000, 100_000);
  const shrink = await measure("shrink", 100_000, 50_000);
  // The figures asked for: the larger of the two cases.
  console.log(`reimport-100k syncs: ${Math.max(grow.syncs, shrink.syncs)}`);
  console.log(`reimport-100k max-request-kb: ${kb(Math.max(grow.maxRequest, shrink.maxRequest))}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
