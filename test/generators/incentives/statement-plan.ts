/**
 * A two-rep plan whose statements hold every kind of line: marginal tiers on attainment with a money
 * cap, a gate on another measure that fails for one rep, a SPIFF, adjustments with reasons, a
 * clawback, a recoverable draw topped up and recovered, a pay date offset and the CNY currency.
 * The reps' figures are distinctive (no figure of one appears on the other's statement), so the
 * privacy test can look for them. Every figure is worked out by hand in HAND below.
 */
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import type { Rep } from "../../../src/schemas/roster";

export const STATEMENT_PLAN: IncentivePlanInput = {
  name: "Statement walk-through",
  currency: "CNY",
  period: { start: "2027-01", months: 2 },
  payDate: { daysAfterPeriodEnd: 15 },
  measures: [
    {
      id: "rev",
      name: "Revenue",
      quota: 100000,
      gate: { attainment: 0.6, measure: "renew" },
      payoutCap: 6000,
      payout: {
        type: "tiers",
        on: "attainment",
        method: "marginal",
        tiers: [
          { from: 0, rate: "2%" },
          { from: 1, rate: "5%" },
          { from: 1.5, rate: "8%" },
        ],
      },
    },
    {
      id: "renew",
      name: "Renewals",
      quota: 50000,
      payout: { type: "tiers", tiers: [{ from: 0, rate: "3%" }] },
    },
  ],
  spiffs: [{ id: "logo", name: "New logo", tiers: [{ from: 1, rate: 500 }] }],
  draw: { amount: 3000, recoverable: true },
  clawback: {
    schedule: [
      { months: 0, fraction: 1 },
      { months: 3, fraction: 0.5 },
      { months: 6, fraction: 0 },
    ],
  },
  actuals: [
    { rep: "Ann Vale", measure: "rev", values: [160000, 200000] },
    { rep: "Ann Vale", measure: "renew", values: [40000, 50000] },
    { rep: "Bo Quill", measure: "rev", values: [90000, 130000] },
    { rep: "Bo Quill", measure: "renew", values: [29500, 45000] },
  ],
  spiffUnits: [
    { rep: "Ann Vale", spiff: "logo", values: [2, 0] },
    { rep: "Bo Quill", spiff: "logo", values: [1, 3] },
  ],
  clawbacks: [{ rep: "Ann Vale", period: 2, deal: "D-9", commission: 800, monthsActive: 4 }],
  adjustments: [
    { rep: "Ann Vale", period: 2, amount: 300, reason: "Q4 deal correction" },
    { rep: "Bo Quill", period: 1, amount: -200, reason: "Expense advance" },
  ],
};

/**
 * The walk-through plan over twelve months, the actuals and SPIFF units of January and February
 * repeated month by month (the clawback and adjustments stay in February): its statement prints in
 * bands of periods.
 */
const twelve = <T>(values: readonly T[]) => Array.from({ length: 12 }, (_, i) => values[i % values.length]);
export const TWELVE_PLAN: IncentivePlanInput = {
  ...STATEMENT_PLAN,
  name: "Statement walk-through, twelve months",
  period: { start: "2027-01", months: 12 },
  actuals: (STATEMENT_PLAN.actuals ?? []).map((a) => ({ ...a, values: twelve(a.values) })),
  spiffUnits: (STATEMENT_PLAN.spiffUnits ?? []).map((s) => ({ ...s, values: twelve(s.values) })),
};

export const STATEMENT_REPS: Rep[] = [
  { name: "Ann Vale", role: "AE", team: "North", manager: "Mia Stone", hireDate: null },
  { name: "Bo Quill", role: "AE", team: "North", manager: "Mia Stone", hireDate: null },
];

/**
 * Hand-worked statements, [rep][period]. Revenue thresholds at 0, 100%, 150% of a 100,000 quota:
 * 0, 100,000, 150,000.
 * Ann P1: 160,000 -> 100,000 x 2% = 2,000; 50,000 x 5% = 2,500; 10,000 x 8% = 800; 5,300 < cap 6,000.
 *   Renewals 40,000 (80% >= gate 60%) x 3% = 1,200; SPIFF 2 x 500 = 1,000. Net 7,500 >= draw 3,000.
 * Ann P2: 200,000 -> 2,000 + 2,500 + 50,000 x 8% = 4,000: 8,500, capped at 6,000 (-2,500).
 *   Renewals 50,000 x 3% = 1,500; clawback 800 x 50% (4 months: band from 3) = -400; adjustment +300.
 *   Net 6,000 + 1,500 - 400 + 300 = 7,400. YTD 14,900.
 * Bo P1: Renewals 29,500 / 50,000 = 59% < 60%: Revenue 90,000 x 2% = 1,800 withheld. Renewals 885;
 *   SPIFF 500; adjustment -200: net 1,185; draw 3,000 tops up 1,815; balance 1,815.
 * Bo P2: Renewals 90%: Revenue 2,000 + 30,000 x 5% = 1,500: 3,500; Renewals 1,350; SPIFF 3 x 500 =
 *   1,500: net 6,350; recovered min(1,815, 6,350 - 3,000) = 1,815: payable 4,535; YTD 7,535.
 * Pay dates: 2027-01-31 + 15 = 2027-02-15; 2027-02-28 + 15 = 2027-03-15.
 */
export interface HandPeriod {
  quota: [number, number];
  credited: [number, number];
  attainment: [number, number];
  revSlices: [number, number, number];
  revSliceCommission: [number, number, number];
  revBeforeCap: number;
  revCap: number;
  revGate: number;
  gateReason: string;
  gateReasonZh: string;
  revPayout: number;
  renewPayout: number;
  spiffUnits: number;
  spiffRate: number;
  spiff: number;
  clawback: number;
  adjustment: number;
  adjustmentReason: string;
  earned: number;
  topUp: number;
  recovered: number;
  payable: number;
  balance: number;
  ytd: number;
  payDate: string;
}

export const HAND: HandPeriod[][] = [
  [
    {
      quota: [100000, 50000],
      credited: [160000, 40000],
      attainment: [1.6, 0.8],
      revSlices: [100000, 50000, 10000],
      revSliceCommission: [2000, 2500, 800],
      revBeforeCap: 5300,
      revCap: 0,
      revGate: 0,
      gateReason: "",
      gateReasonZh: "",
      revPayout: 5300,
      renewPayout: 1200,
      spiffUnits: 2,
      spiffRate: 500,
      spiff: 1000,
      clawback: 0,
      adjustment: 0,
      adjustmentReason: "",
      earned: 7500,
      topUp: 0,
      recovered: 0,
      payable: 7500,
      balance: 0,
      ytd: 7500,
      payDate: "2027-02-15",
    },
    {
      quota: [100000, 50000],
      credited: [200000, 50000],
      attainment: [2, 1],
      revSlices: [100000, 50000, 50000],
      revSliceCommission: [2000, 2500, 4000],
      revBeforeCap: 8500,
      revCap: -2500,
      revGate: 0,
      gateReason: "",
      gateReasonZh: "",
      revPayout: 6000,
      renewPayout: 1500,
      spiffUnits: 0,
      spiffRate: 0,
      spiff: 0,
      clawback: -400,
      adjustment: 300,
      adjustmentReason: "Q4 deal correction",
      earned: 7400,
      topUp: 0,
      recovered: 0,
      payable: 7400,
      balance: 0,
      ytd: 14900,
      payDate: "2027-03-15",
    },
  ],
  [
    {
      quota: [100000, 50000],
      credited: [90000, 29500],
      attainment: [0.9, 0.59],
      revSlices: [90000, 0, 0],
      revSliceCommission: [1800, 0, 0],
      revBeforeCap: 1800,
      revCap: 0,
      revGate: -1800,
      gateReason: "Renewals at 59.0%, gate 60.0%: Revenue pays nothing",
      gateReasonZh: "Renewals 达成 59.0%，门槛 60.0%：Revenue 本期不计发",
      revPayout: 0,
      renewPayout: 885,
      spiffUnits: 1,
      spiffRate: 500,
      spiff: 500,
      clawback: 0,
      adjustment: -200,
      adjustmentReason: "Expense advance",
      earned: 1185,
      topUp: 1815,
      recovered: 0,
      payable: 3000,
      balance: 1815,
      ytd: 3000,
      payDate: "2027-02-15",
    },
    {
      quota: [100000, 50000],
      credited: [130000, 45000],
      attainment: [1.3, 0.9],
      revSlices: [100000, 30000, 0],
      revSliceCommission: [2000, 1500, 0],
      revBeforeCap: 3500,
      revCap: 0,
      revGate: 0,
      gateReason: "",
      gateReasonZh: "",
      revPayout: 3500,
      renewPayout: 1350,
      spiffUnits: 3,
      spiffRate: 500,
      spiff: 1500,
      clawback: 0,
      adjustment: 0,
      adjustmentReason: "",
      earned: 6350,
      topUp: 0,
      recovered: -1815,
      payable: 4535,
      balance: 0,
      ytd: 7535,
      payDate: "2027-03-15",
    },
  ],
];
