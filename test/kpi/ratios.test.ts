/** The KPI ratios with worked examples (issue 3 and hand calculations) and their domain rules. */
import {
  avgDeal,
  cac,
  churn,
  conversionRate,
  grr,
  growth,
  gap,
  isKpiError,
  ltv,
  nrr,
  pipelineCoverage,
  retention,
  velocity,
  winRate,
} from "../../src/kpi";

const kind = (r: unknown) => (isKpiError(r) ? r.kind : r);

describe("ratios", () => {
  it.each([
    ["growth 1.0M -> 1.15M", growth(1150000, 1000000), 0.15],
    ["growth from a loss of 100 to a loss of 50", growth(-50, -100), 0.5],
    ["growth 200 -> 150", growth(150, 200), -0.25],
    ["gap 820K of 1M", gap(820000, 1000000, null), 180000],
    ["gap met", gap(1200000, 1000000, null), 0],
    ["gap lower-is-better: cost 120 against 100", gap(120, 100, "lower"), 20],
    ["gap lower-is-better met", gap(80, 100, "lower"), 0],
    ["conversion 45 of 300", conversionRate(45, 300), 0.15],
    ["win rate 18 won 42 lost", winRate(18, 42), 0.3],
    ["average deal 540,000 / 18", avgDeal(540000, 18), 30000],
    ["pipeline 1.8M for 1M - 400K", pipelineCoverage(1800000, 1000000, 400000), 3],
    ["pipeline, nothing closed", pipelineCoverage(2500000, 1000000, null), 2.5],
    // issue example: 40 x 0.25 x 25,000 / 90 = 250,000 / 90
    ["velocity", velocity(40, 0.25, 25000, 90), 2777.777778],
    ["churn 18 of 400", churn(400, 18), 0.045],
    ["retention (430 - 48) / 400", retention(400, 430, 48), 0.955],
    ["NRR (1M + 150K - 30K - 50K) / 1M", nrr(1000000, 150000, 30000, 50000), 1.07],
    ["GRR (1M - 30K - 50K) / 1M", grr(1000000, 30000, 50000), 0.92],
    ["CAC 120,000 / 40", cac(120000, 40), 3000],
    ["LTV 500 x 0.8 / 0.02", ltv(500, 0.8, 0.02), 20000],
  ])("%s", (_label, result, expected) => {
    expect(result).toBeCloseTo(expected, 6);
  });

  it.each([
    ["growth from 0", growth(5, 0)],
    ["conversion of nothing", conversionRate(0, 0)],
    ["win rate with no closed deal", winRate(0, 0)],
    ["average of no deal", avgDeal(100, 0)],
    ["coverage when closed equals target", pipelineCoverage(5, 100, 100)],
    ["velocity with a 0-day cycle", velocity(1, 0.5, 100, 0)],
    ["churn of no customer", churn(0, 0)],
    ["retention of no customer", retention(0, 5, 5)],
    ["NRR from no revenue", nrr(0, 1, 0, 0)],
    ["GRR from no revenue", grr(0, 0, 0)],
    ["CAC of no customer", cac(100, 0)],
    ["LTV with no churn", ltv(100, 0.5, 0)],
  ])("%s is #DIV/0!", (_label, result) => {
    expect(kind(result)).toBe("div0");
  });

  it.each([
    ["negative count", conversionRate(-1, 10)],
    ["converted above total", conversionRate(11, 10)],
    ["negative lost deals", winRate(3, -1)],
    ["negative deals", avgDeal(100, -2)],
    ["closed above target", pipelineCoverage(5, 100, 120)],
    ["negative closed", pipelineCoverage(5, 100, -1)],
    ["win rate above 1", velocity(1, 1.5, 100, 30)],
    ["negative customers lost", churn(10, -1)],
    ["more new than end customers", retention(10, 5, 6)],
    ["contraction entered as negative", nrr(100, 10, -5, 0)],
    ["losses above start revenue", grr(100, 60, 50)],
    ["negative spend", cac(-1, 10)],
    ["margin above 1", ltv(100, 1.2, 0.1)],
    ["churn rate above 1", ltv(100, 0.5, 2)],
    ["infinity", avgDeal(Infinity, 2)],
  ])("%s is #NUM!", (_label, result) => {
    expect(kind(result)).toBe("num");
  });

  it("names the argument when text is given where a number belongs", () => {
    const r = winRate(3, "lots");
    expect(isKpiError(r) && r.kind === "value" && r.message).toMatch(/lost/);
  });

  it("keeps 15 significant digits, so 0.1 + 0.2 style noise disappears", () => {
    // (1,000,000 + 150,000 - 30,000 - 50,000) / 1,000,000 is 1.07 exactly as Excel shows it.
    expect(nrr(1000000, 150000, 30000, 50000)).toBe(1.07);
    expect(growth(0.3, 0.1)).toBe(2);
  });
});
