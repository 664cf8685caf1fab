/**
 * Every text that a reader matches when it reads a Sales Kit workbook back (a sheet name, a header,
 * a row label), with each wording it has been written in. A workbook keeps the words it was made
 * with, so rewording one of these texts must keep the old form readable: the first list fails until
 * the old form is an earlier form of the new text in src/i18n/earlier-forms.ts. The second list holds
 * words that are compared by formulas or by whole composed texts, where an earlier form does not
 * help: rewording one of those breaks the workbooks made before, so it fails outright.
 *
 * Found by reading every reader: dashboard/from-workbook.ts and place.ts (CLI dashboard, pane
 * dashboard), crm/goal-sheet-link.ts (pane CRM import linked to a goal sheet), crm/history.ts with
 * cli/history-file.ts and the pane's use-history-sheet.ts, hosts/xlsx/read-reviews.ts with
 * `reviews --goals` and `collect`, and the pane's incentives/crm-table.ts.
 */
import type { Locale } from "../../src/i18n";
import { earlierFormEntries, labelForms } from "../../src/i18n/earlier-forms";
import { CRM_TEXTS } from "../../src/i18n/sheets/crm";
import { DASHBOARD_TEXTS } from "../../src/i18n/sheets/dashboard";
import { GOAL_SHEET_TEXTS } from "../../src/i18n/sheets/goals";
import { HISTORY_TEXTS } from "../../src/i18n/sheets/history";
import { CHOICES, REVIEW_TEXTS } from "../../src/i18n/sheets/reviews";
import { DATA_COLUMNS } from "../../src/generators/crm/data-sheet";

interface ReadBack {
  readonly what: string;
  readonly today: (locale: Locale) => string;
  /** Every wording a workbook may hold, per language: today's and the earlier ones. */
  readonly written: Readonly<Record<Locale, readonly string[]>>;
}

const G = GOAL_SHEET_TEXTS;
const C = CRM_TEXTS;
const H = HISTORY_TEXTS;

function entry(what: string, today: (l: Locale) => string, en: string[], zh: string[]): ReadBack {
  return { what, today, written: { "en-US": en, "zh-CN": zh } };
}

/** Matched through earlier-forms.ts: an earlier wording there keeps old workbooks readable. */
const MATCHED: readonly ReadBack[] = [
  // Dashboard: the goal period's sheets and the tables of its settings sheet.
  entry("goals sheet.settings", (l) => G[l].sheet.settings, ["Goal settings"], ["目标设置"]),
  entry("goals sheet.goals", (l) => G[l].sheet.goals, ["Goals"], ["目标"]),
  entry("goals sheet.scorecard", (l) => G[l].sheet.scorecard, ["Scorecard"], ["计分卡"]),
  entry("goals monthCols.month", (l) => G[l].monthCols.month, ["Month"], ["月份"]),
  entry("goals metricCols.metric", (l) => G[l].metricCols.metric, ["Metric"], ["指标"]),
  entry("goals unit.currency", (l) => G[l].unit.currency, ["currency"], ["金额"]),
  entry("goals unit.count", (l) => G[l].unit.count, ["count"], ["数量"]),
  entry("goals unit.percent", (l) => G[l].unit.percent, ["percent"], ["百分比"]),
  entry("goals unit.number", (l) => G[l].unit.number, ["number"], ["数值"]),
  entry("goals better.higher", (l) => G[l].better.higher, ["higher"], ["越高越好"]),
  entry("goals better.lower", (l) => G[l].better.lower, ["lower"], ["越低越好"]),
  entry("goals aggregation.sum", (l) => G[l].aggregation.sum, ["sum"], ["求和"]),
  entry("goals aggregation.average", (l) => G[l].aggregation.average, ["average"], ["平均"]),
  // Goal-sheet link and reviews --goals: the goal sheet's headers.
  entry("goals col.rep", (l) => G[l].col.rep, ["Rep"], ["销售人员"]),
  entry("goals col.metric", (l) => G[l].col.metric, ["Metric"], ["指标"]),
  entry("goals col.target", (l) => G[l].col.target, ["Target (ramped)"], ["目标(折算后)", "目标（折算后）"]),
  entry("goals col.actual", (l) => G[l].col.actual, ["Actual to date"], ["至今实际"]),
  entry("goals col.gap", (l) => G[l].col.gap, ["Gap to target"], ["距目标差额"]),
  entry("goals monthHeader(2027, 1)", (l) => G[l].monthHeader(2027, 1), ["Jan 2027"], ["2027年1月"]),
  // Dashboard: the CRM import's sheets.
  entry("crm sheet.funnel", (l) => C[l].sheet.funnel, ["CRM funnel"], ["CRM漏斗"]),
  entry("crm sheet.followUp", (l) => C[l].sheet.followUp, ["Follow-ups"], ["待跟进"]),
  entry("crm stageUnknown", (l) => C[l].stageUnknown, ["(stage unknown)"], ["(阶段未知)", "（阶段未知）"]),
  // History append (CLI --history, pane) and the dashboard's history.
  entry("history sheet", (l) => H[l].sheet, ["KPI history"], ["历史快照"]),
  entry("history col.date", (l) => H[l].col.date, ["Snapshot date"], ["快照日期"]),
  entry("history col.period", (l) => H[l].col.period, ["Period"], ["期间"]),
  entry("history col.rep", (l) => H[l].col.rep, ["Rep"], ["销售"]),
  entry("history col.team", (l) => H[l].col.team, ["Team"], ["团队"]),
  entry("history col.wonRevenue", (l) => H[l].col.wonRevenue, ["Won revenue"], ["赢单金额"]),
  entry("history col.dealsWon", (l) => H[l].col.dealsWon, ["Deals won"], ["赢单数"]),
  entry("history col.dealsLost", (l) => H[l].col.dealsLost, ["Deals lost"], ["输单数"]),
  entry("history col.openPipeline", (l) => H[l].col.openPipeline, ["Open pipeline"], ["进行中商机金额"]),
  // The pane's incentive form: the CRM data table an import left, and its import report.
  entry("crm sheet.report", (l) => C[l].sheet.report, ["Import report"], ["导入报告"]),
  entry("crm report.profile", (l) => C[l].report.profile, ["Profile"], ["配置"]),
  ...(
    [
      ["row", "Source row", "源行号"],
      ["owner", "Owner", "负责人"],
      ["team", "Team", "团队"],
      ["ownerExported", "Owner in CRM", "CRM负责人"],
      ["deal", "Deal / order", "商机/订单"],
      ["account", "Customer", "客户"],
      ["stage", "Stage", "销售阶段"],
      ["status", "Status", "状态"],
      ["outcome", "Outcome", "结果"],
      ["funnelStage", "Funnel stage", "漏斗阶段"],
      ["currency", "Currency", "币种"],
      ["amountExported", "Amount as exported", "原币金额"],
      ["amount", "Amount", "金额"],
      ["share", "Credit share", "分成比例"],
      ["probability", "Probability", "赢率"],
      ["closeDate", "Close date", "结单日期"],
      ["createdDate", "Created date", "创建日期"],
      ["nextContact", "Next contact", "下次跟进"],
      ["collected", "Collected", "已回款"],
      ["paymentDate", "Payment date", "回款日期"],
      ["newCustomer", "New customer", "新客户"],
      ["dealType", "Deal type", "商机类型"],
      ["leadSource", "Lead source", "线索来源"],
    ] as const
  ).map(([key, en, zh]) => entry(`crm data.${key}`, (l) => C[l].data[key], [en], [zh])),
];

/** Compared by formulas or as whole composed texts: these must not be reworded. */
const EXACT: readonly ReadBack[] = [
  // The dashboard colours the goal sheet's status cells by comparing them with these words.
  entry("goals status.onTrack", (l) => G[l].status.onTrack, ["ON TRACK"], ["正常"]),
  entry("goals status.atRisk", (l) => G[l].status.atRisk, ["AT RISK"], ["有风险"]),
  entry("goals status.offTrack", (l) => G[l].status.offTrack, ["OFF TRACK"], ["落后"]),
  entry("goals status.notStarted", (l) => G[l].status.notStarted, ["NOT STARTED"], ["未开始"]),
  // SUMIFS criteria over a CRM data table already in a workbook (incentives paid from it).
  entry("crm outcome.won", (l) => C[l].outcome.won, ["Won"], ["赢单"]),
  entry("crm outcome.lost", (l) => C[l].outcome.lost, ["Lost"], ["输单"]),
  entry("crm outcome.open", (l) => C[l].outcome.open, ["Open"], ["进行中"]),
  // A dashboard of the period is refreshed only when its sheet name and title are these.
  entry("dashboard sheet", (l) => DASHBOARD_TEXTS[l].sheet, ["Weekly dashboard"], ["周例会看板"]),
  entry(
    "dashboard title(2027-Q1)",
    (l) => DASHBOARD_TEXTS[l].title("2027-Q1"),
    ["Weekly sales meeting 2027-Q1"],
    ["销售周例会 2027-Q1"],
  ),
  // collect finds the manager's copies by this folder name.
  entry(
    "reviews file.managerFolder",
    (l) => REVIEW_TEXTS[l].file.managerFolder,
    ["Manager copies"],
    ["经理副本"],
  ),
  // Rating labels: the forms' score formulas and the collector read the score from the label.
  ...CHOICES.ratings.map((r, i) => entry(`CHOICES.ratings[${i}]`, () => r, [r], [r])),
];

const LOCALES: readonly Locale[] = ["en-US", "zh-CN"];

describe("texts that readers match in workbooks made before", () => {
  it.each(MATCHED.map((e) => [e.what, e] as const))(
    "%s: every wording a workbook may hold is today's or an earlier form of it",
    (_, e) => {
      for (const l of LOCALES) {
        const today = e.today(l);
        const unreadable = e.written[l].filter((w) => !labelForms(today).includes(w));
        // An old wording missing here must go to src/i18n/earlier-forms.ts as an earlier form of `today`.
        expect({ locale: l, today, unreadable }).toEqual({ locale: l, today, unreadable: [] });
      }
    },
  );

  it.each(EXACT.map((e) => [e.what, e] as const))("%s is not reworded", (_, e) => {
    for (const l of LOCALES) expect([e.today(l)]).toEqual(e.written[l]);
  });

  it("covers every column of the CRM data table", () => {
    const listed = MATCHED.filter((e) => e.what.startsWith("crm data.")).map((e) => e.what.slice(9));
    expect([...listed].sort()).toEqual([...DATA_COLUMNS].sort());
  });

  it("keys the earlier forms by texts that are today's wording of a matched text", () => {
    const todays = new Set(MATCHED.flatMap((e) => LOCALES.map((l) => e.today(l))));
    for (const [text, earlier] of earlierFormEntries()) {
      expect({ text, isToday: todays.has(text) }).toEqual({ text, isToday: true });
      expect(earlier).not.toContain(text);
    }
  });
});
