/**
 * Hire and leave dates, ramp draws and the best-team tie rule, each payout worked out by hand in the
 * test; the engine first, then the same plans written as workbooks and recalculated in LibreOffice,
 * whose cells must give the same hand values (and agree with the engine everywhere else).
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { serialFromYmd } from "../../../src/schemas/dates";
import { computePlan } from "../../../src/kpi/plan/engine";
import { drawDays, employedDays, rampEnd } from "../../../src/kpi/plan/employment";
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";
import { describeWithLibreOffice, expectClose, recalculate } from "../../oracle/libreoffice";
import { compareWorkbook } from "../../generators/incentives/compare";
import { planModel } from "./worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const date = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const rep = (name: string, team: string, hireDate: number | null, leaveDate?: number): Rep => ({
  name,
  role: "AE",
  team,
  manager: "Mia",
  hireDate,
  ...(leaveDate !== undefined ? { leaveDate } : {}),
});

/**
 * January to March 2027 (31, 28, 31 days); quota 100,000 a month; 5% flat on revenue; draw 3,000
 * recoverable; team pool 3,000 at 100% team attainment, split equally; best salesperson by actual,
 * no minimum, bonus 1,000.
 * Ann (North): no dates. Ben (North): hired 14 January (18 of 31 days). Cat (North): hired 1 March.
 * Dan (South): leaves 10 February (10 of 28 days); a late deal of 150,000 is credited to him in March.
 */
const datesPlan: IncentivePlanInput = {
  name: "Dates",
  period: { start: "2027-01", months: 3 },
  measures: [
    {
      id: "rev",
      name: "Revenue",
      quota: 100000,
      payout: { type: "tiers", tiers: [{ from: 0, rate: "5%" }] },
    },
  ],
  draw: { amount: 3000, recoverable: true },
  teamPool: { measure: "rev", threshold: 1, amount: 3000, split: "equal" },
  awards: { bestRep: { measure: "rev", by: "actual", minAttainment: 0, title: "Star", bonus: 1000 } },
  actuals: [
    { rep: "Ann", measure: "rev", values: [100000, 90000, 100000] },
    { rep: "Ben", measure: "rev", values: [60000, 100000, 110000] },
    { rep: "Cat", measure: "rev", values: [0, 0, 100000] },
    { rep: "Dan", measure: "rev", values: [120000, 50000, 150000] },
  ],
};
const datesRoster = [
  rep("Ann", "North", null),
  rep("Ben", "North", date(2027, 1, 14)),
  rep("Cat", "North", date(2027, 3, 1)),
  rep("Dan", "South", date(2020, 5, 1), date(2027, 2, 10)),
];

/**
 * Ramp draw: 4,000 a month for the first 2 months from the hire date, recoverable; 10% flat; quota
 * 50,000; January to April 2027. Eve hired 14 January: the draw runs 14 January to 13 March
 * (EDATE(14 Jan, 2) - 1): 18 of 31 days in January, all of February, 13 of 31 days in March.
 * Fay has no hire date: taken as ramped long ago, no ramp draw.
 */
const rampPlan = (recoverable: boolean): IncentivePlanInput => ({
  name: "Ramp draw",
  period: { start: "2027-01", months: 4 },
  measures: [
    {
      id: "rev",
      name: "Revenue",
      quota: 50000,
      payout: { type: "tiers", tiers: [{ from: 0, rate: "10%" }] },
    },
  ],
  draw: { amount: 4000, recoverable, rampMonths: 2 },
  actuals: [
    { rep: "Eve", measure: "rev", values: [10000, 20000, 60000, 30000] },
    { rep: "Fay", measure: "rev", values: [0, 5000, 0, 0] },
  ],
});
const rampRoster = [rep("Eve", "North", date(2027, 1, 14)), rep("Fay", "North", null)];

/**
 * Best team ties: North (Ann, Cy) and South (Bob, Dee) both at 110% in January; 300 per member.
 * Dee left on 31 December 2026, so she is not employed in January and gets nothing.
 */
const teamTiePlan = (tie: "share" | "all" | "first"): IncentivePlanInput => ({
  name: "Team tie",
  period: { start: "2027-01", months: 1 },
  measures: [
    { id: "rev", name: "Revenue", quota: 100000, payout: { type: "tiers", tiers: [{ from: 0, rate: 0 }] } },
  ],
  awards: { bestTeam: { measure: "rev", title: "Team of the month", bonusPerMember: 300, tie } },
  actuals: [
    { rep: "Ann", measure: "rev", values: [120000] },
    { rep: "Bob", measure: "rev", values: [110000] },
    { rep: "Cy", measure: "rev", values: [100000] },
    { rep: "Dee", measure: "rev", values: [0] },
  ],
  // Dee's quota is 0 (not employed), so South is 110,000 / 100,000 = 110%, North 220,000 / 200,000.
});
const teamTieRoster = [
  rep("Ann", "North", null),
  rep("Bob", "South", null),
  rep("Cy", "North", null),
  rep("Dee", "South", date(2019, 1, 1), date(2026, 12, 31)),
];

describe("employed days of a period", () => {
  const jan = { start: date(2027, 1, 1), end: date(2027, 1, 31), label: "2027-01" };
  it("counts from the hire date to the leave date, both included", () => {
    expect(employedDays({ hireDate: null }, jan)).toBe(31);
    expect(employedDays({ hireDate: date(2027, 1, 14) }, jan)).toBe(18); // 14..31
    expect(employedDays({ hireDate: date(2027, 1, 14), leaveDate: date(2027, 1, 20) }, jan)).toBe(7);
    expect(employedDays({ hireDate: date(2027, 2, 1) }, jan)).toBe(0); // hired after
    expect(employedDays({ hireDate: null, leaveDate: date(2026, 12, 31) }, jan)).toBe(0); // left before
    expect(employedDays({ hireDate: null, leaveDate: date(2027, 1, 1) }, jan)).toBe(1);
  });
  it("a ramp ends the day before the same date N months later, or before a shorter month's end", () => {
    expect(rampEnd(date(2027, 1, 14), 2)).toBe(date(2027, 3, 13));
    expect(rampEnd(date(2027, 1, 31), 1)).toBe(date(2027, 2, 27)); // EDATE(31 Jan, 1) = 28 Feb
    const feb = { start: date(2027, 2, 1), end: date(2027, 2, 28), label: "2027-02" };
    expect(drawDays({ hireDate: date(2027, 1, 31) }, jan, 1)).toBe(1);
    expect(drawDays({ hireDate: date(2027, 1, 31) }, feb, 1)).toBe(27);
    expect(drawDays({ hireDate: null }, feb, 1)).toBe(0);
    expect(drawDays({ hireDate: null }, feb, null)).toBe(28);
  });
});

describe("hire and leave dates in the engine, by hand", () => {
  const model = planModel(datesPlan, datesRoster);
  const result = computePlan(model);
  const [ann, ben, cat, dan] = result.lines;

  it("quotas: none when not employed, prorated by days in a partial period (to the cent)", () => {
    expect(ann.map((l) => l.measures[0].quota)).toEqual([100000, 100000, 100000]);
    expect(ben.map((l) => l.measures[0].quota)).toEqual([58064.52, 100000, 100000]); // 100,000 x 18/31 = 58,064.516
    expect(cat.map((l) => l.measures[0].quota)).toEqual([0, 0, 100000]);
    expect(dan.map((l) => l.measures[0].quota)).toEqual([100000, 35714.29, 0]); // 100,000 x 10/28 = 35,714.2857
    expect(ben[0].daysEmployed).toBe(18);
    expect(ben[0].periodDays).toBe(31);
    expect(ben[0].measures[0].attainment).toBeCloseTo(60000 / 58064.52, 12); // 103.33%
  });

  it("draws: nothing paid or owed before the hire date or after leaving, prorated in between", () => {
    expect(ann.map((l) => l.draw)).toEqual([3000, 3000, 3000]);
    expect(ben.map((l) => l.draw)).toEqual([1741.94, 3000, 3000]); // 3,000 x 18/31 = 1,741.935
    expect(cat.map((l) => l.draw)).toEqual([0, 0, 3000]);
    expect(dan.map((l) => l.draw)).toEqual([3000, 1071.43, 0]); // 3,000 x 10/28 = 1,071.4286
    // Cat earns nothing before 1 March and is owed nothing: no draw paid, no balance.
    expect(cat.map((l) => [l.payable, l.balance])).toEqual([
      [0, 0],
      [0, 0],
      [6000, 0],
    ]);
  });

  it("team pools are split only among members employed in the period", () => {
    // January, North: quota 100,000 + 58,064.52 + 0, credited 160,000: 101.2%, funded; Ann and Ben
    // are employed, Cat is not: 3,000 / 2 = 1,500 each.
    expect(result.teams[0][0].members).toBe(2);
    expect([ann[0].teamBonus, ben[0].teamBonus, cat[0].teamBonus]).toEqual([1500, 1500, 0]);
    // February, North: 190,000 / 200,000 = 95%, not funded. South: Dan 50,000 / 35,714.29 = 140%,
    // funded, and Dan (10 days) is its one employed member: 3,000.
    expect(result.teams[0][1].poolFunded).toBe(false);
    expect(dan[1].teamBonus).toBe(3000);
    // March, North: 310,000 / 300,000, all three employed: 1,000 each. South: quota 0, not funded.
    expect([ann[2].teamBonus, ben[2].teamBonus, cat[2].teamBonus]).toEqual([1000, 1000, 1000]);
    expect(dan[2].teamBonus).toBe(0);
  });

  it("a rep not employed in the period cannot win an award", () => {
    // March by actual: Dan's 150,000 is the highest, but he left in February; Ben (110,000) wins.
    expect(result.awards.map((a) => a.bestRep?.name)).toEqual(["Dan", "Ben", "Ben"]);
    expect(dan[2].bestRepBonus).toBe(0);
    expect(ben[2].bestRepBonus).toBe(1000);
  });

  it("payables: commission + pool + award, every earned amount above the draw", () => {
    // Ann 5,000+1,500 | 4,500 | 5,000+1,000. Ben 3,000+1,500 | 5,000+1,000 | 5,500+1,000+1,000.
    // Dan 6,000+3,000+1,000 | 2,500+3,000 | 7,500 (5% of the late 150,000 deal).
    expect(ann.map((l) => l.payable)).toEqual([6500, 4500, 6000]);
    expect(ben.map((l) => l.payable)).toEqual([4500, 6000, 7500]);
    expect(dan.map((l) => l.payable)).toEqual([10000, 5500, 7500]);
  });
});

describe("a ramp draw, by hand", () => {
  it("recoverable: prorated for the mid-month start and the end of the ramp, then recovered", () => {
    const [eve, fay] = computePlan(planModel(rampPlan(true), rampRoster)).lines;
    // 4,000 x 18/31 = 2,322.58; 4,000; 4,000 x 13/31 = 1,677.42; 0 after the ramp.
    expect(eve.map((l) => l.draw)).toEqual([2322.58, 4000, 1677.42, 0]);
    // Earned 1,000 | 2,000 | 6,000 | 3,000. Jan: paid the draw 2,322.58, owes 1,322.58. Feb: paid
    // 4,000, owes 1,322.58 + 2,000 = 3,322.58. Mar: 6,000 - 1,677.42 = 4,322.58 above the draw
    // repays all 3,322.58: paid 2,677.42. Apr: no draw, paid 3,000.
    expect(eve.map((l) => l.payable)).toEqual([2322.58, 4000, 2677.42, 3000]);
    expect(eve.map((l) => l.balance)).toEqual([1322.58, 3322.58, 0, 0]);
    expect(eve[3].ytd).toBeCloseTo(12000, 9); // everything earned, nothing more
    // Eve's January quota is prorated as well: 50,000 x 18/31 = 29,032.26.
    expect(eve[0].measures[0].quota).toBe(29032.26);
    expect(fay.map((l) => l.draw)).toEqual([0, 0, 0, 0]);
    expect(fay.map((l) => l.payable)).toEqual([0, 500, 0, 0]);
  });

  it("non-recoverable: a guaranteed minimum during the ramp only", () => {
    const [eve] = computePlan(planModel(rampPlan(false), rampRoster)).lines;
    // max(2,322.58, 1,000) | max(4,000, 2,000) | max(1,677.42, 6,000) | 3,000.
    expect(eve.map((l) => l.payable)).toEqual([2322.58, 4000, 6000, 3000]);
    expect(eve.map((l) => l.balance)).toEqual([0, 0, 0, 0]);
  });
});

describe("the best-team award follows the stated tie rule", () => {
  const bonuses = (tie: "share" | "all" | "first") =>
    computePlan(planModel(teamTiePlan(tie), teamTieRoster)).lines.map((l) => l[0].bestTeamBonus);
  it("share: members of both tied teams get 300 / 2 = 150; Dee, not employed, nothing", () => {
    expect(bonuses("share")).toEqual([150, 150, 150, 0]);
  });
  it("all: each member of each tied team gets 300", () => {
    expect(bonuses("all")).toEqual([300, 300, 300, 0]);
  });
  it("first: North, listed first in the roster, gets 300 a member", () => {
    expect(bonuses("first")).toEqual([300, 0, 300, 0]);
  });
  it("the plan schema states share by default", () => {
    const model = planModel(
      { ...teamTiePlan("share"), awards: { bestTeam: { measure: "rev", title: "T", bonusPerMember: 1 } } },
      teamTieRoster,
    );
    expect(model.bestTeam?.tie).toBe("share");
  });
});

/** Statement notes cell (0-based row, col) of rep r, period p: the first line under the header. */
function notesCell(
  layout: ReturnType<typeof generateIncentiveWorkbook>["layout"],
  r: number,
  p: number,
): [string, number, number] {
  const place = layout.statementAt(r);
  return [place.sheet, place.row + 3, 1 + p];
}

describeWithLibreOffice("hire and leave dates recalculated in LibreOffice", () => {
  it("days, prorated quotas and draws, pool shares, awards and the statement notes", async () => {
    const cases: { name: string; model: PlanModel; locale?: "zh-CN" }[] = [
      { name: "dates", model: planModel(datesPlan, datesRoster) },
      { name: "dates-zh", model: planModel(datesPlan, datesRoster), locale: "zh-CN" },
      { name: "ramp", model: planModel(rampPlan(true), rampRoster) },
      { name: "ramp-guaranteed", model: planModel(rampPlan(false), rampRoster) },
      ...(["share", "all", "first"] as const).map((tie) => ({
        name: `tie-${tie}`,
        model: planModel(teamTiePlan(tie), teamTieRoster),
      })),
      { name: "tie-share-zh", model: planModel(teamTiePlan("share"), teamTieRoster), locale: "zh-CN" },
    ];
    const generated = cases.map((c) => ({
      ...c,
      ...generateIncentiveWorkbook(c.model, { locale: c.locale }),
    }));
    const files = await Promise.all(
      generated.map(async (g) => ({ name: g.name, data: await writeXlsx(g.spec) })),
    );
    const books = await recalculate(files);
    const mismatches: string[] = [];
    for (const g of generated) {
      const out = compareWorkbook(
        g.name,
        g.model,
        computePlan(g.model),
        g.layout,
        books.get(g.name)!,
        g.locale,
      );
      mismatches.push(...out.mismatches);
    }
    expect(mismatches).toEqual([]);

    // The hand values again, read from the recalculated cells.
    const dates = generated[0];
    const book = books.get("dates")!;
    const calc = (r: number, p: number, col: number) =>
      book.get(dates.layout.sheets.calculation, at(dates.layout.calc.row(r, p), col));
    const c = dates.layout.calc.col;
    expect(calc(1, 0, c.daysEmployed)).toBe(18);
    expect(calc(1, 0, c.periodDays)).toBe(31);
    expectClose(calc(1, 0, c.measures[0].quota), 58064.52);
    expectClose(calc(1, 0, c.draw), 1741.94);
    expectClose(calc(2, 0, c.draw), 0);
    expectClose(calc(3, 1, c.draw), 1071.43);
    expectClose(calc(0, 0, c.teamBonus!), 1500);
    expectClose(calc(2, 0, c.teamBonus!), 0);
    expectClose(calc(3, 2, c.bestRepBonus!), 0);
    expectClose(calc(1, 2, c.bestRepBonus!), 1000);
    const teams = dates.layout.teams;
    expect(book.get(dates.layout.sheets.teams, at(teams.row(0, 0), teams.col.members))).toBe(2);
    const note = (name: string, r: number, p: number) => {
      const g = generated.find((x) => x.name === name)!;
      const [sheet, row, col] = notesCell(g.layout, r, p);
      return books.get(name)!.get(sheet, at(row, col));
    };
    expect(note("dates", 1, 0)).toBe("Prorated: 18 of 31 days.");
    expect(note("dates", 1, 1)).toBe("");
    expect(note("dates", 2, 0)).toBe("Not employed this period: no quota, draw or award.");
    expect(note("dates", 3, 1)).toBe("Prorated: 10 of 28 days.");
    expect(note("dates-zh", 1, 0)).toBe("按天折算：18 / 31 天。");
    expect(note("dates-zh", 3, 2)).toBe("本期不在职：无指标、预支和奖励。");

    const ramp = generated.find((g) => g.name === "ramp")!;
    const rb = books.get("ramp")!;
    const rc = ramp.layout.calc.col;
    const rampCell = (p: number, col: number) =>
      rb.get(ramp.layout.sheets.calculation, at(ramp.layout.calc.row(0, p), col));
    [2322.58, 4000, 1677.42, 0].forEach((d, p) => expectClose(rampCell(p, rc.draw), d));
    [2322.58, 4000, 2677.42, 3000].forEach((d, p) => expectClose(rampCell(p, rc.payable), d));

    const tieCell = (name: string, r: number) => {
      const g = generated.find((x) => x.name === name)!;
      return books
        .get(name)!
        .get(g.layout.sheets.calculation, at(g.layout.calc.row(r, 0), g.layout.calc.col.bestTeamBonus!));
    };
    [150, 150, 150, 0].forEach((b, r) => expectClose(tieCell("tie-share", r), b));
    [300, 300, 300, 0].forEach((b, r) => expectClose(tieCell("tie-all", r), b));
    [300, 0, 300, 0].forEach((b, r) => expectClose(tieCell("tie-first", r), b));
    // The Awards sheet's winner cell names both tied teams (North and South at 110%), joined in
    // roster order, unless the rule pays the first listed.
    const winner = (name: string) => {
      const g = generated.find((x) => x.name === name)!;
      return books.get(name)!.get(g.layout.sheets.awards!, at(g.layout.awards.bestTeam!.winner, 1));
    };
    expect(winner("tie-share")).toBe("North, South");
    expect(winner("tie-all")).toBe("North, South");
    expect(winner("tie-first")).toBe("North");
    expect(winner("tie-share-zh")).toBe("North、South");
  }, 180_000);
});
