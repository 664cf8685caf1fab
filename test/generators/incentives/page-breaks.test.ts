/**
 * Pay statements each on a page of their own, within Excel's 1,026 manual page breaks per sheet
 * ("Excel specifications and limits"); a sheet with more would get none rather than a write Excel
 * refuses, so a larger team's statements go on several sheets (statement-split.test.ts).
 */
import {
  statementBreaks,
  statementRows,
  statementStarts,
} from "../../../src/generators/incentives/statement-sheets";
import { validateWorkbookSpec } from "../../../src/workbook";
import { richPlan } from "./rich-plan";

function teamOf(size: number) {
  const model = richPlan();
  const reps = Array.from({ length: size }, (_, i) => model.reps[i % model.reps.length]);
  const adjustmentNotes = reps.map((_, i) => model.adjustmentNotes[i % model.reps.length]);
  return { ...model, reps, adjustmentNotes };
}

describe("statement page breaks", () => {
  it("break before every statement but the first, for a team that fits", () => {
    const team = teamOf(1027);
    const breaks = statementBreaks(team);
    expect(breaks).toHaveLength(1026);
    expect(breaks[0]).toBe(statementRows(team) + 1);
    expect(breaks).toEqual(statementStarts(team).slice(1));
  });

  it("stop for a team with more statements than Excel keeps breaks", () => {
    const team = teamOf(1028);
    const breaks = statementBreaks(team);
    expect(breaks).toEqual([]);
    const issues = validateWorkbookSpec({
      sheets: [{ name: "S", blocks: [], print: { breaksBefore: statementStarts(team).slice(1) } }],
    });
    expect(issues.map((i) => i.path)).toEqual(["sheets[0].print.breaksBefore"]);
  });
});
