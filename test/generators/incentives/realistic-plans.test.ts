/**
 * Realistic plans from examples/incentives run through the CLI, the written workbook recalculated in
 * LibreOffice, and every rep's payable checked to the cent against values worked out by hand here,
 * with reps at, just below and just above every boundary.
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { buildPlanModel } from "../../../src/generators/incentives/model";
import { calcLayout } from "../../../src/generators/incentives/layout";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { parseRosterCsv } from "../../../src/schemas/roster";
import { at } from "../../../src/generators/incentives/grid";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { makeTempDir, removeTempDir, runMain } from "../../support/cli";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const EXAMPLES = path.resolve(__dirname, "../../../examples/incentives");

/** Runs `sales-kit incentives` on an example and returns each rep's recalculated payable per period. */
async function payables(plan: string, roster: string): Promise<Record<string, number[]>> {
  const dir = makeTempDir("sales-kit-realistic-");
  try {
    const r = await runMain(
      ["incentives", "-r", path.join(EXAMPLES, roster), "-c", path.join(EXAMPLES, plan), "-o", "out.xlsx"],
      { cwd: dir, env: {} },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Where the payable cells are: the same layout the generator used for this plan and roster.
    const parsed = parseIncentivePlan(YAML.parse(fs.readFileSync(path.join(EXAMPLES, plan), "utf8")));
    const reps = parseRosterCsv(fs.readFileSync(path.join(EXAMPLES, roster), "utf8"));
    if (!parsed.ok || !reps.ok) throw new Error("example does not parse");
    const model = buildPlanModel(parsed.value, reps.value);
    if (!model.ok) throw new Error(JSON.stringify(model.issues));
    const layout = calcLayout(model.value);
    const books = await recalculate([{ name: "out", data: fs.readFileSync(path.join(dir, "out.xlsx")) }]);
    const book = books.get("out")!;
    const out: Record<string, number[]> = {};
    model.value.reps.forEach((rep, i) => {
      out[rep.name] = model.value.periods.map(
        (_, p) => book.get("Commission calc", at(layout.row(i, p), layout.col.payable)) as number,
      );
    });
    return out;
  } finally {
    removeTempDir(dir);
  }
}

describeWithLibreOffice("realistic plans through the CLI, checked to the cent", () => {
  it("SaaS AE with accelerators and a cap at 300% of target incentive", async () => {
    // Quota 50,000 a month; 10% to 100%, 15% to 150%, 20% above (marginal); target incentive 60,000 a
    // year = 5,000 a month, cap 3 x 5,000 = 15,000 (Small TI: 36,000 a year from the roster, cap 9,000).
    const got = await payables("saas-ae.yaml", "saas-ae-roster.csv");
    expect(got).toEqual({
      "At Quota": [5000], // 50,000 x 10%
      "Below Quota": [4999.99], // 49,999.90 x 10%
      "Above Quota": [5000.03], // 5,000 + 0.20 x 15%
      "At Accelerator": [8750], // 5,000 + 25,000 x 15%
      "Below Accelerator": [8749.97], // 5,000 + 24,999.80 x 15% = 5,000 + 3,749.97
      "Above Accelerator": [8750.1], // 8,750 + 0.50 x 20%
      "At Cap": [15000], // 8,750 + 31,250 x 20% = 15,000, exactly the cap
      "Below Cap": [14999.99], // 8,750 + 31,249.95 x 20% = 8,750 + 6,249.99
      "Above Cap": [15000], // 15,000.01 capped at 15,000
      "Small TI": [9000], // 8,750 + 25,000 x 20% = 13,750, capped at 3 x 3,000
    });
  }, 120_000);

  it("retroactive channel tiers: the whole month at the rate of the tier reached", async () => {
    // 3% from 0, 5% from 250,000, 7% from 500,000, all applied to the whole amount (retro).
    const got = await payables("channel-retro.yaml", "channel-roster.csv");
    expect(got).toEqual({
      Low: [3000], // 100,000 x 3%
      "Below Tier 2": [7499.97], // 249,999 x 3%
      "At Tier 2": [12500], // 250,000 x 5%
      "Above Tier 2": [12500.01], // 250,000.20 x 5%
      "Below Tier 3": [24999.95], // 499,999 x 5%
      "At Tier 3": [35000], // 500,000 x 7%
      "Above Tier 3": [35000.03], // 500,000.40 x 7% = 35,000.028
    });
  }, 120_000);

  it("marginal tiers behind a threshold: nothing below 60%, then 4% to quota and 8% above", async () => {
    const got = await payables("threshold-marginal.yaml", "threshold-roster.csv");
    expect(got).toEqual({
      "Below Threshold": [0], // 59.9999% < 60%
      "At Threshold": [2400], // 60,000 x 4%
      "Above Threshold": [2400.02], // 60,000.50 x 4%
      "Below Quota": [3999.99], // 99,999.75 x 4%
      "At Quota": [4000], // 100,000 x 4%
      "Above Quota": [4000.02], // 4,000 + 0.25 x 8%
      High: [8000], // 4,000 + 50,000 x 8%
    });
  }, 120_000);

  it("two measures with a gate: revenue pays only at 80% of the margin quota", async () => {
    // Revenue 120,000 x 5% = 6,000 when margin reaches 80% of 40,000 = 32,000; margin x 10% from 50% (20,000).
    const got = await payables("two-measures-gate.yaml", "gate-roster.csv");
    expect(got).toEqual({
      "At Gate": [9200], // 6,000 + 32,000 x 10%
      "Below Gate": [3199.99], // gate missed: 0 + 31,999.90 x 10%
      "Above Gate": [9200.01], // 6,000 + 32,000.10 x 10%
      "At Margin Gate": [2000], // revenue gated out (50% < 80%); margin 20,000 x 10%
      "Below Margin Gate": [0], // 49.99975% of the margin quota: both gates missed
    });
  }, 120_000);
});
