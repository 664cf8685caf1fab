/**
 * Pay statements on paper, printed by LibreOffice to PDF and measured with pdftotext -bbox (the
 * helper print-size.oracle.test.ts uses too): the team workbook prints each rep's statement on a page
 * of its own, and each private statement file on one page; no word under 8 pt, the size read against
 * a reference cell of 11 pt printed at 100% the same way. English and Chinese; the walk-through plan,
 * the same plan over twelve monthly periods, and statements paid from a CRM export with their deal
 * lists (bookings in English, 回款 in Chinese).
 */
import fs from "fs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives";
import { generateIncentiveWorkbook, repStatementWorkbooks } from "../../../src/generators/incentives";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import type { PlanModel } from "../../../src/kpi/plan/model";
import type { StatementDeals } from "../../../src/generators/incentives";
import type { IncentivePlanInput } from "../../../src/schemas/incentive-plan";
import { makeTempDir, removeTempDir } from "../../support/cli";
import { PrintedWord, REFERENCE, perPoint, printedWords, referencePrint } from "../../support/printed-words";
import { describeWithPrinting, printedPdfs } from "../../oracle/libreoffice";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_PLAN, STATEMENT_REPS, TWELVE_PLAN } from "./statement-plan";

const SMALLEST_PT = 8;
const EXAMPLES = path.resolve(__dirname, "../../../examples/incentives/crm");

interface Case {
  readonly name: string;
  readonly locale: "en-US" | "zh-CN";
  readonly model: () => Promise<{ model: PlanModel; team: Uint8Array; deals?: StatementDeals }>;
  /** Each rep's first name, as the statement's title shows it; a word on its last lines. */
  readonly reps: readonly string[];
  /** A word of the sign-off (the last lines), per rep. */
  readonly lastWord: readonly string[];
  readonly heading: string;
  /** Pages per rep: one per band of periods. */
  readonly pages: number;
}

const plain = (input: IncentivePlanInput, locale: "en-US" | "zh-CN") => async () => {
  const model = planModel(input, STATEMENT_REPS);
  return { model, team: await writeXlsxBytes(generateIncentiveWorkbook(model, { locale }).spec) };
};

const fromCrm =
  (files: { roster: string; plan: string; crm: string }, locale: "en-US" | "zh-CN") => async () => {
    const dir = makeTempDir("sales-kit-statement-print-");
    try {
      for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
      const built = await buildCrmIncentives(dir, files, locale);
      if (!built.ok) throw new Error(JSON.stringify(built.issues));
      return {
        model: built.value.model,
        team: await writeXlsxBytes(built.value.spec),
        deals: built.value.actuals.statementDeals,
      };
    } finally {
      removeTempDir(dir);
    }
  };

const walkReps = STATEMENT_REPS.map((r) => r.name.split(" ")[0]);
const SIGN = { "en-US": "Signature:", "zh-CN": "签字：" } as const;
const CASES: Case[] = [
  ...(["en-US", "zh-CN"] as const).flatMap((locale) => {
    const heading = locale === "en-US" ? "statement:" : "个人结算单：";
    const lastWord = [SIGN[locale], SIGN[locale]];
    return [
      {
        name: `walk-through ${locale}`,
        locale,
        model: plain(STATEMENT_PLAN, locale),
        reps: walkReps,
        lastWord,
        heading,
        pages: 1,
      },
      // Twelve periods side by side printed at 4.2 pt: bands of four periods, a page each.
      {
        name: `twelve periods ${locale}`,
        locale,
        model: plain(TWELVE_PLAN, locale),
        reps: walkReps,
        lastWord,
        heading,
        pages: 3,
      },
    ];
  }),
  {
    name: "CRM bookings en-US",
    locale: "en-US",
    model: fromCrm({ roster: "team.csv", plan: "bookings-plan.yaml", crm: "deals.csv" }, "en-US"),
    reps: ["Ann Lee", "Bo Chen", "Cai Na"],
    lastWord: [SIGN["en-US"], SIGN["en-US"], SIGN["en-US"]],
    heading: "statement:",
    pages: 1,
  },
  {
    name: "CRM 回款 zh-CN",
    locale: "zh-CN",
    model: fromCrm({ roster: "团队.csv", plan: "回款方案.yaml", crm: "回款.csv" }, "zh-CN"),
    reps: ["李伟", "王芳", "张强"],
    lastWord: [SIGN["zh-CN"], SIGN["zh-CN"], SIGN["zh-CN"]],
    heading: "个人结算单：",
    pages: 1,
  },
];

describeWithPrinting("pay statements printed", () => {
  for (const c of CASES) {
    describe(c.name, () => {
      let scale = 0;
      let team: PrintedWord[] = [];
      let own: PrintedWord[][] = [];
      let reps = 0;

      beforeAll(async () => {
        const { model, team: teamBook, deals } = await c.model();
        reps = model.reps.length;
        const files = repStatementWorkbooks({ model, locale: c.locale, ...(deals ? { deals } : {}) });
        const pdfs = await printedPdfs([
          await referencePrint(),
          { name: "team", data: teamBook },
          ...(await Promise.all(
            files.map(async (f) => ({ name: f.fileName, data: await writeXlsxBytes(f.spec) })),
          )),
        ]);
        scale = perPoint(pdfs.get(REFERENCE)!);
        // The team workbook's statement pages: those of the sheet holding the statement titles.
        team = printedWords(pdfs.get("team")!);
        own = files.map((f) => printedWords(pdfs.get(f.fileName)!));
        const smallest = (list: PrintedWord[]) =>
          Math.round(Math.min(...list.map((w) => w.height / scale)) * 10) / 10;
        const titled = new Set(team.filter((w) => w.text.startsWith(c.heading)).map((w) => w.page));
        console.log(
          `${c.name}: smallest printed text on the team statements ${smallest(team.filter((w) => titled.has(w.page)))} pt, ` +
            `in the private files ${own.map(smallest).join(", ")} pt`,
        );
      }, 300_000);

      it("prints the team's statements one rep a page (a page per band), nothing under 8 pt", () => {
        const titled = [...new Set(team.filter((w) => w.text.startsWith(c.heading)).map((w) => w.page))];
        expect(titled).toHaveLength(reps * c.pages);
        c.reps.forEach((rep, r) => {
          // The rep's pages: from its first title page to the page of its sign-off (the statement's
          // last lines; a long block runs on a page), which comes before the next rep's title.
          const from = titled[r * c.pages];
          const signed = team.filter((w) => w.page >= from && w.text.startsWith(c.lastWord[r]));
          expect(signed.length).toBeGreaterThan(0);
          const to = signed[0].page;
          expect(to).toBeLessThan(titled[(r + 1) * c.pages] ?? Infinity);
          const on = team.filter((w) => w.page >= from && w.page <= to);
          const text = on.map((w) => w.text).join(" ");
          expect(text).toContain(rep);
          for (const o of c.reps.filter((x) => x !== rep)) expect(text).not.toContain(o);
          const smallest = Math.min(...on.map((w) => w.height / scale));
          expect(smallest).toBeGreaterThanOrEqual(SMALLEST_PT);
        });
      });

      it("prints each private statement on one page (a page per band), nothing under 8 pt", () => {
        own.forEach((list, r) => {
          const pages = new Set(list.map((w) => w.page)).size;
          // One band: fitted to one page. Bands: a page each, the last band's notes may run on a page.
          if (c.pages === 1) expect(pages).toBe(1);
          else expect([c.pages, c.pages + 1]).toContain(pages);
          expect(list.map((w) => w.text).join(" ")).toContain(c.reps[r]);
          expect(
            list
              .filter((w) => w.page === pages)
              .map((w) => w.text)
              .join(" "),
          ).toContain(c.lastWord[r]);
          const smallest = Math.min(...list.map((w) => w.height / scale));
          expect(smallest).toBeGreaterThanOrEqual(SMALLEST_PT);
        });
      });
    });
  }
});
