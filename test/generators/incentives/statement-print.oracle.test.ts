/**
 * Pay statements on paper, printed by LibreOffice to PDF and measured with pdftotext -bbox (as
 * print-size.oracle.test.ts does for the demo): the team workbook prints each rep's statement on a
 * page of its own, and each private statement file on one page; no word under 8 pt, the size read
 * against a reference cell of 11 pt printed at 100% the same way. English and Chinese.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { generateIncentiveWorkbook, repStatementWorkbooks } from "../../../src/generators/incentives";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import { onPath } from "../../support/installed";
import { describeWithPrinting, printedPdfs } from "../../oracle/libreoffice";
import { planModel } from "../../kpi/plan/worked-examples";
import { STATEMENT_PLAN, STATEMENT_REPS } from "./statement-plan";

const SMALLEST_PT = 8;

interface Word {
  readonly page: number;
  readonly text: string;
  readonly height: number;
}

function words(pdf: Buffer): Word[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "statement-print-"));
  try {
    const file = path.join(dir, "p.pdf");
    fs.writeFileSync(file, pdf);
    const out = spawnSync(onPath("pdftotext")!, ["-bbox", file, "-"], { encoding: "utf8" }).stdout;
    const found: Word[] = [];
    let page = 0;
    for (const m of out.matchAll(
      /<page width|<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      if (m[1] === undefined) page++;
      else found.push({ page, text: m[3], height: Number(m[2]) - Number(m[1]) });
    }
    return found;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const model = planModel(STATEMENT_PLAN, STATEMENT_REPS);

describeWithPrinting("pay statements printed", () => {
  for (const locale of ["en-US", "zh-CN"] as const) {
    describe(locale, () => {
      let perPoint = 0;
      let team: Word[] = [];
      let own: Word[][] = [];

      beforeAll(async () => {
        const reference = await writeXlsxBytes({
          sheets: [{ name: "R", blocks: [{ start: "A1", rows: [["Reference"]] }] }],
        });
        const files = repStatementWorkbooks({ model, locale });
        const pdfs = await printedPdfs([
          { name: "reference", data: reference },
          { name: "team", data: await writeXlsxBytes(generateIncentiveWorkbook(model, { locale }).spec) },
          ...(await Promise.all(
            files.map(async (f) => ({ name: f.fileName, data: await writeXlsxBytes(f.spec) })),
          )),
        ]);
        perPoint = words(pdfs.get("reference")!)[0].height / 11;
        team = words(pdfs.get("team")!);
        own = files.map((f) => words(pdfs.get(f.fileName)!));
      }, 300_000);

      it("prints the team's statements one rep a page, nothing under 8 pt", () => {
        const heading = locale === "en-US" ? "statement:" : "个人结算单:";
        const pages = [...new Set(team.filter((w) => w.text.startsWith(heading)).map((w) => w.page))];
        expect(pages).toHaveLength(STATEMENT_REPS.length);
        STATEMENT_REPS.forEach((rep, r) => {
          const on = team.filter((w) => w.page === pages[r]);
          const text = on.map((w) => w.text).join(" ");
          expect(text).toContain(rep.name.split(" ")[0]);
          // The last lines (year to date, pay date, sign-off) are on the title's page.
          expect(text).toContain("Mia");
          const others = STATEMENT_REPS.filter((o) => o !== rep).map((o) => o.name.split(" ")[0]);
          for (const o of others) expect(text).not.toContain(o);
          const smallest = Math.min(...on.map((w) => w.height / perPoint));
          expect(smallest).toBeGreaterThanOrEqual(SMALLEST_PT);
        });
      });

      it("prints each private statement on one page, nothing under 8 pt", () => {
        own.forEach((list, r) => {
          expect(new Set(list.map((w) => w.page)).size).toBe(1);
          expect(list.map((w) => w.text).join(" ")).toContain(STATEMENT_REPS[r].name.split(" ")[0]);
          const smallest = Math.min(...list.map((w) => w.height / perPoint));
          expect(smallest).toBeGreaterThanOrEqual(SMALLEST_PT);
        });
      });
    });
  }
});
