/** Free names in a workbook that already has some, with every reference rewritten to match. */
import { WorkbookSpec, resolveNames } from "../../src/workbook";

const spec: WorkbookSpec = {
  sheets: [
    {
      name: "Goals",
      blocks: [
        {
          start: "A1",
          rows: [
            ["Rep", "Target"],
            ["Li", 100],
            [{ formula: "=SUM(Goals[Target])" }, { formula: "=Goals!B2*Rate+Local" }],
            [{ formula: '="Goals!B2"&Summary!A1' }, { text: "=Goals!B2" }],
          ],
        },
      ],
      tables: [{ name: "Goals", range: "A1:B2" }],
      names: [{ name: "Local", refersTo: "=Goals!$B$2" }],
      validations: [{ range: "C2", rule: { type: "listSource", source: "=Goals!$A$2:$A$9" } }],
      conditionalFormats: [
        { type: "expression", range: "B2", formula: "=B2>Rate", style: { fill: "#FF0000" } },
        { type: "cellValue", range: "B2", operator: "greaterThan", values: ["=Goals!$B$2", 5], style: {} },
      ],
    },
    { name: "Summary", blocks: [{ start: "A1", rows: [[{ formula: "='Goals'!B2" }]] }] },
    { name: "Goals (2)", blocks: [] },
  ],
  names: [{ name: "Rate", refersTo: "=Summary!$A$1" }],
  activate: "goals",
};

describe("resolveNames", () => {
  it("keeps every requested name when nothing clashes, and the spec unchanged", () => {
    const r = resolveNames(spec, { sheets: ["Sheet1"], tables: ["Other"], names: ["Other2"] });
    expect(r.sheets.map((s) => s.name)).toEqual(["Goals", "Summary", "Goals (2)"]);
    expect(r.spec.sheets[0].blocks).toBe(spec.sheets[0].blocks);
    expect(r.spec.activate).toBe("Goals");
  });

  it("renames clashing sheets, tables and names and rewrites every reference", () => {
    const r = resolveNames(spec, {
      sheets: ["goals", "Summary"],
      tables: ["GOALS"],
      names: ["Rate", "Local"],
    });
    // "Goals (2)" is asked for by the spec itself, so the clashing "Goals" goes to "(3)".
    expect(r.sheets).toEqual([
      { requested: "Goals", name: "Goals (3)" },
      { requested: "Summary", name: "Summary (2)" },
      { requested: "Goals (2)", name: "Goals (2)" },
    ]);
    expect(r.tables).toEqual([{ requested: "Goals", name: "Goals_2", sheet: "Goals (3)" }]);
    // A sheet-scoped name may share a workbook name: "Local" stays.
    expect(r.names).toEqual([
      { requested: "Local", name: "Local", sheet: "Goals (3)" },
      { requested: "Rate", name: "Rate_2" },
    ]);
    const goals = r.spec.sheets[0];
    expect(goals.name).toBe("Goals (3)");
    expect(goals.tables![0].name).toBe("Goals_2");
    expect(goals.blocks[0].rows[2]).toEqual([
      { formula: "=SUM(Goals_2[Target])" },
      { formula: "='Goals (3)'!B2*Rate_2+Local" },
    ]);
    // String literals and forced text stay as they were.
    expect(goals.blocks[0].rows[3]).toEqual([
      { formula: "=\"Goals!B2\"&'Summary (2)'!A1" },
      { text: "=Goals!B2" },
    ]);
    expect(goals.names).toEqual([{ name: "Local", refersTo: "='Goals (3)'!$B$2" }]);
    expect(goals.validations![0].rule).toEqual({ type: "listSource", source: "='Goals (3)'!$A$2:$A$9" });
    expect(goals.conditionalFormats![0]).toMatchObject({ formula: "=B2>Rate_2" });
    expect(goals.conditionalFormats![1]).toMatchObject({ values: ["='Goals (3)'!$B$2", 5] });
    expect(r.spec.sheets[1].blocks[0].rows[0][0]).toEqual({ formula: "='Goals (3)'!B2" });
    expect(r.spec.names).toEqual([{ name: "Rate_2", refersTo: "='Summary (2)'!$A$1" }]);
    expect(r.spec.activate).toBe("Goals (3)");
  });

  it("does not rename a local name's uses when only a workbook name of the same spelling moved", () => {
    const s: WorkbookSpec = {
      sheets: [
        {
          name: "A",
          blocks: [{ start: "A1", rows: [[{ formula: "=Rate*2" }]] }],
          names: [{ name: "Rate", refersTo: "=A!$B$1" }],
        },
        { name: "B", blocks: [{ start: "A1", rows: [[{ formula: "=Rate*2" }]] }] },
      ],
      names: [{ name: "Rate", refersTo: "=B!$B$1" }],
    };
    const r = resolveNames(s, { sheets: [], tables: [], names: ["rate"] });
    expect(r.spec.sheets[0].blocks[0].rows[0][0]).toEqual({ formula: "=Rate*2" });
    expect(r.spec.sheets[1].blocks[0].rows[0][0]).toEqual({ formula: "=Rate_2*2" });
  });

  it("renames a sheet-scoped name that clashes with a table", () => {
    const s: WorkbookSpec = {
      sheets: [
        {
          name: "A",
          blocks: [{ start: "A1", rows: [[{ formula: "=Tiers" }]] }],
          names: [{ name: "Tiers", refersTo: "=A!$B$1" }],
        },
      ],
    };
    const r = resolveNames(s, { sheets: [], tables: ["Tiers"], names: [] });
    expect(r.spec.sheets[0].names![0].name).toBe("Tiers_2");
    expect(r.spec.sheets[0].blocks[0].rows[0][0]).toEqual({ formula: "=Tiers_2" });
  });
});
