/**
 * The note naming reps who start after the period: a roster of thousands of future starters once made
 * one cell of 43,539 characters, over Excel's 32,767, and the workbook could not be written. The names
 * now go down the rows, no cell over 1,000 characters, every name once and in roster order.
 */
import { notYetStartedLines } from "../../../src/generators/goals/goals-sheet";
import { GOAL_SHEET_TEXTS } from "../../../src/i18n/sheets/goals";

describe("the not-yet-started note", () => {
  it("keeps a short list in one sentence", () => {
    expect(notYetStartedLines(GOAL_SHEET_TEXTS["en-US"], ["Di", "Eve"])).toEqual([
      "Not on these sheets (they start after the period): Di, Eve",
    ]);
    expect(notYetStartedLines(GOAL_SHEET_TEXTS["zh-CN"], ["张三", "李四"])).toEqual([
      "未列入本表（在考核期结束后入职）：张三、李四",
    ]);
    expect(notYetStartedLines(GOAL_SHEET_TEXTS["en-US"], [])).toEqual([]);
  });

  it("splits 4,000 names into cells of at most 1,000 characters", () => {
    const names = Array.from({ length: 4000 }, (_, i) => `Rep ${String(i + 1).padStart(4, "0")}`);
    const lines = notYetStartedLines(GOAL_SHEET_TEXTS["en-US"], names);
    // "Rep 0001" is 8 characters, 10 with ", ": about 100 names a cell, so some 40 cells.
    expect(lines.length).toBeGreaterThanOrEqual(40);
    expect(lines.length).toBeLessThanOrEqual(42);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(1000);
    expect(lines[0].startsWith("Not on these sheets (they start after the period): Rep 0001, Rep 0002")).toBe(
      true,
    );
    const back = lines.map((l, i) => (i ? l : l.slice(l.indexOf(": ") + 2))).flatMap((l) => l.split(", "));
    expect(back).toEqual(names);
  });
});
