/**
 * @jest-environment jsdom
 */
/**
 * A CRM re-import in place rewrites the earlier import's report and follow-up list in the same
 * sheets, through the pane over the fake Excel, in English and in Chinese. Worked by hand from the
 * exports below (a Zoho deals export: owner, deal, account, stage, amount, closing date; as of
 * 2027-03-31, serial 46477; file rows count the header as row 1):
 *
 * Week A (5 rows): D5's amount "abc" is not a number -> 5 read, 4 imported, 1 not imported (file row
 *   6, column Amount, value "abc"). Open deals closing before the as-of date: Wang Fang D2 (2027-02-20)
 *   and Huang Min D4 (2027-03-03) -> the follow-up list is rows 6-7.
 * Week B (6 rows, all read): overdue open deals, in roster order (Li Wei, Wang Fang, Zhang Jie,
 *   Huang Min, Zhao Qiang, Ma Lin): Li Wei D1 Acme 12,000 2027-03-01 (46447) row 2; Zhang Jie D3
 *   Gamma 5,000 2027-03-14 (46460) row 4; Huang Min D4 Delta 7,000 2027-03-03 (46449) row 5; Zhao
 *   Qiang D6 Zeta 8,000 2027-01-15 (46402) row 6; Ma Lin D7 Eta 3,000 2027-02-01 (46419) row 7 ->
 *   rows 6-10. D2 is won now: not listed.
 * Week C (9 rows): week B's and three more overdue (Li Wei D8 2027-02-10, Wang Fang D9 2027-02-11,
 *   Zhang Jie D10 2027-02-12) -> 8 rows, 6-13, a rep's longest overdue first: D8, D1, D9, D10, D3,
 *   D4, D6, D7; the user's note typed in A13 lies there, so the earlier list stays as it was and this
 *   import's goes beside it; the report (9 read) is still rewritten in place.
 *
 * What the user added stays: a note right of the list (N7), a note beside the report (G2), and a
 * formula on another sheet reading the follow-up list keeps its reference (the sheet was not
 * replaced, so nothing turned into #REF!).
 */
import { cleanup, screen } from "@testing-library/react";
import type { Locale } from "../../src/i18n";
import { crmTexts } from "../../src/i18n/sheets/crm";
import { FakeExcel, SheetSnapshot } from "../support/fake-excel";
import { previewShown, submit } from "./interact";
import { TODAY } from "./support";
import { ZOHO_HEADER, fillCrmWeek } from "./zoho-week";

const WEEK_A = [
  ZOHO_HEADER,
  "Li Wei,D1,Acme,Closed Won,10000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Negotiation,20000,2027-02-20,2026-12-05",
  "Zhang Jie,D3,Gamma,Qualification,5000,2027-04-14,2027-01-02",
  "Huang Min,D4,Delta,Proposal,7000,2027-03-03,2027-01-15",
  "Li Wei,D5,Epsilon,Closed Won,abc,2027-03-05,2027-02-01",
];
const WEEK_B = [
  ZOHO_HEADER,
  "Li Wei,D1,Acme,Proposal,12000,2027-03-01,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-02-20,2026-12-05",
  "Zhang Jie,D3,Gamma,Qualification,5000,2027-03-14,2027-01-02",
  "Huang Min,D4,Delta,Proposal,7000,2027-03-03,2027-01-15",
  "Zhao Qiang,D6,Zeta,Negotiation,8000,2027-01-15,2027-01-05",
  "Ma Lin,D7,Eta,Qualification,3000,2027-02-01,2027-01-06",
];
const WEEK_C = [
  ...WEEK_B,
  "Li Wei,D8,Theta,Proposal,1000,2027-02-10,2027-01-07",
  "Wang Fang,D9,Iota,Proposal,2000,2027-02-11,2027-01-08",
  "Zhang Jie,D10,Kappa,Proposal,3000,2027-02-12,2027-01-09",
];
const AS_OF = 46477;

/** Week B's list by hand: rep, deal, customer, amount, close date, source row. */
const LIST_B: [string, string, string, number, number, number][] = [
  ["Li Wei", "D1", "Acme", 12000, 46447, 2],
  ["Zhang Jie", "D3", "Gamma", 5000, 46460, 4],
  ["Huang Min", "D4", "Delta", 7000, 46449, 5],
  ["Zhao Qiang", "D6", "Zeta", 8000, 46402, 6],
  ["Ma Lin", "D7", "Eta", 3000, 46419, 7],
];

const UI = {
  "en-US": {
    refreshed: `Rewrote "Follow-ups", "Import report" with this import's report and follow-ups; what you added beside them stays.`,
    below: `Sheet "Follow-ups" has cells of yours from row 13, where this import's longer list would go, so it was left as it was: this import's is on sheet "Follow-ups (2)" beside it.`,
    stale: /stay as they were|earlier import's/,
  },
  "zh-CN": {
    refreshed: "已将“待跟进”、“导入报告”改写为本次导入的报告和待跟进清单；您在旁边添加的内容保留。",
    below:
      "工作表“待跟进”从第 13 行起有您的单元格，本次导入较长的清单会占用该位置，因此已保持原样：本次导入的内容在其旁边的工作表“待跟进 (2)”中。",
    stale: /保持不变|仍为之前导入的内容/,
  },
} as const;

async function importWeek(fake: FakeExcel, locale: Locale, lines: readonly string[]) {
  await fillCrmWeek(fake, locale, lines, { today: TODAY, asOf: "2027-03-31" });
  await previewShown();
  const pane = document.body.textContent ?? "";
  await submit();
  const done = await screen.findByTestId("write-success", {}, { timeout: 30000 });
  cleanup();
  return { pane, done: done.textContent ?? "" };
}

function sheet(fake: FakeExcel, name: string): SheetSnapshot {
  const found = fake.snapshot().sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function value(s: SheetSnapshot, address: string): unknown {
  const content = s.cells[address]?.content;
  return content && "value" in content
    ? content.value
    : content && "formula" in content
      ? content.formula
      : undefined;
}

/** The row of the report whose column A holds `label` (1-based), and its column B. */
function reportValue(s: SheetSnapshot, label: string): unknown {
  for (let r = 1; r < 200; r++) if (value(s, `A${r}`) === label) return value(s, `B${r}`);
  throw new Error(`no row "${label}" on the report`);
}

/** The follow-up list from row 6: rep, deal, customer, amount, close date, source row. */
function list(s: SheetSnapshot): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 6; value(s, `L${r}`) !== undefined; r++)
    rows.push(["A", "C", "D", "F", "G", "L"].map((c) => value(s, `${c}${r}`)));
  return rows;
}

describe.each(["en-US", "zh-CN"] as const)(
  "%s: the earlier report and follow-ups after an update",
  (locale) => {
    const t = UI[locale];
    const texts = crmTexts(locale);
    const followUp = texts.sheet.followUp;
    const report = texts.sheet.report;
    const r = texts.report;

    it("are rewritten in place, keep what the user added, and go beside when the user's cells are in the way", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
      await importWeek(fake, locale, WEEK_A);
      const a = sheet(fake, report);
      expect([
        reportValue(a, r.rowsRead),
        reportValue(a, r.rowsImported),
        reportValue(a, r.rowsRejected),
      ]).toEqual([5, 4, 1]);
      expect(list(sheet(fake, followUp))).toEqual([
        ["Wang Fang", "D2", "Beta", 20000, 46438, 3],
        ["Huang Min", "D4", "Delta", 7000, 46449, 5],
      ]);
      // The user's additions: a note right of the list, one beside the report, a formula reading the list.
      fake.setValues(followUp, "N7", [["called Monday"]]);
      fake.setValues(report, "G2", [["checked by Ann"]]);
      await fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B1").formulas = [[`='${followUp}'!A6`]];
        await ctx.sync();
      });
      const names = fake.snapshot().sheets.map((s) => s.name);

      const b = await importWeek(fake, locale, WEEK_B);
      // The pane no longer says the report and follow-ups stay as they were; the result says rewritten.
      expect(b.pane).not.toMatch(t.stale);
      expect(b.done).not.toMatch(t.stale);
      expect(b.done).toContain(t.refreshed);
      expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(names);
      const fb = sheet(fake, followUp);
      expect(list(fb)).toEqual(LIST_B);
      expect(value(fb, "B3")).toBe(AS_OF);
      expect(value(fb, "A11")).toBeUndefined();
      // The formulas of the list follow their rows: days overdue on row 10 reads row 10.
      expect(value(fb, "K10")).toBe('=IF(J10<$B$3,$B$3-J10,"")');
      expect(fb.conditionalFormats.map((c) => c.range)).toEqual(["K6:K10"]);
      expect(value(fb, "N7")).toBe("called Monday");
      const rb = sheet(fake, report);
      expect([
        reportValue(rb, r.rowsRead),
        reportValue(rb, r.rowsImported),
        reportValue(rb, r.rowsRejected),
      ]).toEqual([6, 6, 0]);
      // Week A's rejected row is gone from the problems.
      expect(
        Object.values(rb.cells).some((c) => c.content && "value" in c.content && c.content.value === "abc"),
      ).toBe(false);
      expect(value(rb, "G2")).toBe("checked by Ann");
      expect(value(sheet(fake, "Sheet1"), "B1")).toBe(`='${followUp}'!A6`);
      expect(value(sheet(fake, "Sheet1"), "A1")).toBe("mine");

      // A note of the user's two rows under the list, where week C's longer list would go.
      fake.setValues(followUp, "A13", [["my note"]]);
      const c = await importWeek(fake, locale, WEEK_C);
      expect(c.done).toContain(t.below);
      const kept = sheet(fake, followUp);
      expect(list(kept)).toEqual(LIST_B);
      expect(value(kept, "A13")).toBe("my note");
      const beside = sheet(fake, `${followUp} (2)`);
      expect(list(beside).map((row) => row[1])).toEqual(["D8", "D1", "D9", "D10", "D3", "D4", "D6", "D7"]);
      expect(reportValue(sheet(fake, report), r.rowsRead)).toBe(9);
      expect(
        fake
          .snapshot()
          .sheets.map((s) => s.name)
          .sort(),
      ).toEqual([...names, `${followUp} (2)`].sort());
    }, 120_000);
  },
);
