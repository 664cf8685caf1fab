/**
 * Host benchmarks. (1) Round trips and request bytes of the Excel host for 5-, 50- and 500-rep goal
 * sheets, through the fake Excel (goal: 2 syncs each). (2) A 1,000-rep x 12-month goal sheet to
 * .xlsx: our time over plain ExcelJS writing the same grid of values and formulas (goal <= 1.3).
 */
import ExcelJS from "exceljs";
import { applyWorkbookSpec } from "../src/hosts/excel";
import { writeXlsxBytes } from "../src/hosts/xlsx/write";
import { WorkbookSpec, isFormula, isText, parseCell } from "../src/workbook";
import { goalGridSpec } from "../test/hosts/goal-grid";
import { FakeExcel } from "../test/support/fake-excel";

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function excelHost(): Promise<void> {
  console.log("Excel host through the fake (goal: 2 syncs for any sheet under 4 MB)");
  console.log("reps   syncs  read request  write requests            time");
  for (const reps of [5, 50, 500]) {
    const fake = new FakeExcel();
    const spec = goalGridSpec(reps);
    const t = performance.now();
    const result = await fake.run((ctx) =>
      applyWorkbookSpec(ctx as unknown as Excel.RequestContext, spec, {
        isSetSupported: fake.isSetSupported,
      }),
    );
    const ms = performance.now() - t;
    const [read, ...writes] = fake.requests;
    console.log(
      `${String(reps).padStart(4)}   ${String(result.syncs).padStart(5)}  ${kb(read.bytes).padStart(12)}  ${writes
        .map((w) => `${kb(w.bytes)} (${w.actions} actions)`)
        .join(", ")
        .padEnd(24)}  ${ms.toFixed(0).padStart(5)} ms (fake)`,
    );
  }
}

/** Plain ExcelJS writing the spec's cells, nothing else: the baseline. */
async function plainExcelJs(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const block of sheet.blocks) {
      const start = parseCell(block.start);
      block.rows.forEach((row, r) => {
        const xrow = ws.getRow(start.row + r + 1);
        row.forEach((cell, c) => {
          if (cell === null) return;
          xrow.getCell(start.col + c + 1).value = isFormula(cell)
            ? ({ formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue)
            : isText(cell)
              ? cell.text
              : cell;
        });
      });
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed(fn: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  const data = await fn();
  return { ms: performance.now() - t, bytes: data.byteLength };
}

async function xlsxHost(): Promise<void> {
  const spec = goalGridSpec(1000);
  const cells = spec.sheets[0].blocks[0].rows.reduce((n, r) => n + r.length, 0);
  console.log(
    `\n.xlsx: 1,000 reps x 12 months (${cells} cells; table, styles, formats, validations, conditional formats)`,
  );
  // Warm up both paths (JIT, ExcelJS module state), then alternate runs.
  await plainExcelJs(spec);
  await writeXlsxBytes(spec);
  const ours: number[] = [];
  const plain: number[] = [];
  let sizes = { ours: 0, plain: 0 };
  for (let i = 0; i < 7; i++) {
    const p = await timed(() => plainExcelJs(spec));
    const o = await timed(() => writeXlsxBytes(spec));
    plain.push(p.ms);
    ours.push(o.ms);
    sizes = { ours: o.bytes, plain: p.bytes };
  }
  const ratio = median(ours) / median(plain);
  console.log(
    `plain ExcelJS (same grid) ${median(plain).toFixed(0).padStart(6)} ms median of 7   ${kb(sizes.plain)}`,
  );
  console.log(
    `xlsx host (whole spec)    ${median(ours).toFixed(0).padStart(6)} ms median of 7   ${kb(sizes.ours)}`,
  );
  console.log(`ratio ours / plain: ${ratio.toFixed(2)} (goal <= 1.3) ${ratio <= 1.3 ? "met" : "NOT met"}`);
}

(async () => {
  await excelHost();
  await xlsxHost();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
