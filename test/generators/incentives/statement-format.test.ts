/**
 * The statement's money format (the plan currency's symbol and minor unit) and pay dates: a date per
 * period from the plan, the period's end plus the plan's offset, or the period's end; a plan with the
 * wrong number of dates is refused, naming the field, in both languages.
 */
import {
  currencySymbol,
  moneyFormat,
  payDateOf,
  payDateRule,
} from "../../../src/generators/incentives/statement-format";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { serialFromYmd } from "../../../src/schemas/dates";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_PLAN, STATEMENT_REPS } from "./statement-plan";

describe("statement money format", () => {
  it.each([
    ["CNY", 2, '"¥"#,##0.00'],
    ["USD", 2, "$#,##0.00"],
    ["JPY", 0, '"¥"#,##0'],
    ["EUR", 2, '"€"#,##0.00'],
    ["CHF", 2, '"CHF "#,##0.00'],
    ["", 2, "#,##0.00"],
    ["KWD", 3, '"KWD "#,##0.000'],
  ])("%s with %d decimals: %s", (currency, decimals, format) => {
    expect(moneyFormat(currency, decimals)).toBe(format);
  });

  it("knows the symbols of codes and symbols typed as the currency", () => {
    expect(currencySymbol("cny")).toBe("¥");
    expect(currencySymbol("￥")).toBe("¥");
    expect(currencySymbol("人民币")).toBe("¥");
  });
});

describe("pay dates", () => {
  it("are the period's end plus the plan's offset", () => {
    const model = planModel(STATEMENT_PLAN, STATEMENT_REPS);
    expect(payDateRule(model)).toEqual({ kind: "offset", days: 15 });
    // 2027-01-31 + 15 days, 2027-02-28 + 15 days.
    expect(payDateOf(model, 0)).toBe(serialFromYmd(2027, 2, 15));
    expect(payDateOf(model, 1)).toBe(serialFromYmd(2027, 3, 15));
  });

  it("are the plan's dates, one per period", () => {
    const model = planModel(
      { ...STATEMENT_PLAN, payDate: { dates: ["2027-02-10", "2027/3/12"] } },
      STATEMENT_REPS,
    );
    expect(payDateRule(model)).toEqual({ kind: "dates" });
    expect([payDateOf(model, 0), payDateOf(model, 1)]).toEqual([
      serialFromYmd(2027, 2, 10),
      serialFromYmd(2027, 3, 12),
    ]);
  });

  it("are the period's last day when the plan sets none", () => {
    const { payDate: _unused, ...plan } = STATEMENT_PLAN;
    const model = planModel(plan, STATEMENT_REPS);
    expect(payDateRule(model)).toEqual({ kind: "end" });
    expect(payDateOf(model, 1)).toBe(serialFromYmd(2027, 2, 28));
  });

  it("refuse a list that does not give one date per period, and a text that is no date", () => {
    const wrong = parseIncentivePlan({ ...STATEMENT_PLAN, payDate: { dates: ["2027-02-10"] } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      const issue = wrong.issues.find((i) => i.field === "payDate.dates");
      expect(issue?.en).toMatch(/1 date\(s\): give one per pay period \(2\)/);
      expect(issue?.zh).toMatch(/每个发放期须有一个/);
    }
    const bad = parseIncentivePlan({ ...STATEMENT_PLAN, payDate: { dates: ["2027-02-10", "soon"] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.field)).toContain("payDate.dates[1]");
  });
});
