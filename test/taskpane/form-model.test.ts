/**
 * The pure parts of the pane: reading what people type (50%, 1,200,000), routing schema issues to
 * form fields, the preview of a spec, saved-plan documents, themes and default periods.
 */
import { messageKeys, translate } from "../../src/i18n";
import {
  fieldOfIssue,
  fileStem,
  parseListText,
  parseNumberList,
  parseNumberText,
  restoreForm,
  splitIssues,
} from "../../src/taskpane/forms/form-values";
import { goalIssueField } from "../../src/taskpane/forms/goals/goal-form";
import { incentiveIssueField, measureId } from "../../src/taskpane/forms/incentives/incentive-form";
import { currentHalfLabel, nextQuarterLabel, nextQuarterStartMonth } from "../../src/taskpane/forms/periods";
import { parsePlans, plansFromXml, plansToXml, serializePlans } from "../../src/taskpane/plan-store";
import { previewSpec } from "../../src/taskpane/preview";
import { luminance, themeFromBackground } from "../../src/taskpane/theme";
import { todaySerial } from "../../src/taskpane/today";

describe("reading typed values", () => {
  it.each([
    ["", undefined],
    ["  ", undefined],
    ["0.5", 0.5],
    ["50%", 0.5],
    ["12.5%", 0.125],
    ["50 ％", 0.5],
    ["1,200,000", 1200000],
    ["-3", -3],
    [".25", 0.25],
    ["1e3", 1000],
  ])("%j -> %j", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(["half", "1.2.3", "12abc", "%", "--1"])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toEqual({ invalid: text });
  });

  it("splits lists on commas, Chinese commas, semicolons and new lines", () => {
    expect(parseListText("2027-01-01, 2027-02-08，2027-02-09；2027-02-10\n2027-02-11、")).toEqual([
      "2027-01-01",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
    ]);
    expect(parseNumberList("25%, 50%, 0.75")).toEqual({ values: [0.25, 0.5, 0.75], invalid: null });
    expect(parseNumberList("25%, lots")).toEqual({ values: [0.25], invalid: "lots" });
  });

  it("makes safe file names, keeping Chinese", () => {
    expect(fileStem("goals-2027-Q2")).toBe("goals-2027-Q2");
    expect(fileStem("目标表-2027/Q2 *final*")).toBe("目标表-2027_Q2_final");
  });

  it("restores only what the form knows, with the right kinds", () => {
    const defaults = { period: "2027-Q2", include: true, metrics: [1], asOf: "" };
    expect(restoreForm(defaults, { period: "2027-Q3", include: "yes", metrics: "x", extra: 1 })).toEqual({
      period: "2027-Q3",
      include: true,
      metrics: [1],
      asOf: "",
    });
    expect(restoreForm(defaults, null)).toBe(defaults);
  });
});

describe("routing issues to fields", () => {
  it("picks the longest key that is the field or its prefix", () => {
    const keys = ["metrics", "metric.revenue.weight", "period"];
    expect(fieldOfIssue("period", keys)).toBe("period");
    expect(fieldOfIssue("metric.revenue.weight", keys)).toBe("metric.revenue.weight");
    expect(fieldOfIssue("metrics[0]", keys)).toBe("metrics");
    expect(fieldOfIssue("periodical", keys)).toBeNull();
    const split = splitIssues(
      [
        { field: "period", en: "a", zh: "甲" },
        { field: "targets", en: "b", zh: "乙" },
      ],
      keys,
    );
    expect(split.byField.get("period")).toHaveLength(1);
    expect(split.rest.map((i) => i.field)).toEqual(["targets"]);
  });

  it("maps goal schema paths to the metric rows", () => {
    const ids = ["revenue", "conversionRate"];
    expect(goalIssueField("metrics[1].weight", ids)).toBe("metric.conversionRate.weight");
    expect(goalIssueField("metrics[0]", ids)).toBe("metric.revenue");
    expect(goalIssueField("metrics[].weight", ids)).toBe("metrics");
    expect(goalIssueField('targets["Li Wei"].revenue', ids)).toBe("metric.revenue.target");
    expect(goalIssueField("period", ids)).toBe("period");
  });

  it("maps incentive schema paths to measures and tiers", () => {
    expect(incentiveIssueField("measures[0].payout.tiers[2]")).toBe("measure.0.tier.2.from");
    expect(incentiveIssueField("measures[0].payout.tiers[1].rate")).toBe("measure.0.tier.1.rate");
    expect(incentiveIssueField("measures[1].payout")).toBe("measure.1.tiers");
    expect(incentiveIssueField("measures[0].id")).toBe("measure.0.name");
    expect(incentiveIssueField("compensation.baseMix")).toBe("targetIncentive");
    expect(incentiveIssueField("awards.bestRep.title")).toBe("bestRep.title");
  });

  it("derives measure ids the plan schema accepts", () => {
    const taken = new Set<string>();
    expect(measureId("Revenue", 0, taken)).toBe("Revenue");
    expect(measureId("New logos (Q2)", 1, taken)).toBe("New_logos_Q2");
    expect(measureId("销售额", 2, taken)).toBe("M3");
    expect(measureId("Revenue", 3, new Set(["revenue"]))).toBe("Revenue_2");
  });
});

describe("preview", () => {
  it("lists each sheet's size, formulas, tables and first rows", () => {
    const [sheet] = previewSpec(
      {
        sheets: [
          {
            name: "Goals",
            blocks: [
              { start: "A1", rows: [["Sales goals"]] },
              {
                start: "A3",
                rows: [
                  ["Rep", "Target", "Actual", "Attainment"],
                  ["Li Wei", 100, null, { formula: "=C4/B4" }],
                ],
              },
              { start: "H10", rows: [[{ text: "=not a formula" }, true]] },
            ],
            tables: [{ name: "GoalTable", range: "A3:D4" }],
          },
        ],
      },
      { sampleRows: 3, sampleColumns: 4 },
    );
    expect(sheet).toMatchObject({ name: "Goals", rows: 10, columns: 9, formulas: 1, tables: ["GoalTable"] });
    expect(sheet.header).toEqual(["A", "B", "C", "D"]);
    expect(sheet.sample).toEqual([
      { row: 1, cells: ["Sales goals", "", "", ""] },
      { row: 3, cells: ["Rep", "Target", "Actual", "Attainment"] },
      { row: 4, cells: ["Li Wei", "100", "", "=C4/B4"] },
    ]);
  });
});

describe("saved plan documents", () => {
  it("round-trips through the XML part, with markup and Chinese in the data", () => {
    const text = serializePlans([
      {
        kind: "goals",
        name: "Q2 <final>",
        savedAt: "2027-01-15T00:00:00.000Z",
        data: { note: "a & b 目标" },
      },
    ]);
    const xml = plansToXml(text);
    expect(xml).not.toContain("<final>");
    expect(plansFromXml(xml)).toBe(text);
    expect(plansFromXml('<ns0:plans xmlns:ns0="urn:sales-kit:plans:1">&#123;&#x7d;</ns0:plans>')).toBe("{}");
  });

  it("treats anything unreadable as no plans", () => {
    expect(parsePlans(null)).toEqual([]);
    expect(parsePlans("not json")).toEqual([]);
    expect(parsePlans('{"plans":[{"kind":"nope","name":"x","savedAt":"","data":1}]}')).toEqual([]);
  });
});

describe("theme and dates", () => {
  it("reads Office's body background", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("red")).toBeNull();
    // Office's Black theme (#262626), Dark Gray (#444444 family is still dark), White and Colorful (#FFFFFF, #E6E6E6).
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#E6E6E6")).toBe("light");
    expect(themeFromBackground(undefined)).toBeNull();
  });

  it("works out default periods from today", () => {
    // 2027-01-15 = serial 46402; 2027-11-30 = 46721 (Excel: =DATE(2027,11,30)).
    expect(todaySerial(new Date(2027, 0, 15, 23, 59))).toBe(46402);
    expect(nextQuarterLabel(46402)).toBe("2027-Q2");
    expect(nextQuarterLabel(46721)).toBe("2028-Q1");
    expect(nextQuarterStartMonth(46402)).toBe("2027-04");
    expect(nextQuarterStartMonth(46721)).toBe("2028-01");
    expect(currentHalfLabel(46402)).toBe("2027-H1");
    expect(currentHalfLabel(46721)).toBe("2027-H2");
  });
});

describe("message catalogs", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("have the same keys, no empty text, and the same placeholders in both languages", () => {
    for (const key of messageKeys()) {
      const en = translate("en-US", key);
      const zh = translate("zh-CN", key);
      expect(en.trim()).not.toBe("");
      expect(zh.trim()).not.toBe("");
      expect({ key, placeholders: placeholders(zh) }).toEqual({ key, placeholders: placeholders(en) });
    }
  });

  it("fill placeholders and keep unknown ones visible", () => {
    expect(translate("en-US", "roster.loaded", { count: 6, teams: 2, source: "team.csv" })).toBe(
      "6 reps in 2 team(s), from team.csv.",
    );
    expect(translate("zh-CN", "roster.loaded", { count: 6 })).toBe(
      "6 名销售人员，{teams} 个团队，来自 {source}。",
    );
  });
});
