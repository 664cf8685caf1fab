/**
 * Memory of large incentive workbooks (issue 23), checked by structure rather than by time or RSS:
 * the sheets whose rows are made on demand (Calculation, Pay statements) must also hold no object
 * per style or number-format range, nor any per cell. Measured at 10,000 reps x 12 months before
 * the ranges were packed: 1.3 million format ranges on the statements sheet, about 110 bytes each,
 * the largest part of the finished spec. Here: what such a sheet keeps reachable does not grow with
 * its rows, while its cells and ranges do, and the ranges read back as the plain spec has them.
 */
import { buildPlanModel, generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { setLazyBandRows } from "../../../src/generators/incentives/grid";
import { RangeList } from "../../../src/generators/incentives/range-list";
import type { PlanModel } from "../../../src/kpi/plan/model";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { isLazy, plainSpec } from "../../../src/workbook/blocks";
import type { CellInput, SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { incentiveInput } from "../../../bench/incentive-input";

function teamModel(reps: number): PlanModel {
  const { roster, plan } = incentiveInput(reps);
  const parsed = parseIncentivePlan(plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const model = buildPlanModel(parsed.value, roster);
  if (!model.ok) throw new Error(JSON.stringify(model.issues.slice(0, 3)));
  return model.value;
}

function build(reps: number, lazy: boolean): WorkbookSpec {
  const before = setLazyBandRows(lazy ? 0 : Infinity);
  try {
    return generateIncentiveWorkbook(teamModel(reps), { locale: "en-US" }).spec;
  } finally {
    setLazyBandRows(before);
  }
}

const lazyList = (list: readonly unknown[] | undefined) =>
  list !== undefined && isLazy(list as unknown as readonly (readonly CellInput[])[]);

/** Objects (arrays included) reachable from `root` without entering a list made on demand. */
function reachableObjects(root: unknown): number {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x) && lazyList(x)) continue;
    for (const v of Object.values(x)) stack.push(v);
  }
  return seen.size;
}

const lazySheets = (spec: WorkbookSpec): SheetSpec[] =>
  spec.sheets.filter((s) => s.blocks.some((b) => isLazy(b.rows)));

describe("large incentive sheets keep no object per cell or range", () => {
  const small = build(30, true);
  const large = build(90, true);

  it("hand out their style and format ranges on demand, made anew on each read", () => {
    const sheets = lazySheets(large);
    expect(sheets.map((s) => s.name)).toEqual(["Commission calc", "Pay statements"]);
    for (const sheet of sheets) {
      expect(lazyList(sheet.styles)).toBe(true);
      expect(lazyList(sheet.numberFormats)).toBe(true);
      expect(sheet.numberFormats!.length).toBeGreaterThan(0);
      // Not held: each read makes the entry again, equal to the last.
      expect(sheet.numberFormats![0]).not.toBe(sheet.numberFormats![0]);
      expect(sheet.numberFormats![0]).toEqual(sheet.numberFormats![0]);
    }
  });

  it("keep what is reachable flat in the number of reps, while cells and ranges grow with it", () => {
    const a = lazySheets(small);
    const b = lazySheets(large);
    a.forEach((sheet, i) => {
      const other = b[i];
      // Three times the reps: three times the rows (and the statements' ranges, a set per statement) ...
      expect(other.blocks[0].rows.length).toBeGreaterThan(2.5 * sheet.blocks[0].rows.length);
      if (sheet.name === "Pay statements")
        expect(other.numberFormats!.length).toBeGreaterThan(2.5 * sheet.numberFormats!.length);
      // ... but a reachable object per rep at most for the per-statement lists (row heights,
      // merged notes, page breaks): far fewer than one per row, let alone per cell or range.
      const grown = reachableObjects(other) - reachableObjects(sheet);
      const rowsAdded = other.blocks[0].rows.length - sheet.blocks[0].rows.length;
      expect(grown).toBeLessThan(rowsAdded / 4);
    });
  });

  it("read the same as the sheets with every cell and range kept", () => {
    const kept = build(30, false);
    expect(lazySheets(kept)).toEqual([]);
    expect(plainSpec(small)).toEqual(kept);
    const plain = plainSpec(small);
    for (const sheet of plain.sheets) {
      expect(lazyList(sheet.styles)).toBe(false);
      expect(lazyList(sheet.numberFormats)).toBe(false);
    }
  });
});

describe("RangeList", () => {
  it("gives back every range as it was given, in order, packed or not", () => {
    const list = new RangeList<string>();
    list.addCells(0, 0, 1, 1, "a");
    list.addCells(1233, 1, 1, 5, "b");
    list.add("C3:D9", "a");
    list.add("A:A", "c");
    list.add("$B$4", "b");
    list.addCells(1048575, 16383, 1, 1, "a");
    const entries = (lazy: boolean) => list.list((range, value) => ({ range, value }), lazy);
    const expected = [
      { range: "A1", value: "a" },
      { range: "B1234:F1234", value: "b" },
      { range: "C3:D9", value: "a" },
      { range: "A:A", value: "c" },
      { range: "$B$4", value: "b" },
      { range: "XFD1048576", value: "a" },
    ];
    expect(entries(false)).toEqual(expected);
    expect(Array.from(entries(true))).toEqual(expected);
    expect(JSON.stringify(entries(true))).toBe(JSON.stringify(expected));
  });
});
