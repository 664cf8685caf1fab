import { screen } from "@testing-library/react";
import type { Locale } from "../../src/i18n";
import type { FakeExcel } from "../support/fake-excel";
import { fakeExcelServices } from "./fake-excel-services";
import { pasteRoster, type, upload } from "./interact";
import { ROSTER_CSV, findView, renderPane } from "./support";

/** A small Zoho deals export of 2027-Q1 (header and five deals), the first week of the pane's CRM re-import tests. */
export const ZOHO_HEADER = "Deal Owner,Deal Name,Account Name,Stage,Amount,Closing Date,Created Time";

export const ZOHO_WEEK1_LINES = [
  ZOHO_HEADER,
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-01-20,2026-12-05",
  "Wang Fang,D3,Gamma,Closed Won,5000,2027-02-14,2027-01-02",
  "Zhang Jie,D4,Delta,Closed Lost,7000,2027-03-03,2027-01-15",
  "Huang Min,D5,Epsilon,Qualification,30000,2027-03-30,2027-02-01",
];

/** The CRM form's labels the re-import tests fill in, by pane language. */
export const CRM_FORM = {
  "en-US": {
    crm: "CRM import",
    file: "Load an export file",
    use: "Use the pasted rows",
    periods: "KPI periods",
    asOf: "As-of date for follow-ups",
  },
  "zh-CN": {
    crm: "CRM 导入",
    file: "加载导出文件",
    use: "使用粘贴的行",
    periods: "KPI 期间",
    asOf: "待跟进清单的截至日期",
  },
} as const;

/**
 * A fresh pane over `fake` on the CRM form: the roster pasted, this week's export (`lines`) loaded,
 * the KPI periods (2027-Q1) and the as-of date typed. The caller checks the preview and submits.
 */
export async function fillCrmWeek(
  fake: FakeExcel,
  locale: Locale,
  lines: readonly string[],
  { today, asOf }: { today: number; asOf: string },
): Promise<void> {
  const t = CRM_FORM[locale];
  renderPane({ view: "crm", locale, services: fakeExcelServices(fake, { today }) });
  await findView(t.crm);
  await pasteRoster(ROSTER_CSV, t.use);
  await upload(t.file, new File([lines.join("\n")], "deals.csv", { type: "text/csv" }));
  await screen.findByTestId("crm-status", {}, { timeout: 20000 });
  await type(t.periods, "2027-Q1");
  await type(t.asOf, asOf);
}
