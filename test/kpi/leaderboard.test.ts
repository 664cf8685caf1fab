/** TOPPERFORMER and LEADERBOARD: highest first, ties in sheet order. */
import { isKpiError, leaderboard, topPerformer } from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);
const NAMES = [["Li Na"], ["Sam"], ["Wang Fang"], ["Chen Jie"]];
const SCORES = [[182000], [240000], [240000], [199000]];

describe("leaderboard", () => {
  it("names the best salesperson; the first of a tie wins", () => {
    expect(topPerformer(NAMES, SCORES)).toBe("Sam");
    expect(topPerformer([["Ann"], ["Bo"]], [[5], [5]])).toBe("Ann");
  });

  it("spills the top n, highest first, ties in sheet order", () => {
    expect(leaderboard(NAMES, SCORES, 2)).toEqual([
      ["Sam", 240000],
      ["Wang Fang", 240000],
    ]);
    expect(leaderboard(NAMES, SCORES, null)).toEqual([
      ["Sam", 240000],
      ["Wang Fang", 240000],
      ["Chen Jie", 199000],
      ["Li Na", 182000],
    ]);
    expect(leaderboard(NAMES, SCORES, 99)).toHaveLength(4);
    expect(leaderboard(NAMES, SCORES, 2.7)).toHaveLength(2);
  });

  it("skips blank rows of a larger selection, counts a blank score as 0, keeps numeric ids", () => {
    const names = [["Ann"], [""], [1001], ["Bo"]];
    const scores = [[3], [null], [7], [""]];
    expect(leaderboard(names, scores, null)).toEqual([
      [1001, 7],
      ["Ann", 3],
      ["Bo", 0],
    ]);
    expect(topPerformer(names, scores)).toBe(1001);
    expect(topPerformer([[true], ["Bo"]], [[9], [1]])).toBe("TRUE");
    expect(leaderboard([["Ann", "Bo"]], [[1], [2]], null)).toEqual([
      ["Bo", 2],
      ["Ann", 1],
    ]); // a row of names against a column of scores pairs cell by cell
  });

  it("errors: no one to rank #N/A, mismatched sizes or text scores #VALUE!, n < 1 #NUM!", () => {
    expect(kind(topPerformer([[""]], [[""]]))).toBe("na");
    expect(kind(leaderboard([], [], null))).toBe("na");
    expect(kind(topPerformer(NAMES, [[1], [2]]))).toBe("value");
    expect(kind(topPerformer(NAMES, [[1], ["x"], [2], [3]]))).toBe("value");
    expect(kind(leaderboard(NAMES, SCORES, 0))).toBe("num");
  });
});
