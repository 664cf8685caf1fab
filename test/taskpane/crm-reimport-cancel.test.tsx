/**
 * @jest-environment jsdom
 */
/**
 * A CRM update in place, stopped at each of its requests, leaves the workbook either as it was or
 * fully updated - never half - and no staged sheet behind; or, where Excel stopped part-way through
 * a request it could not finish, the pane says what the workbook holds.
 *
 * The workbook: week 1's Zoho export imported through the pane (zoho-week.ts), then week 2's (WEEK2:
 * one more deal, an amount changed) imported with the default "update in place". One uninterrupted
 * run gives the updated workbook and the update's requests (from Create on: the staged write, the
 * checks, the one request that swaps the rows and rewrites the report, follow-ups and history, the
 * recalculation). Then, for each request k, a copy of the week-1 workbook:
 * - the user presses Cancel while request k is under way (where the pane still offers Cancel);
 * - Excel fails request k after running half of its actions, or none of them (Office.js requests
 *   are not transactions: the actions before the failing one have run).
 */
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import type { Locale } from "../../src/i18n";
import { FakeExcel, WorkbookSnapshot } from "../support/fake-excel";
import { previewShown, submit } from "./interact";
import { TODAY } from "./support";
import { ZOHO_HEADER, ZOHO_WEEK1_LINES, fillCrmWeek } from "./zoho-week";

const WEEK2 = [
  ZOHO_HEADER,
  "Li Wei,D1,Acme,Closed Won,12000,2027-01-10,2026-12-01",
  "Wang Fang,D2,Beta,Closed Won,20000,2027-01-20,2026-12-05",
  "Wang Fang,D3,Gamma,Closed Won,5000,2027-02-14,2027-01-02",
  "Zhang Jie,D4,Delta,Closed Lost,7000,2027-03-03,2027-01-15",
  "Huang Min,D5,Epsilon,Negotiation,30000,2027-01-05,2027-02-01",
  "Ma Lin,D8,Theta,Closed Won,6000,2027-01-25,2027-01-03",
];

const UI = {
  "en-US": {
    cancel: "Cancel",
    staging: "CRM update",
    partWay: "stopped part-way",
  },
  "zh-CN": {
    cancel: "取消",
    staging: "CRM 更新",
    partWay: "中途停止",
  },
} as const;

/** Imports `lines`; `atSubmit` runs just before Create (the requests from then on are the write's). */
async function importWeek(
  fake: FakeExcel,
  locale: Locale,
  lines: readonly string[],
  atSubmit: () => void = () => undefined,
): Promise<{ outcome: string; text: string }> {
  await fillCrmWeek(fake, locale, lines, { today: TODAY, asOf: "2027-01-15" });
  await previewShown();
  atSubmit();
  await submit();
  const end = await screen.findByTestId(/^write-(success|cancelled|error)$/, {}, { timeout: 30000 });
  // The pane reads the workbook again after a write (the earlier import, the history): let it finish.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  const result = { outcome: end.getAttribute("data-testid") ?? "", text: end.textContent ?? "" };
  cleanup();
  return result;
}

/** The week-1 workbook, the updated one, and the update's requests from Create on. */
async function setUp(locale: Locale) {
  const base = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "mine" } }] });
  await importWeek(base, locale, ZOHO_WEEK1_LINES);
  const full = base.copy();
  let start = 0;
  const done = await importWeek(full, locale, WEEK2, () => (start = full.syncCount));
  expect(done.outcome).toBe("write-success");
  return {
    base,
    before: base.snapshot(),
    updated: full.snapshot(),
    requests: full.requests.slice(start),
  };
}

/** Neither as it was nor updated: what differs, for the failure message. */
function sheetNames(s: WorkbookSnapshot): string[] {
  return s.sheets.map((x) => x.name);
}

describe.each(["en-US", "zh-CN"] as const)("%s: an update in place stopped at each request", (locale) => {
  const t = UI[locale];

  it("cancelled: the workbook is as it was or fully updated, no staged sheet left", async () => {
    const { base, before, updated, requests } = await setUp(locale);
    // The update is more than the staged write: the checks, the swap and the recalculation follow.
    expect(requests.length).toBeGreaterThanOrEqual(6);
    const outcomes: string[] = [];
    for (let k = 1; k <= requests.length; k++) {
      const fake = base.copy();
      let start = 0;
      let pressed = false;
      fake.onRequest = (n) => {
        if (n !== start + k) return;
        const button = screen.queryByRole("button", { name: t.cancel });
        if (button) {
          pressed = true;
          fireEvent.click(button);
        }
      };
      const result = await importWeek(fake, locale, WEEK2, () => (start = fake.syncCount));
      const after = fake.snapshot();
      expect([k, sheetNames(after).includes(t.staging)]).toEqual([k, false]);
      if (result.outcome === "write-cancelled") expect([k, after]).toEqual([k, before]);
      else expect([k, result.outcome, after]).toEqual([k, "write-success", updated]);
      outcomes.push(`${k}:${pressed ? "pressed" : "no button"}:${result.outcome}`);
    }
    // Cancel was offered while the staged sheets were written, and took everything back then.
    expect(outcomes.some((o) => o.endsWith("pressed:write-cancelled"))).toBe(true);
  }, 600_000);

  it("failed by Excel: as it was, fully updated, or the pane says what is left", async () => {
    const { base, before, updated, requests } = await setUp(locale);
    // The one request that changes the user's sheets: rows, copies, report, follow-ups, history.
    const commit =
      requests.findIndex((r) => r.methods.includes("copyFrom") && r.methods.includes("insert")) + 1;
    expect(commit).toBeGreaterThan(0);
    const runs: { k: number; applied?: number; again?: boolean }[] = [];
    for (let k = 1; k <= requests.length; k++) runs.push({ k });
    // The swap request failed at its first action, and failing again when finished once more.
    runs.push({ k: commit, applied: 0 });
    runs.push({ k: commit, again: true });
    runs.push({ k: commit, applied: 0, again: true });
    const seen = new Map<string, string>();
    for (const run of runs) {
      const fake = base.copy();
      let start = 0;
      // Read back in two requests, the update finished in the third: that one fails too.
      fake.onRequest = (n) => {
        if (run.again && n === start + run.k + 3) fake.failAt({ atSync: n, applied: 0 });
      };
      const result = await importWeek(fake, locale, WEEK2, () => {
        start = fake.syncCount;
        fake.failAt({
          atSync: start + run.k,
          ...(run.applied !== undefined ? { applied: run.applied } : {}),
        });
      });
      const after = fake.snapshot();
      const label = JSON.stringify(run);
      const state =
        JSON.stringify(after) === JSON.stringify(before)
          ? "as it was"
          : JSON.stringify(after) === JSON.stringify(updated)
            ? "updated"
            : "part-way";
      seen.set(label, state);
      if (state !== "part-way") {
        expect([label, sheetNames(after).includes(t.staging)]).toEqual([label, false]);
        continue;
      }
      // Part-way: the pane says so, and each sheet it names as left is in the workbook.
      expect([label, result.text]).toEqual([label, expect.stringContaining(t.partWay)]);
      const names = sheetNames(after);
      for (const name of names.filter(
        (n) => !sheetNames(before).includes(n) && !sheetNames(updated).includes(n),
      ))
        expect([label, result.text]).toEqual([label, expect.stringContaining(name)]);
    }
    // The swap request failing once is finished by reading back and doing the rest again; failing
    // again after half of it ran, it is said part-way; failing again before any of it ran, the
    // staged sheets are removed and the workbook is as it was.
    expect([
      seen.get(JSON.stringify({ k: commit })),
      seen.get(JSON.stringify({ k: commit, applied: 0 })),
      seen.get(JSON.stringify({ k: commit, again: true })),
      seen.get(JSON.stringify({ k: commit, applied: 0, again: true })),
    ]).toEqual(["updated", "updated", "part-way", "as it was"]);
  }, 900_000);
});
