/**
 * The incentive sheets' native formulas against the reference engine: the worked examples and the
 * first half of 300 seeded random plans and teams (the second half is oracle-second-half.test.ts, so
 * jest's two workers share the sweep), written with the xlsx host, recalculated in LibreOffice (many
 * files per soffice run, two runs at a time), every attainment, payout, payable, team and award cell
 * compared within 1e-9.
 */
import { describeWithLibreOffice } from "../../oracle/libreoffice";
import { ALL_FIXED_CASES } from "../../kpi/plan/worked-examples";
import { richPlan } from "./rich-plan";
import { randomOracleCases, runOracle } from "./run-oracle";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

// 300 plans in all, not the 500 of earlier sessions: on the 2-core CI machine the whole run reached
// 22 minutes (goal 20); SALES_KIT_ORACLE_PLANS=500 runs the wider sweep.
const cases = randomOracleCases(1, 2);

describeWithLibreOffice("incentive workbooks recalculated in LibreOffice agree with the engine", () => {
  it("published worked examples, hand calculations and the every-mechanic plan", async () => {
    const cases = [
      ...ALL_FIXED_CASES.map((c, i) => ({ name: `fixed-${i}: ${c.title}`, model: c.model })),
      { name: "rich plan", model: richPlan() },
      { name: "rich plan, Chinese sheets", model: richPlan(), locale: "zh-CN" as const },
    ];
    const { mismatches, cells } = await runOracle(cases);
    expect(mismatches).toEqual([]);
    expect(cells).toBeGreaterThan(100);
  }, 300_000);

  it(`random plans and teams ${cases[0].name} to ${cases.at(-1)!.name}: no mismatch beyond 1e-9 relative`, async () => {
    const { mismatches, cells } = await runOracle(cases);
    if (mismatches.length) console.log(mismatches.slice(0, 40).join("\n"));
    expect(mismatches).toEqual([]);
    // Not vacuous: tens of thousands of cells were compared.
    expect(cells).toBeGreaterThan(cases.length * 40);
  }, 1_800_000);
});
