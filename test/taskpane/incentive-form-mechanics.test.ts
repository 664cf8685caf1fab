/**
 * The incentive form's advanced mechanics (#17): filled in as examples/incentives/mechanics.yaml
 * says, the form gives the very plan the YAML gives, through the same plan schema; each mechanic's
 * mistakes are reported at its own field, in English and Chinese.
 */
import fs from "fs";
import path from "path";
import { parseConfigText } from "../../src/cli/files";
import { parseIncentivePlan } from "../../src/schemas/incentive-plan";
import {
  IncentiveFormState,
  defaultIncentiveForm,
  incentivePlanFromForm,
  validateIncentiveForm,
} from "../../src/taskpane/forms/incentives/incentive-form";
import type { Rep } from "../../src/schemas/roster";
import { generateIncentiveWorkbook } from "../../src/generators/incentives";

const TODAY = 46402;
const EXAMPLE = path.resolve(__dirname, "../../examples/incentives/mechanics.yaml");

const rep = (name: string, role: string, team: string): Rep => ({
  name,
  role,
  team,
  manager: "",
  hireDate: null,
});
// examples/incentives/mechanics-roster.csv
const ROSTER = [rep("Ann", "AE", "North"), rep("Bo", "SDR", "North"), rep("Cy", "AE", "South")];

/** The form as an analyst fills it from mechanics.yaml, typing rates with the box's % sign. */
function mechanicsForm(): IncentiveFormState {
  const base = defaultIncentiveForm("en-US", TODAY);
  return {
    ...base,
    name: "Mechanics",
    currency: "USD",
    start: "2027-01",
    months: "3",
    payFrequency: "monthly",
    targetIncentive: "60,000",
    exchangeRates: [{ currency: "CNY", rate: "0.14" }],
    measures: [
      {
        name: "Revenue",
        id: "rev",
        quota: "100k",
        capTI: "300",
        on: "attainment",
        method: "marginal",
        tiers: base.measures[0].tiers,
        byRole: true,
        roles: [
          {
            role: "AE",
            tiers: [
              { from: "0", rate: "4" },
              { from: "100%", rate: "8" },
            ],
          },
          {
            role: "SDR",
            tiers: [
              { from: "0", rate: "2" },
              { from: "100%", rate: "4" },
            ],
          },
        ],
      },
      {
        name: "YTD revenue",
        id: "ytdrev",
        quota: "50,000",
        on: "attainment",
        method: "retro",
        ytd: true,
        tiers: [
          { from: "0", rate: "3" },
          { from: "100%", rate: "6" },
        ],
      },
    ],
    negativeTrueUp: "carry",
    splits: [
      {
        deal: "D-1",
        period: "2",
        measure: "0",
        amount: "30,000",
        shares: [
          { rep: "Ann", share: "100%", quotaShare: "" },
          { rep: "Cy", share: "0", quotaShare: "100%" },
        ],
      },
    ],
    returns: [{ rep: "Ann", measure: "0", period: "3", paidIn: "1", amount: "10,000", document: "CM-101" }],
  };
}

describe("incentive form: advanced mechanics", () => {
  it("filled as mechanics.yaml says, yields the plan the YAML gives", () => {
    const yaml = parseConfigText(fs.readFileSync(EXAMPLE, "utf8"), "mechanics.yaml");
    if (!yaml.ok) throw new Error("mechanics.yaml does not parse");
    const fromYaml = parseIncentivePlan(yaml.value);
    const draft = incentivePlanFromForm(mechanicsForm());
    expect(draft.issues).toEqual([]);
    const fromForm = parseIncentivePlan(draft.data);
    if (!fromYaml.ok || !fromForm.ok) throw new Error("a plan was refused");
    // Actuals are typed into the calculation sheet (with their currency), not into the form.
    expect(fromForm.value).toEqual({ ...fromYaml.value, actuals: [] });
    // Spot checks worked from the YAML by hand: 300% -> 3, 4% -> 0.04, 100% attainment -> 1.
    const rev = fromForm.value.measures[0];
    expect(rev.payoutCapTI).toBe(3);
    expect(rev.payout.type === "tiers" && rev.payout.roles).toEqual([
      {
        role: "AE",
        tiers: [
          { from: 0, rate: 0.04 },
          { from: 1, rate: 0.08 },
        ],
      },
      {
        role: "SDR",
        tiers: [
          { from: 0, rate: 0.02 },
          { from: 1, rate: 0.04 },
        ],
      },
    ]);
    expect(fromForm.value.credits[0].shares[1]).toEqual({ rep: "Cy", share: 0, quotaShare: 1 });
  });

  it("builds the model for the example's roster: each rep on their role's table", () => {
    const v = validateIncentiveForm(mechanicsForm(), ROSTER);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    // Ann and Cy are AEs (table 0), Bo an SDR (table 1); the YTD measure has one table (null).
    expect(v.model.reps.map((r) => r.tierTables)).toEqual([
      [0, null],
      [1, null],
      [0, null],
    ]);
    expect(v.model.measures[0].payoutCapTI).toBe(3);
    expect(v.model.returns).toEqual([
      { rep: 0, measure: 0, period: 2, paidIn: 0, amount: 10000, document: "CM-101" },
    ]);
  });

  it("puts each mechanic's mistake at its field, in both languages", () => {
    const form = mechanicsForm();
    const broken: IncentiveFormState = {
      ...form,
      targetIncentive: "",
      drawRampMonths: "3",
      exchangeRates: [{ currency: "USD", rate: "1" }],
      measures: [
        {
          ...form.measures[0],
          roles: [form.measures[0].roles![0], { ...form.measures[0].roles![1], role: "ae" }],
        },
        form.measures[1],
      ],
      splits: [
        {
          ...form.splits[0],
          shares: [{ rep: "Ann", share: "50%", quotaShare: "" }, form.splits[0].shares[1]],
        },
      ],
      returns: [{ ...form.returns[0], paidIn: "4" }],
    };
    const v = validateIncentiveForm(broken, ROSTER);
    if (v.ok) throw new Error("accepted");
    const at = (field: string) => v.issues.filter((i) => i.field === field);
    expect(at("draw.rampMonths")[0]).toMatchObject({
      en: "Give the draw per pay period first",
      zh: "请先填写每期预支金额",
    });
    expect(at("measure.0.capTI")[0].en).toContain("needs each rep's target incentive");
    expect(at("measure.0.capTI")[0].zh).toContain("需要每位销售人员的目标奖金");
    expect(at("measure.0.role.1.name")[0].en).toContain('the role "ae" has two tier tables');
    expect(at("rate.0.currency")[0].en).toContain("is the plan currency (USD)");
    expect(at("split.0.shares")[0].en).toContain("shares must add up to 1 (100%), they add up to 0.5");
    expect(at("return.0.paidIn")[0].en).toContain("must be a pay period from 1 to 3");
    expect(at("return.0.paidIn")[0].zh).toContain("须为 1 到 3 的发放期序号");
  });

  it("names a rep missing from the roster at the split or return row", () => {
    const form = mechanicsForm();
    const v = validateIncentiveForm({ ...form, returns: [{ ...form.returns[0], rep: "Dee" }] }, ROSTER);
    if (v.ok) throw new Error("accepted");
    expect(v.issues).toEqual([
      expect.objectContaining({
        field: "return.0.rep",
        en: 'no rep named "Dee" in the roster',
        zh: "名单中没有名为 “Dee” 的销售",
      }),
    ]);
  });

  it("a rep whose role has no table is refused at the roster row, never paid 0", () => {
    const v = validateIncentiveForm(mechanicsForm(), [...ROSTER, rep("Di", "Manager", "South")]);
    if (v.ok) throw new Error("accepted");
    expect(v.issues[0]).toMatchObject({ row: 5, field: "role" });
    expect(v.issues[0].en).toContain('Di\'s role "Manager" has no tier table for Revenue');
  });

  it("sends the team award with its tie rule, the ramp draw and the true-up rule", () => {
    const base = defaultIncentiveForm("en-US", TODAY);
    const { data, issues } = incentivePlanFromForm({
      ...base,
      draw: "2,000",
      drawRampMonths: "3",
      bestTeamTitle: "Best team",
      bestTeamBonus: "500",
      bestTeamTie: "all",
      negativeTrueUp: "claw",
      measures: [{ ...base.measures[0], ytd: true }],
    });
    expect(issues).toEqual([]);
    expect(data.draw).toEqual({ amount: 2000, recoverable: true, rampMonths: 3 });
    expect(data.awards).toEqual({
      bestTeam: { measure: "Revenue", title: "Best team", bonusPerMember: 500, tie: "all" },
    });
    expect(data.negativeTrueUp).toBe("claw");
    // Without a year-to-date measure the rule is not sent (the plan's default stands).
    expect("negativeTrueUp" in incentivePlanFromForm(base).data).toBe(false);
  });
});

describe("incentive form: exchange rates before any actual", () => {
  it("gives the calculation its currency columns and the plan sheet its rates table", () => {
    const form = mechanicsForm();
    const v = validateIncentiveForm(form, ROSTER);
    if (!v.ok) throw new Error(JSON.stringify(v.issues));
    // No actuals yet: every amount is the plan's own until a currency is typed beside it.
    expect(v.model.currencies?.rates).toEqual([{ currency: "CNY", rate: 0.14 }]);
    expect(v.model.currencies?.actualCurrency).toEqual([
      ["", ""],
      ["", ""],
      ["", ""],
    ]);
    const { spec } = generateIncentiveWorkbook(v.model, { locale: "en-US" });
    const cells = JSON.stringify(spec);
    expect(cells).toContain("FX_Rate");
    expect(cells).toContain("CNY");
  });
});
