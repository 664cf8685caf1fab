/**
 * Pay statements on paper, printed by LibreOffice to PDF and measured with pdftotext -bbox (the
 * helper print-size.oracle.test.ts uses too): the team workbook prints each rep's statement on pages
 * of its own, every page headed by the rep's statement title (a continuation page by the title
 * marked "continued"), no page holding two reps, no untitled page; each private statement file the
 * same for its rep. No word under 8 pt, the size read against a reference cell of 11 pt printed at
 * 100% the same way. English and Chinese; the walk-through plan, the same plan over twelve monthly
 * periods, statements paid from a CRM export with their deal lists (bookings in English, 回款 in
 * Chinese), and an export with 60 deals for one rep.
 *
 * Page counts, worked out from the rows (statement-pages.ts: printable page 0.95 x (792 - 108) pt
 * upright, 0.95 x (595 - 108) pt across; rows 15 pt, titles 18 pt):
 * - walk-through: item, two periods, total (four columns) upright at 74%: a page holds 650 / 0.74 =
 *   878 pt of rows, the whole statement (44 rows, about 760 pt) fits: one page a rep.
 * - twelve periods: three bands of four periods (six columns) across at 74%: 463 / 0.74 = 625 pt a
 *   page; a band is 38 rows (over 573 pt), so the notes and sign-off (over 75 pt) go on a fourth page.
 * - 60 deals for Ann: five columns across at 84%, 551 pt a page. The 60 deal rows alone are 900 pt:
 *   more than a page, and less than two pages' 1,102 pt; with the statement's lines (over 300 pt)
 *   on the first page, Ann's statement takes three pages. Bo's one deal and Cai's none fit one page.
 */
import fs from "fs";
import path from "path";
import { buildCrmIncentives } from "../../../src/cli/commands/incentives-crm";
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
import { sofficeTimeLimits } from "../../support/tool-timeout";

// LibreOffice runs here: jest's time limits outlast soffice's own (tool-timeout.ts).
sofficeTimeLimits();

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
  /** Pages per rep, in roster order: a band of periods a page, and the pages a long tail goes on. */
  readonly pages: readonly number[];
}

const plain = (input: IncentivePlanInput, locale: "en-US" | "zh-CN") => async () => {
  const model = planModel(input, STATEMENT_REPS);
  return { model, team: await writeXlsxBytes(generateIncentiveWorkbook(model, { locale }).spec) };
};

const fromCrm =
  (
    files: { roster: string; plan: string; crm: string | ((dir: string) => string) },
    locale: "en-US" | "zh-CN",
  ) =>
  async () => {
    const dir = makeTempDir("sales-kit-statement-print-");
    try {
      for (const f of fs.readdirSync(EXAMPLES)) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
      const crm = typeof files.crm === "string" ? files.crm : files.crm(dir);
      const built = await buildCrmIncentives(dir, { ...files, crm }, locale);
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

/** A bookings export with 60 won deals for Ann Lee in January, one for Bo Chen, none for Cai Na. */
function longBookings(dir: string): string {
  const rows = ['"Opportunity Owner","Account Name","Opportunity Name","Stage","Amount","Close Date"'];
  for (let i = 1; i <= 60; i++)
    rows.push(`"Ann Lee","Account ${i}","Deal ${i}","Closed Won","$${1000 + i}.00","1/${(i % 28) + 1}/2027"`);
  rows.push('"Bo Chen","Initech","Initech - licences","Closed Won","$42,000.00","1/20/2027"');
  fs.writeFileSync(path.join(dir, "long.csv"), rows.join("\n") + "\n");
  return "long.csv";
}

/** A 回款 export with 60 collections for 李伟 in April (payment dates), one for 王芳, none for 张强. */
function longCollections(dir: string): string {
  const rows = ["回款编号,客户名称,关联订单,负责人,回款金额,回款日期,回款方式,生命状态,创建时间"];
  for (let i = 1; i <= 60; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    rows.push(
      `HK-${i},客户${i},SO-${i},李伟,"${1000 + i}.00",2027-04-${day},银行转账,正常,2027-04-${day} 10:00`,
    );
  }
  rows.push(`HK-61,杭州数智,SO-61,王芳,"30,000.00",2027-05-06,银行转账,正常,2027-05-06 11:30`);
  fs.writeFileSync(path.join(dir, "长回款.csv"), "\ufeff" + rows.join("\n") + "\n");
  return "长回款.csv";
}

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
        pages: [1, 1],
      },
      // Twelve periods side by side printed at 4.2 pt: bands of four periods, a page each, and the
      // notes and sign-off on a fourth.
      {
        name: `twelve periods ${locale}`,
        locale,
        model: plain(TWELVE_PLAN, locale),
        reps: walkReps,
        lastWord,
        heading,
        pages: [4, 4],
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
    pages: [1, 1, 1],
  },
  {
    name: "CRM bookings, 60 deals for one rep, en-US",
    locale: "en-US",
    model: fromCrm({ roster: "team.csv", plan: "bookings-plan.yaml", crm: longBookings }, "en-US"),
    reps: ["Ann Lee", "Bo Chen", "Cai Na"],
    lastWord: [SIGN["en-US"], SIGN["en-US"], SIGN["en-US"]],
    heading: "statement:",
    pages: [3, 1, 1],
  },
  {
    name: "CRM bookings, 60 deals for one rep, zh-CN",
    locale: "zh-CN",
    model: fromCrm({ roster: "team.csv", plan: "bookings-plan.yaml", crm: longBookings }, "zh-CN"),
    reps: ["Ann Lee", "Bo Chen", "Cai Na"],
    lastWord: [SIGN["zh-CN"], SIGN["zh-CN"], SIGN["zh-CN"]],
    heading: "个人结算单：",
    pages: [3, 1, 1],
  },
  {
    name: "CRM 回款, 60 collections for one rep, zh-CN",
    locale: "zh-CN",
    model: fromCrm({ roster: "团队.csv", plan: "回款方案.yaml", crm: longCollections }, "zh-CN"),
    reps: ["李伟", "王芳", "张强"],
    lastWord: [SIGN["zh-CN"], SIGN["zh-CN"], SIGN["zh-CN"]],
    heading: "个人结算单：",
    pages: [3, 1, 1],
  },
  {
    name: "CRM 回款 zh-CN",
    locale: "zh-CN",
    model: fromCrm({ roster: "团队.csv", plan: "回款方案.yaml", crm: "回款.csv" }, "zh-CN"),
    reps: ["李伟", "王芳", "张强"],
    lastWord: [SIGN["zh-CN"], SIGN["zh-CN"], SIGN["zh-CN"]],
    heading: "个人结算单：",
    pages: [1, 1, 1],
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

      /**
       * The statement pages of a print: from the first page with a statement title to the page of
       * the last rep's sign-off (what follows is another sheet). Each must carry a title, name one
       * rep only, and the reps' pages come in roster order, as many as worked out above.
       */
      const checkPages = (words: PrintedWord[], reps: readonly number[]) => {
        const titled = words.filter((w) => w.text.startsWith(c.heading));
        expect(titled.length).toBeGreaterThan(0);
        const first = titled[0].page;
        const lastRep = reps[reps.length - 1];
        const signed = words.filter((w) => w.page >= first && w.text.startsWith(c.lastWord[lastRep]));
        const last = signed[signed.length - 1].page;
        const owner: number[] = [];
        for (let page = first; page <= last; page++) {
          const on = words.filter((w) => w.page === page);
          const text = on.map((w) => w.text).join(" ");
          // The title: "Pay statement: <rep>" / "个人结算单：<rep>", on a further page "(continued)".
          expect(on.some((w) => w.text.startsWith(c.heading))).toBe(true);
          const named = reps.filter((r) => text.includes(c.reps[r]));
          expect(named).toHaveLength(1);
          owner.push(named[0]);
          const smallest = Math.min(...on.map((w) => w.height / scale));
          expect(smallest).toBeGreaterThanOrEqual(SMALLEST_PT);
        }
        expect(owner).toEqual(reps.flatMap((r) => Array<number>(c.pages[r]).fill(r)));
        // Each rep's last page holds its sign-off.
        reps.forEach((r) => {
          const lastPage = first + owner.lastIndexOf(r);
          expect(words.some((w) => w.page === lastPage && w.text.startsWith(c.lastWord[r]))).toBe(true);
        });
      };

      it("prints the team's statements one rep to its own titled pages, nothing under 8 pt", () => {
        expect(reps).toBe(c.reps.length);
        checkPages(
          team,
          c.reps.map((_, r) => r),
        );
      });

      it("prints each private statement on its own titled pages, nothing under 8 pt", () => {
        own.forEach((list, r) => {
          expect(new Set(list.map((w) => w.page)).size).toBe(c.pages[r]);
          checkPages(list, [r]);
        });
      });
    });
  }
});
