/** Bad specs fail before anything is written, with a message per field in English and Chinese. */
import {
  WorkbookSpec,
  WorkbookSpecError,
  assertValidWorkbookSpec,
  validateWorkbookSpec,
} from "../../src/workbook";

const good: WorkbookSpec = {
  sheets: [
    {
      name: "Goals",
      blocks: [
        {
          start: "A1",
          rows: [
            ["Rep", "Target"],
            ["Li", 1],
            ["Total", null],
          ],
        },
      ],
      tables: [{ name: "GoalTable", range: "A1:B3", totals: { Target: "sum" } }],
      validations: [
        { range: "B2", rule: { type: "whole", min: 0 }, inputMessage: "Enter a target / 输入目标" },
        { range: "C2", rule: { type: "list", values: ["Yes", "No"] } },
      ],
      conditionalFormats: [{ type: "colorScale", range: "B2", colors: ["#FF0000", "#FFFF00", "#00FF00"] }],
      print: { titleRows: "1:1", orientation: "landscape", fitToWidth: true },
    },
  ],
  names: [{ name: "Targets", refersTo: "=Goals!$B$2" }],
  activate: "Goals",
};

describe("validateWorkbookSpec", () => {
  it("accepts a good spec", () => {
    expect(validateWorkbookSpec(good)).toEqual([]);
    expect(() => assertValidWorkbookSpec(good)).not.toThrow();
  });

  it("names every bad field, in both languages", () => {
    const bad: WorkbookSpec = {
      sheets: [
        {
          name: "Goals/Q1",
          tabColor: "red",
          blocks: [
            { start: "A0", rows: [] },
            { start: "A1", rows: [[Number.NaN, { formula: "SUM(A1)" }]] },
          ],
          styles: [{ range: "A1:B", style: "header" }],
          validations: [
            { range: "B2", rule: { type: "list", values: ["a,b"] } },
            { range: "B3", rule: { type: "whole", min: 5, max: 1 } },
            { range: "A2:B2", rule: { type: "decimal" } },
          ],
          tables: [{ name: "A1", range: "A1:B1" }],
          merges: ["A1:B2", "B2:C3"],
        },
        { name: "goals/q1", blocks: [] },
      ],
      names: [{ name: "has space", refersTo: "Goals!A1" }],
      activate: "Nope",
    };
    const issues = validateWorkbookSpec(bad);
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "sheets[0].name",
        "sheets[0].tabColor",
        "sheets[0].blocks[0].start",
        "sheets[0].blocks[1].rows[0][0]",
        "sheets[0].blocks[1].rows[0][1].formula",
        "sheets[0].styles[0].range",
        "sheets[0].validations[0].rule.values[0]",
        "sheets[0].validations[1].rule",
        "sheets[0].validations[2].range",
        "sheets[0].tables[0].name",
        "sheets[0].tables[0].range",
        "sheets[0].merges[1]",
        "names[0].name",
        "names[0].refersTo",
        "activate",
      ]),
    );
    expect(issues.every((i) => i.en.length > 0 && /[\u4e00-\u9fff]/.test(i.zh))).toBe(true);
    expect(() => assertValidWorkbookSpec(bad)).toThrow(WorkbookSpecError);
    expect(() => assertValidWorkbookSpec(bad)).toThrow(/nothing was written.*未写入/s);
  });

  it("requires table headers from the blocks and totals that name them", () => {
    const s: WorkbookSpec = {
      sheets: [
        {
          name: "S",
          blocks: [
            {
              start: "A1",
              rows: [
                ["Rep", "Rep"],
                [1, 2],
                [null, null],
              ],
            },
          ],
          tables: [{ name: "T", range: "A1:C3", totals: { Amount: "sum" } }],
        },
      ],
    };
    const en = validateWorkbookSpec(s).map((i) => i.en);
    expect(en).toEqual(
      expect.arrayContaining([
        'header "Rep" appears twice',
        "every header cell needs text from the blocks",
        '"Amount" is not a header of the table',
      ]),
    );
  });

  it("takes page breaks on rows after the first, in ascending order", () => {
    const withBreaks = (breaksBefore: number[]): WorkbookSpec => ({
      sheets: [{ name: "S", blocks: [], print: { breaksBefore } }],
    });
    expect(validateWorkbookSpec(withBreaks([2, 30, 58]))).toEqual([]);
    expect(validateWorkbookSpec(withBreaks([1, 30, 30, 12.5])).map((i) => i.path)).toEqual([
      "sheets[0].print.breaksBefore[0]",
      "sheets[0].print.breaksBefore[2]",
      "sheets[0].print.breaksBefore[3]",
    ]);
  });
});
