/** What the pane's forms stand for with the settings the download tests give them. */
import { buildFeedbackLog, reviewSheetNames } from "../../src/generators/reviews";
import type { SheetSpec } from "../../src/workbook/spec";

/** The goal form's metrics with their defaults and a revenue target of 1,200,000 per rep. */
export const PANE_GOAL_METRICS = [
  { id: "revenue", weight: 0.5, target: 1200000, cap: 1.5 },
  { id: "newCustomers", weight: 0.3, target: 15, cap: 1.5 },
  { id: "conversionRate", weight: 0.2, target: 0.15, gate: 0.8 },
];

/**
 * The incentive plan the pane's incentive form stands for with its defaults and first month
 * 2027-01, three months: what tests of the pane's downloads compare the files with.
 */
export const PANE_INCENTIVE_PLAN = {
  name: "Sales incentive plan 2027-01",
  currency: "$",
  period: { start: "2027-01", months: 3 },
  measures: [
    {
      id: "Revenue",
      name: "Revenue",
      quota: 300000,
      payout: {
        type: "tiers",
        on: "amount",
        method: "marginal",
        tiers: [
          { from: 0, rate: 0.03 },
          { from: 300000, rate: 0.05 },
          { from: 450000, rate: 0.08 },
        ],
      },
    },
  ],
};

/** The feedback log the pane makes for team East: 12 empty rows, as of 2027-03-31 (serial 46477). */
export function paneTeamFeedbackLog(): SheetSpec {
  return buildFeedbackLog({
    locale: "en-US",
    sheetName: reviewSheetNames("en-US", "East").feedback,
    owner: "East",
    ownerIsTeam: true,
    emptyRows: 12,
    asOf: 46477,
  });
}
