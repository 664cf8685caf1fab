/**
 * Split deals on the funnel and history sheets (and so on the dashboard, which reads their team
 * block, trend and per-rep rows): a split report carries the whole deal on each owner's row, so a
 * team figure summed over rows counted a split deal once per owner. As on the KPI sheet
 * (split-credit.oracle.test.ts), values are credited by share everywhere; a rep's block counts a
 * split deal whole, the team block by share. Recalculated in LibreOffice and Gnumeric, en and zh,
 * against figures worked out by hand below from split-export.ts.
 */
import { writeXlsx } from "../../../src/hosts/xlsx/write";
import { HISTORY_TEXTS } from "../../../src/i18n/sheets/history";
import { describeWithBothEngines, recalculateInGnumeric } from "../../oracle/gnumeric";
import { libreOfficeAvailable, recalculatePackages } from "../../oracle/libreoffice";
import { XmlValue, readXmlWorkbook } from "../../oracle/sheet-xml";
import { splitWorkbook } from "./split-export";
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

/**
 * The funnel of the whole export. Stages by average probability: Proposal (20%), Negotiation (40%).
 * The lost deals name no stage they were lost at: they count in the "(stage unknown)" row.
 * Team, by share: Proposal Soylent, 1 deal worth 7,000; Negotiation Hooli 0.5 + 0.5 = 1 worth
 * 20,000; unknown Wayne 1 + Umbrella 0.7 + 0.3 = 2 worth 6,000 + 3,500 + 1,500 = 11,000, both lost;
 * won Acme, Globex, Initech and Stark (Ann's 0.75 + Dan's 0.25): 4 deals worth 25,000. Reached:
 * Proposal 1 + 1 + 2 + 4 = 8, Negotiation 1 + 4 = 5: conversions 5/8 and 4/5.
 * Counted per row (the bug) the team had 1, 2, 3 and 7 deals worth 7,000, 40,000, 16,000, 47,000.
 * Ann, whole deals, her share of the values: Negotiation Hooli 10,000; unknown Umbrella (lost)
 * 3,500; won Acme, Globex, Stark, 6,000 + 4,000 + 3,000. Reached 0 + 1 + 1 + 3 = 5 and 4: 4/5, 3/4;
 * against the team +0.175 and -0.05: weakest Negotiation.
 * Bo: Negotiation Hooli 10,000; unknown Wayne (lost) 6,000; won Acme and Initech 4,000 + 3,000.
 * Reached 4 and 3: 3/4, 2/3; gaps +0.125 and -2/15: weakest Negotiation.
 * Cai: Proposal Soylent 7,000; unknown Umbrella (lost) 1,500; won Globex 4,000. Reached 3 and 1:
 * 1/3, 1/1; gaps -7/24 and +0.2: weakest Proposal.
 */
const FUNNEL = {
  team: {
    stages: [
      [1, 7_000, 0, 8, 5 / 8],
      [1, 20_000, 0, 5, 4 / 5],
    ],
    unknown: [2, 11_000, 2],
    won: [4, 25_000],
  },
  "Ann Lee": {
    stages: [
      [0, 0, 0, 5, 4 / 5],
      [1, 10_000, 0, 4, 3 / 4],
    ],
    unknown: [1, 3_500, 1],
    won: [3, 13_000],
  },
  "Bo Chen": {
    stages: [
      [0, 0, 0, 4, 3 / 4],
      [1, 10_000, 0, 3, 2 / 3],
    ],
    unknown: [1, 6_000, 1],
    won: [2, 7_000],
  },
  "Cai Na": {
    stages: [
      [1, 7_000, 0, 3, 1 / 3],
      [0, 0, 0, 1, 1],
    ],
    unknown: [1, 1_500, 1],
    won: [1, 4_000],
  },
} as const;

/**
 * The Q1 snapshot of the history, per rep: won revenue and open pipeline by share, deals whole (the
 * KPI sheet's rep rows). Ann 13,000 in 3 won, 1 lost, open half of Hooli 10,000; Bo 7,000 in 2, 1
 * lost, 10,000; Cai 4,000 in 1, 1 lost, Soylent 7,000. The trend's team won revenue (roster reps):
 * 24,000 (counted per row it was 22,000 + 13,000 + 8,000 = 43,000).
 */
const HISTORY: Record<string, [number, number, number, number]> = {
  "Ann Lee": [13_000, 3, 1, 10_000],
  "Bo Chen": [7_000, 2, 1, 10_000],
  "Cai Na": [4_000, 1, 1, 7_000],
};

function expectNear(actual: XmlValue | undefined, expected: number, where: string): void {
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected)))
    throw new Error(`${where}: expected ${expected}, got ${JSON.stringify(actual)}`);
}

describeWithBothEngines("split deals on the funnel and history sheets", libreOfficeAvailable(), () => {
  it.each(["en-US", "zh-CN"] as const)(
    "count a split deal once for the team, whole for each rep; values by share (%s)",
    async (locale) => {
      const wb = splitWorkbook(locale);
      const data = await writeXlsx(wb.spec);
      const [lo, gn] = await Promise.all([
        recalculatePackages([{ name: "split", data }]),
        recalculateInGnumeric([{ name: "split", data }]),
      ]);
      const funnel = wb.funnel!;
      expect(funnel.stages).toEqual(["Proposal", "Negotiation"]);
      const history = wb.history;
      let checked = 0;
      for (const [engine, pkg] of [
        ["LibreOffice", lo.get("split")!],
        ["Gnumeric", gn.get("split")!],
      ] as const) {
        const book = readXmlWorkbook(pkg);
        const F = book.sheets.get(funnel.sheet)!;
        const blocks = [["team", funnel.team], ...funnel.reps.map((b) => [b.rep, b] as const)] as const;
        for (const [who, block] of blocks) {
          const expected = FUNNEL[who as keyof typeof FUNNEL];
          expected.stages.forEach((figures, k) =>
            figures.forEach((v, c) => {
              const address = `${"BCDEF"[c]}${block.firstStageRow + k}`;
              expectNear(F.get(address)?.value, v, `${engine} funnel ${who} ${address}`);
              checked++;
            }),
          );
          expected.unknown.forEach((v, c) => {
            const address = `${"BCD"[c]}${block.unknownRow}`;
            expectNear(F.get(address)?.value, v, `${engine} funnel ${who} unknown ${address}`);
            checked++;
          });
          expected.won.forEach((v, c) => {
            const address = `${"BC"[c]}${block.wonRow}`;
            expectNear(F.get(address)?.value, v, `${engine} funnel ${who} won ${address}`);
            checked++;
          });
        }
        // Each rep's weakest stage against the team, in the summary (rep in A, stage in B).
        const weakest = funnel.summaryRows.map((s) => [s.rep, F.get(`B${s.row}`)?.value]);
        expect(weakest).toEqual([
          ["Ann Lee", "Negotiation"],
          ["Bo Chen", "Negotiation"],
          ["Cai Na", "Proposal"],
        ]);

        const H = book.sheets.get(history.sheet)!;
        const q1 = new Map<string, number>();
        for (let r = history.firstRow; r <= history.lastRow; r++)
          if (H.get(`B${r}`)?.value === "2027-Q1") q1.set(String(H.get(`C${r}`)?.value), r);
        expect([...q1.keys()]).toEqual(Object.keys(HISTORY));
        for (const [rep, figures] of Object.entries(HISTORY))
          figures.forEach((v, c) => {
            const address = `${"EFGH"[c]}${q1.get(rep)}`;
            expectNear(H.get(address)?.value, v, `${engine} history ${rep} ${address}`);
            checked++;
          });
        expectNear(H.get(`L${history.trendFirstRow}`)?.value, 24_000, `${engine} trend`);
      }
      expect(checked).toBe(2 * (4 * 15 + 3 * 4));
      // The funnel and history sheets say how they credit a split deal.
      const note = (sheet: string) =>
        String(wb.spec.sheets.find((s) => s.name === sheet)!.blocks[0].rows[1][0]);
      expect(note(funnel.sheet)).toContain(
        locale === "zh-CN" ? "团队区块按分成比例计" : "the team block by share",
      );
      expect(note(history.sheet)).toBe(HISTORY_TEXTS[locale].note);
      expect(HISTORY_TEXTS[locale].note).toContain(
        locale === "zh-CN" ? "按分成比例计入" : "credited by share",
      );
    },
    240_000,
  );
});
