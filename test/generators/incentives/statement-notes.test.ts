/**
 * The statement's notes line: a prorated period and the zero-quota notes of two attainment measures
 * in one cell, each note a sentence apart (they used to run together: "...base rate.No Margin...").
 * Read from the cells LibreOffice recalculated, in English and Chinese.
 */
import { generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { at } from "../../../src/generators/incentives/grid";
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { serialFromYmd } from "../../../src/schemas/dates";
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";
import { describeWithLibreOffice, recalculate } from "../../oracle/libreoffice";
import { planModel } from "../../kpi/plan/worked-examples";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

const attainmentTiers: IncentivePlanInput["measures"][number]["payout"] = {
  type: "tiers",
  on: "attainment",
  tiers: [
    { from: 0, rate: "2%" },
    { from: 1, rate: "4%" },
  ],
};
const plan: IncentivePlanInput = {
  name: "Notes",
  period: { start: "2027-01", months: 2 },
  measures: [
    { id: "rev", name: "Revenue", quota: 100000, payout: attainmentTiers },
    { id: "margin", name: "Margin", quota: 30000, payout: attainmentTiers },
  ],
  reps: [
    { name: "Ivy", quotas: { rev: [0, 100000], margin: [0, 30000] } },
    { name: "Jo", quotas: { rev: [0, 100000] } },
  ],
};
const reps: Rep[] = [
  { name: "Ivy", role: "AE", team: "North", manager: "Mia", hireDate: serialFromYmd(2027, 1, 14) },
  { name: "Jo", role: "AE", team: "North", manager: "Mia", hireDate: null },
];

describeWithLibreOffice("statement notes recalculated in LibreOffice", () => {
  it("joins the period's notes with a separator, in English and Chinese", async () => {
    const model = planModel(plan, reps);
    const en = generateIncentiveWorkbook(model);
    const zh = generateIncentiveWorkbook(model, { locale: "zh-CN" });
    const books = await recalculate([
      { name: "en", data: await writeXlsx(en.spec) },
      { name: "zh", data: await writeXlsx(zh.spec) },
    ]);
    // The notes line is the first under each statement's header: its title row + 3, period p in column 1 + p.
    const note = (lang: "en" | "zh", r: number, p: number) => {
      const g = lang === "en" ? en : zh;
      const place = g.layout.statementAt(r);
      return books.get(lang)!.get(place.sheet, at(place.row + 3, 1 + p));
    };
    expect(note("en", 0, 0)).toBe(
      "Prorated: 18 of 31 days. No Revenue quota this period: paid at the base rate. No Margin quota this period: paid at the base rate.",
    );
    expect(note("en", 1, 0)).toBe("No Revenue quota this period: paid at the base rate.");
    expect(note("en", 0, 1)).toBe("");
    expect(note("zh", 0, 0)).toBe(
      "按天折算：18 / 31 天。本期无Revenue指标：按基础提成比例计发。本期无Margin指标：按基础提成比例计发。",
    );
    expect(note("zh", 1, 0)).toBe("本期无Revenue指标：按基础提成比例计发。");
  }, 120_000);
});
