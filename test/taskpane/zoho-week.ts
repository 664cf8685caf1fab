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
