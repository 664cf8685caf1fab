/**
 * The defined names of the incentive workbook, in one place: every plan parameter on the Plan sheet
 * has one (M1_Quota, Draw_Recoverable ...), so the Calculation formulas read like the plan.
 * Measures and SPIFFs are numbered (M1, S1) rather than named by their ids, which could look like cells.
 */

export const NAMES = {
  planName: "Plan_Name",
  currency: "Plan_Currency",
  monthsPerPeriod: "Plan_MonthsPerPeriod",
  payDecimals: "Plan_PayDecimals",
  zeroQuota: "Plan_ZeroQuota",
  negativeTrueUp: "Plan_NegativeTrueUp",
  ote: "Plan_OTE",
  baseMix: "Plan_BaseMix",
  variableMix: "Plan_VariableMix",
  targetIncentive: "Plan_TargetIncentive",
  drawAmount: "Draw_Amount",
  drawRecoverable: "Draw_Recoverable",
  clawbackMonths: "Clawback_Months",
  clawbackFraction: "Clawback_Fraction",
  poolThreshold: "Pool_Threshold",
  poolAmount: "Pool_Amount",
  poolExcessRate: "Pool_ExcessRate",
  poolSplit: "Pool_Split",
  bestRepMin: "BestRep_MinAttainment",
  bestRepTitle: "BestRep_Title",
  bestRepBonus: "BestRep_Bonus",
  bestRepTie: "BestRep_Tie",
  bestTeamMin: "BestTeam_MinAttainment",
  bestTeamTitle: "BestTeam_Title",
  bestTeamBonus: "BestTeam_BonusPerMember",
  bestTeamTie: "BestTeam_Tie",
  repNames: "Plan_RepNames",
  calcRep: "Calc_Rep",
  calcTeam: "Calc_Team",
  calcPeriod: "Calc_Period",
  creditDeal: "Credits_Deal",
  creditPeriod: "Credits_Period",
  creditMeasure: "Credits_Measure",
  creditRep: "Credits_Rep",
  creditShare: "Credits_Share",
  creditAmount: "Credits_Amount",
  creditCredited: "Credits_Credited",
  creditQuotaShare: "Credits_QuotaShare",
  creditQuotaCredited: "Credits_QuotaCredited",
  clawRep: "Clawbacks_Rep",
  clawPeriod: "Clawbacks_Period",
  clawAmount: "Clawbacks_Amount",
  fxCurrency: "FX_Currency",
  fxRate: "FX_Rate",
  returnRep: "Returns_Rep",
  returnPeriod: "Returns_Period",
  returnReversal: "Returns_Reversal",
} as const;

/** Names of measure i (0-based) parameters. */
export function measureNames(i: number) {
  const p = `M${i + 1}_`;
  return {
    quota: `${p}Quota`,
    weight: `${p}Weight`,
    gate: `${p}Gate`,
    attainmentCap: `${p}AttainmentCap`,
    payoutCap: `${p}PayoutCap`,
    payoutCapTI: `${p}PayoutCapTI`,
    method: `${p}Method`,
    tierFrom: (k: number) => `${p}T${k + 1}_From`,
    tierRate: (k: number) => `${p}T${k + 1}_Rate`,
    /** Tier tables per role: table j (0-based) of the measure. */
    roleTierFrom: (j: number, k: number) => `${p}R${j + 1}_T${k + 1}_From`,
    roleTierRate: (j: number, k: number) => `${p}R${j + 1}_T${k + 1}_Rate`,
    roleTierFromRange: (j: number) => `${p}R${j + 1}_TierFrom`,
    roleTierRateRange: (j: number) => `${p}R${j + 1}_TierRate`,
    tierFromRange: `${p}TierFrom`,
    tierRateRange: `${p}TierRate`,
    curveCap: `${p}CurveCap`,
    curveAttainment: `${p}CurveAttainment`,
    curvePayout: `${p}CurvePayout`,
    calcQuota: `Calc_${p}Quota`,
    calcCredited: `Calc_${p}Credited`,
  };
}

/** Names of SPIFF j (0-based) parameters. */
export function spiffNames(j: number) {
  const p = `S${j + 1}_`;
  return {
    method: `${p}Method`,
    tierFrom: (k: number) => `${p}T${k + 1}_From`,
    tierRate: (k: number) => `${p}T${k + 1}_Rate`,
    fromRange: `${p}From`,
    rateRange: `${p}Rate`,
  };
}
