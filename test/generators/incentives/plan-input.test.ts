/**
 * The incentive plan schema and its meeting with the roster: defaults, every cross-field rule, and
 * bilingual messages that name the file, the field path and (for the roster) the row.
 */
import { buildPlanModel, planPeriods } from "../../../src/generators/incentives/model";
import { serialFromYmd } from "../../../src/schemas/dates";
import {
  IncentivePlanInput,
  parseIncentivePlan,
  resolvePeriodRef,
} from "../../../src/schemas/incentive-plan";
import { roster } from "../../kpi/plan/worked-examples";

const minimal: IncentivePlanInput = {
  name: "Minimal",
  period: { start: "2027-01", months: 3 },
  measures: [
    {
      id: "rev",
      name: "Revenue",
      quota: 100000,
      payout: { type: "tiers", tiers: [{ from: 0, rate: 0.05 }] },
    },
  ],
};

function issues(input: unknown) {
  const r = parseIncentivePlan(input, { file: "plan.yaml" });
  if (r.ok) throw new Error("expected issues");
  return r.issues;
}

function fieldsOf(input: unknown): string[] {
  return issues(input).map((i) => i.field);
}

describe("incentive plan schema", () => {
  it("accepts a minimal plan and fills the defaults", () => {
    const r = parseIncentivePlan(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payFrequency).toBe("monthly");
    expect(r.value.basis).toBe("bookings");
    expect(r.value.measures[0].payout).toEqual({
      type: "tiers",
      on: "amount",
      method: "marginal",
      perUnit: false,
      tiers: [{ from: 0, rate: 0.05 }],
    });
    expect(r.value.spiffs).toEqual([]);
    expect(r.value.awards).toEqual({});
  });

  it("names the file and the field, in English and Chinese", () => {
    const [issue] = issues({
      ...minimal,
      period: { start: "2027-01", months: 3 },
      measures: [{ ...minimal.measures[0], quota: -5 }],
    });
    expect(issue).toEqual({
      file: "plan.yaml",
      field: "measures[0].quota",
      en: "must be greater than 0",
      zh: "必须大于 0",
    });
  });

  it("refuses tiers and curves that do not rise, and unknown fields", () => {
    expect(
      fieldsOf({
        ...minimal,
        measures: [
          {
            id: "rev",
            name: "Revenue",
            quota: 1,
            payout: {
              type: "tiers",
              tiers: [
                { from: 0, rate: 0.1 },
                { from: 0, rate: 0.2 },
              ],
            },
            colour: "red",
          },
        ],
      }),
    ).toEqual(expect.arrayContaining(["measures[0].payout.tiers[1]", "measures[0]"]));
    expect(
      fieldsOf({
        ...minimal,
        compensation: { targetIncentive: 1000 },
        measures: [
          {
            id: "m",
            name: "M",
            quota: 1,
            weight: 1,
            payout: {
              type: "curve",
              points: [
                { attainment: 1, payout: 1 },
                { attainment: 0.5, payout: 2 },
              ],
            },
          },
        ],
      }),
    ).toEqual(["measures[0].payout.points[1]"]);
  });

  it("checks references between sections", () => {
    const fields = fieldsOf({
      ...minimal,
      teamPool: { measure: "nope", threshold: 1, amount: 1 },
      awards: { bestRep: { measure: "rev", title: "Star" }, bestTeam: { measure: "x", title: "Team" } },
      credits: [
        {
          deal: "D",
          period: 4,
          measure: "rev",
          amount: 10,
          shares: [
            { rep: "A", share: 0.5 },
            { rep: "B", share: 0.4 },
          ],
        },
      ],
      clawbacks: [{ rep: "A", period: "2027-02", deal: "C", commission: 1, monthsActive: 1 }],
      spiffUnits: [{ rep: "A", spiff: "none", values: [1, 2] }],
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        "teamPool.measure",
        "awards.bestTeam.measure",
        "credits[0].shares",
        "credits[0].period",
        "clawback",
        "spiffUnits[0].spiff",
        "spiffUnits[0].values",
      ]),
    );
    expect(fields).not.toContain("awards.bestRep.measure");
  });

  it("requires curve weights that add up to 1 and a compensation for curve measures", () => {
    const curve = (id: string, weight: number) => ({
      id,
      name: id,
      quota: 1,
      weight,
      payout: {
        type: "curve" as const,
        points: [
          { attainment: 0, payout: 0 },
          { attainment: 1, payout: 1 },
        ],
      },
    });
    const found = issues({ ...minimal, measures: [curve("a", 0.5), curve("b", 0.3)] });
    expect(found.map((i) => i.field)).toEqual(["measures", "compensation"]);
    expect(found[0].en).toContain("add up to 1");
    expect(found[0].zh).toContain("权重之和必须为 1");
  });

  it("wants exactly one of ote (with baseMix) and targetIncentive", () => {
    expect(fieldsOf({ ...minimal, compensation: { ote: 100000 } })).toEqual(["compensation.baseMix"]);
    expect(fieldsOf({ ...minimal, compensation: { ote: 100000, baseMix: 0.5, targetIncentive: 1 } })).toEqual(
      ["compensation"],
    );
  });

  it("refuses a pay frequency that does not divide the months", () => {
    expect(
      fieldsOf({ ...minimal, period: { start: "2027-01", months: 4 }, payFrequency: "quarterly" }),
    ).toEqual(["payFrequency"]);
  });

  it("maps months to pay periods", () => {
    const start = { year: 2027, month: 2 };
    expect(resolvePeriodRef("2027-02", start, 12, 3)).toBe(1);
    expect(resolvePeriodRef("2027-05", start, 12, 3)).toBe(2);
    expect(resolvePeriodRef("2028-01", start, 12, 3)).toBe(4);
    expect(resolvePeriodRef("2028-02", start, 12, 3)).toBeUndefined();
    expect(resolvePeriodRef(5, start, 12, 3)).toBeUndefined();
    expect(resolvePeriodRef("3", start, 12, 3)).toBe(3);
  });
});

describe("the plan meets the roster", () => {
  const parse = (input: IncentivePlanInput) => {
    const r = parseIncentivePlan(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  it("reports reps the roster does not know, naming the plan file and field", () => {
    const plan = parse({
      ...minimal,
      reps: [{ name: "Zed", draw: 5 }],
      adjustments: [{ rep: "Ann", period: 1, amount: 1 }],
    });
    const r = buildPlanModel(plan, roster("Ann"), { planFile: "plan.yaml", rosterFile: "team.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        file: "plan.yaml",
        field: "reps[0].name",
        en: 'no rep named "Zed" in the roster',
        zh: "名单中没有名为 “Zed” 的销售",
      },
    ]);
  });

  it("reports a name used twice in the roster with its row", () => {
    const r = buildPlanModel(parse(minimal), roster("Ann", "ann"), { rosterFile: "team.csv" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: "team.csv", row: 3, field: "name" });
  });

  it("resolves overrides, periods and activity (names case-insensitively)", () => {
    const plan = parse({
      ...minimal,
      compensation: { ote: 200000, baseMix: 0.6 },
      draw: { amount: 1000 },
      reps: [{ name: "bob", ote: 250000, quotas: { rev: [1, 2, 3] } }],
      adjustments: [
        { rep: "Ann", period: "2027-03", amount: 10, reason: "a" },
        { rep: "Ann", period: 3, amount: 5, reason: "b" },
      ],
    });
    const r = buildPlanModel(plan, roster("Ann", "Bob"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [ann, bob] = r.value.reps;
    expect(ann.ote).toBe(200000);
    expect(bob.ote).toBe(250000);
    expect(bob.overridden.ote).toBe(true);
    expect(ann.draw).toBe(1000);
    expect(bob.quotas[0]).toEqual([1, 2, 3]);
    expect(ann.quotas[0]).toEqual([100000, 100000, 100000]);
    expect(r.value.adjustments[0]).toEqual([0, 0, 15]);
    expect(r.value.adjustmentNotes[0][2]).toBe("a; b");
    expect(r.value.teams).toEqual(["North", "South"]);
  });

  it("cuts the plan into pay periods with their first and last days", () => {
    expect(planPeriods("2027-11", 6, 3)).toEqual([
      { start: serialFromYmd(2027, 11, 1), end: serialFromYmd(2028, 1, 31), label: "2027-11~2028-01" },
      { start: serialFromYmd(2028, 2, 1), end: serialFromYmd(2028, 4, 30), label: "2028-02~2028-04" },
    ]);
    expect(planPeriods("2028-02", 1, 1)[0]).toEqual({
      start: serialFromYmd(2028, 2, 1),
      end: serialFromYmd(2028, 2, 29),
      label: "2028-02",
    });
  });
});
