/**
 * A hand-made split report (one row per owner and deal, the owner's share beside the whole amount),
 * shared by the KPI sheet's split-credit test and the funnel and history sheets' split test.
 */
import { CrmWorkbook, importCrm } from "../../../src/generators/crm";
import { parseCrmPeriod } from "../../../src/schemas/crm-import";
import { parseRosterCsv } from "../../../src/schemas/roster";

export const ROSTER = "name,team\nAnn Lee,East\nBo Chen,East\nCai Na,West\n";

/**
 * A split report. Acme is split 60/40 (Ann, Bo), Globex 50/50 (Ann, Cai), Stark 75/25 with Dan Wu,
 * who is not on the roster; Initech has a blank share (the whole deal). Lost: Wayne (Bo alone) and
 * Umbrella 70/30 (Ann, Cai). Open: Hooli 50/50 (Ann, Bo) at 40%, Cai's Soylent at 20%.
 */
export const EXPORT = [
  "Owner,Account Name,Opportunity Name,Stage,Amount,Split Percentage,Probability,Close Date,Created Date,Type",
  "Ann Lee,Acme,Acme,Closed Won,10000,60%,100,2027-01-15,2026-12-01,New Business",
  "Bo Chen,Acme,Acme,Closed Won,10000,40%,100,2027-01-15,2026-12-01,New Business",
  "Ann Lee,Globex,Globex,Closed Won,8000,50%,100,2027-02-10,2027-01-10,Existing Business",
  "Cai Na,Globex,Globex,Closed Won,8000,50%,100,2027-02-10,2027-01-10,Existing Business",
  "Bo Chen,Initech,Initech,Closed Won,3000,,100,2027-02-20,2027-02-01,New Business",
  "Dan Wu,Stark,Stark,Closed Won,4000,25%,100,2027-03-20,2027-01-20,Existing Business",
  "Ann Lee,Stark,Stark,Closed Won,4000,75%,100,2027-03-20,2027-01-20,Existing Business",
  "Bo Chen,Wayne,Wayne,Closed Lost,6000,100%,0,2027-02-25,2027-01-05,New Business",
  "Ann Lee,Umbrella,Umbrella,Closed Lost,5000,70%,0,2027-03-05,2027-02-05,Existing Business",
  "Cai Na,Umbrella,Umbrella,Closed Lost,5000,30%,0,2027-03-05,2027-02-05,Existing Business",
  "Ann Lee,Hooli,Hooli,Negotiation,20000,50%,40,2027-03-28,2027-03-01,Existing Business",
  "Bo Chen,Hooli,Hooli,Negotiation,20000,50%,40,2027-03-28,2027-03-01,Existing Business",
  "Cai Na,Soylent,Soylent,Proposal,7000,,20,2027-03-15,2027-02-15,Existing Business",
].join("\n");

/** The export imported for 2027-Q1 and its months, as of 2027-04-03, Ann's Q1 target 20,000. */
export function splitWorkbook(locale: "en-US" | "zh-CN"): CrmWorkbook {
  const roster = parseRosterCsv(ROSTER);
  if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
  const [header, ...lines] = EXPORT.split("\n");
  const table = {
    header: header.split(","),
    rows: lines.map((l, i) => ({ row: i + 2, cells: l.split(",") })),
  };
  const result = importCrm(table, roster.value, {
    locale,
    asOf: 46_480,
    periods: ["2027-Q1", "2027-01", "2027-02", "2027-03"].map((p) => parseCrmPeriod(p)!),
    targets: [{ rep: "Ann Lee", period: "2027-Q1", target: 20_000 }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.workbook;
}
