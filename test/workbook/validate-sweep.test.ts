/**
 * The validation of large sheets: merges checked for overlap by a sweep over rows (laterOverlaps), and
 * rows made on demand checked through the facts their maker gives (LazyFacts) instead of made again.
 * Each result is compared with a plain check written here (every pair of merges; every cell).
 */
import { RangeRef, parseRange } from "../../src/workbook/a1";
import { lazyRows } from "../../src/workbook/blocks";
import type { CellInput, WorkbookSpec } from "../../src/workbook/spec";
import { cellPasses, laterOverlaps, validateWorkbookSpec } from "../../src/workbook/validate";

/** The reference: range i overlaps some range before it, pair by pair. */
function bruteForce(ranges: readonly (RangeRef | null)[]): number[] {
  const out: number[] = [];
  ranges.forEach((r, i) => {
    if (!r) return;
    const hit = ranges.slice(0, i).some((o) => {
      if (!o) return false;
      return (
        o.start.row <= r.end.row &&
        r.start.row <= o.end.row &&
        o.start.col <= r.end.col &&
        r.start.col <= o.end.col
      );
    });
    if (hit) out.push(i);
  });
  return out;
}

describe("merge overlaps by sweep", () => {
  it("finds the one overlapping pair among 6,000 merges, and names the later one", () => {
    // A note merge on every row (A:F), and tall merges in H:I every 10 rows (9 rows each).
    const merges: string[] = [];
    for (let r = 1; r <= 5000; r++) merges.push(`A${r}:F${r}`);
    for (let r = 1; r <= 5000; r += 10) merges.push(`H${r}:I${r + 8}`);
    // Overlaps the note of row 2,345 (listed long before it) in column C.
    merges.push("C2345:C2346");
    const spec: WorkbookSpec = {
      sheets: [{ name: "Pay", blocks: [{ start: "A1", rows: [["x"]] }], merges }],
    };
    const issues = validateWorkbookSpec(spec);
    expect(issues).toEqual([
      {
        path: `sheets[0].merges[${merges.length - 1}]`,
        en: '"C2345:C2346" overlaps another merged range',
        zh: '"C2345:C2346" 与另一个合并区域重叠',
      },
    ]);
  });

  it("flags a merge listed after one it overlaps, whatever the rows' order in the list", () => {
    // B5:B9 starts below A1:C6 but is listed first: A1:C6 (index 1) is the later one.
    const ranges = ["B5:B9", "A1:C6", "E1:E2", "D1:D9", "E2:F2", "A20:A30", "A25:Z25"].map((r) =>
      parseRange(r),
    );
    expect([...laterOverlaps(ranges)].sort((a, b) => a - b)).toEqual([1, 4, 6]);
    expect(bruteForce(ranges)).toEqual([1, 4, 6]);
  });

  it("agrees with checking every pair, on random merges (unparsed ones skipped)", () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let trial = 0; trial < 40; trial++) {
      const ranges: (RangeRef | null)[] = Array.from({ length: 200 }, () => {
        if (next(20) === 0) return null;
        const row = next(400);
        const col = next(12);
        return { start: { row, col }, end: { row: row + next(next(4) === 0 ? 30 : 2), col: col + next(3) } };
      });
      expect([...laterOverlaps(ranges)].sort((a, b) => a - b)).toEqual(bruteForce(ranges));
    }
  });
});

describe("rows made on demand, validated through their facts", () => {
  const longFormula = `=${"1+".repeat(4200)}1`;
  const rowsOf = (r: number): CellInput[] =>
    r === 700
      ? ["ok", { formula: longFormula }]
      : r === 3
        ? [Number.NaN, "x"]
        : [`row ${r}`, { formula: `=A${r + 1}` }];

  it("makes only the listed cells' rows and reports the same issues as the rows themselves", () => {
    let made = 0;
    const rows = lazyRows(
      1000,
      (r) => {
        made++;
        return rowsOf(r);
      },
      {
        width: 2,
        suspects: [
          [3, 0],
          [700, 1],
        ],
      },
    );
    const lazy: WorkbookSpec = { sheets: [{ name: "Pay", blocks: [{ start: "A1", rows }] }] };
    const kept: WorkbookSpec = {
      sheets: [
        { name: "Pay", blocks: [{ start: "A1", rows: Array.from({ length: 1000 }, (_, r) => rowsOf(r)) }] },
      ],
    };
    const issues = validateWorkbookSpec(lazy);
    expect(made).toBe(2);
    expect(issues).toEqual(validateWorkbookSpec(kept));
    expect(issues.map((i) => i.path)).toEqual([
      "sheets[0].blocks[0].rows[3][0]",
      "sheets[0].blocks[0].rows[700][1].formula",
    ]);
    expect(issues[1].en).toBe(
      `sheet "Pay", cell B701: the formula is ${longFormula.length} characters long; Excel takes at most 8192`,
    );
  });

  it("cellPasses clears only cells the full check finds nothing in", () => {
    const cells: CellInput[] = [
      null,
      true,
      0,
      -1.5,
      Number.POSITIVE_INFINITY,
      Number.NaN,
      "text",
      "x".repeat(32767),
      "x".repeat(32768),
      { formula: "=SUM(A1:A3)" },
      { formula: "SUM(A1)" },
      { formula: longFormula },
      { formula: `=SUM(${Array.from({ length: 256 }, () => "1").join(",")})` },
      { text: "=not a formula" },
      { text: "y".repeat(32768) },
    ];
    for (const cell of cells) {
      const spec: WorkbookSpec = { sheets: [{ name: "S", blocks: [{ start: "A1", rows: [[cell]] }] }] };
      const clean = validateWorkbookSpec(spec).length === 0;
      // Never cleared when the check objects; cleared whenever it does not, but for the cells with
      // 255 commas or more, whose calls only the full check counts.
      if (!clean) expect(cellPasses(cell)).toBe(false);
      else if (!(
        typeof cell === "object" &&
        cell !== null &&
        "formula" in cell &&
        cell.formula.split(",").length > 255
      ))
        expect(cellPasses(cell)).toBe(true);
    }
    expect(cellPasses({ formula: `=SUM(${Array.from({ length: 256 }, () => "1").join(",")})` })).toBe(false);
  });
});
