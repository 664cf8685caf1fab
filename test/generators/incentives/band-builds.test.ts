/**
 * How often a band made on demand (Grid.band) is made, from the generator to the .xlsx: once for its
 * formats and notes (which keeps the rows toSheet's passes read: notes and wrapped text), none for the
 * validation (it reads the facts gathered by that fill), once for the writer. Note spans, row heights
 * and the validation each made every band again before: five times in all.
 */
import { Grid, setLazyBandRows } from "../../../src/generators/incentives/grid";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { blockWidth } from "../../../src/workbook/blocks";
import type { SheetSpec } from "../../../src/workbook/spec";
import { validateWorkbookSpec } from "../../../src/workbook/validate";
import { unzip } from "../../hosts/unzip";

const BANDS = 40;
const HEIGHT = 5;

/** A sheet of bands: a header row (wraps), a note, and three rows of figures per band; one bad cell. */
function build(lazy: boolean, bad: boolean): { sheet: SheetSpec; fills: number[] } {
  const fills = new Array<number>(BANDS).fill(0);
  const before = setLazyBandRows(lazy ? 0 : Infinity);
  try {
    const g = new Grid("Pay");
    g.lazyBands(BANDS * HEIGHT);
    g.heading("Pay statements", "One band per rep.");
    g.width(0, 12);
    for (let b = 0; b < BANDS; b++) {
      const top = 3 + b * HEIGHT;
      g.band(top, HEIGHT, (f) => {
        fills[b]++;
        f.header(top, 0, ["Rep and period", "Amount", "Rate"]);
        f.note(top + 1, 0, `Rep ${b + 1}: figures below are worked out from the plan's rates.`);
        for (let k = 2; k < HEIGHT; k++) {
          f.set(top + k, 0, `Month ${k - 1}`);
          f.set(top + k, 1, bad && b === 17 && k === 3 ? Number.POSITIVE_INFINITY : 1000 * b + k);
          f.set(top + k, 2, { formula: `=B${top + k + 1}*0.1` });
        }
      });
    }
    return { sheet: g.toSheet(), fills };
  } finally {
    setLazyBandRows(before);
  }
}

describe("bands made on demand: how often each is made", () => {
  it("makes each band once before the writer, and for the validation only the band of a bad cell", () => {
    const { sheet, fills } = build(true, true);
    // The fill for formats and notes only: note spans and row heights read the rows it kept.
    expect(fills).toEqual(new Array(BANDS).fill(1));
    const issues = validateWorkbookSpec({ sheets: [sheet] });
    expect(blockWidth(sheet.blocks[0])).toBe(3);
    // Only the band with the bad cell is made again, for that cell's row.
    expect(fills).toEqual(Array.from({ length: BANDS }, (_, b) => (b === 17 ? 2 : 1)));
    // Band 17's second figure row: row 3 + 17 * 5 + 3 = 91 (1-based 92), column B; the same issue
    // as the sheet with its cells kept.
    expect(issues.map((i) => [i.path, i.en])).toEqual([
      ["sheets[0].blocks[0].rows[91][1]", 'sheet "Pay", cell B92: Infinity is not a finite number'],
    ]);
    expect(issues).toEqual(validateWorkbookSpec({ sheets: [build(false, true).sheet] }));
  });

  it("makes each band once more for the writer, which writes what the kept cells give", async () => {
    const lazy = build(true, false);
    const kept = build(false, false);
    expect(kept.fills).toEqual(new Array(BANDS).fill(1));
    const a = unzip(await writeXlsxBytes({ sheets: [lazy.sheet] }));
    expect(lazy.fills).toEqual(new Array(BANDS).fill(2));
    const b = unzip(await writeXlsxBytes({ sheets: [kept.sheet] }));
    const sheetXml = a.get("xl/worksheets/sheet1.xml")!;
    expect(sheetXml).toBe(b.get("xl/worksheets/sheet1.xml"));
    // The notes span to column C, and the wrapped headers and notes were given heights.
    expect(sheetXml).toContain('<mergeCell ref="A5:C5"/>');
    expect(JSON.stringify(lazy.sheet.rows)).toBe(JSON.stringify(kept.sheet.rows));
  });

  it("makes a band's row again where a wrap is set from outside the band, and fits it the same", () => {
    const sheetOf = (lazy: boolean) => {
      const fills = [0, 0];
      const before = setLazyBandRows(lazy ? 0 : Infinity);
      try {
        const g = new Grid("Pay");
        g.lazyBands(10);
        g.width(0, 10);
        for (let b = 0; b < 2; b++)
          g.band(b * 5, 5, (f) => {
            fills[b]++;
            f.set(b * 5 + 2, 0, "A label of some forty characters or more");
          });
        // Wrapped after the bands were filled: no fill saw it, so toSheet makes that band's row.
        g.style("A8", "header");
        return { sheet: g.toSheet(), fills };
      } finally {
        setLazyBandRows(before);
      }
    };
    const lazy = sheetOf(true);
    const kept = sheetOf(false);
    expect(lazy.fills).toEqual([1, 2]);
    // 41 characters in a column of 10 (about 8 characters a line): several lines, so a taller row 8.
    expect(lazy.sheet.rows?.map((r) => r.row)).toEqual([8]);
    expect(lazy.sheet.rows).toEqual(kept.sheet.rows);
  });
});
