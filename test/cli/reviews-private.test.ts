/**
 * Private review workbooks: `sales-kit reviews` gives each rep a file with their self-review,
 * development plan and feedback log only, and the manager a copy of the manager review in a folder of
 * their own. Every part of each rep's file (sheets, shared strings, the workbook with its defined names,
 * validations, comments, document properties) is searched for the manager review and for every other
 * rep's name and figures; the sheet protection carries a password hash exactly when one was given.
 * In English and Chinese.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { goalSheetTexts } from "../../src/i18n/sheets/goals";
import { reviewTexts } from "../../src/i18n/sheets/reviews";
import { buildPrivateReviewFiles } from "../../src/generators/reviews/rep-workbook";
import { pairMentors } from "../../src/generators/reviews/mentors";
import { writeXlsx } from "../../src/hosts/xlsx/write";
import { reviewConfig } from "../../src/schemas/review";
import { unzip } from "../hosts/unzip";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

// Experienced reps only: a new hire's plan names their mentor, and the mentor's plan the new hire,
// by design (a pairing both must know); here no name of another rep may appear at all.
const REPS = [
  { name: "Anna Li", team: "East", target: 731913, actual: 652817 },
  { name: "王芳", team: "East", target: 584269, actual: 497153 },
  { name: "Carlos Diaz", team: "West", target: 463177, actual: 519383 },
];
const ROSTER = `name,team,manager,hire date\n${REPS.map((r) => `${r.name},${r.team},Zhou Min,2019-04-15`).join("\n")}\n`;

/** A goal workbook as a spreadsheet program saves it: each rep's revenue target and actual. */
async function goalWorkbook(file: string): Promise<void> {
  const col = goalSheetTexts("en-US").col;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Goals 2025-H1");
  ws.getRow(5).values = [
    col.rep,
    col.team,
    col.manager,
    col.metric,
    col.weight,
    null,
    col.fullTarget,
    col.target,
    col.actual,
  ];
  REPS.forEach((r, i) => {
    ws.getRow(7 + i).values = [
      r.name,
      r.team,
      "Zhou Min",
      "Revenue",
      1,
      null,
      r.target,
      { formula: `G${7 + i}`, result: r.target },
      { formula: `${r.actual}`, result: r.actual },
    ] as ExcelJS.CellValue[];
  });
  await wb.xlsx.writeFile(file);
}

/** Every part of an .xlsx as text, XML character references resolved (a name may be escaped). */
function partsOf(file: string): Map<string, string> {
  const parts = unzip(fs.readFileSync(file));
  const decoded = new Map<string, string>();
  for (const [name, xml] of parts) {
    decoded.set(
      name,
      xml
        .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    );
  }
  return decoded;
}

/** The parts (by name) that contain `text`. */
function partsWith(parts: Map<string, string>, text: string): string[] {
  return [...parts].filter(([, xml]) => xml.includes(text)).map(([name]) => name);
}

/** The sheetProtection element of each worksheet part. */
function protections(parts: Map<string, string>): string[] {
  return [...parts]
    .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .map(([, xml]) => /<sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "(none)");
}

const run = (args: string[], cwd: string) => runMain(args, { cwd, env: { LANG: "en_US.UTF-8" } });

describe.each(["en-US", "zh-CN"] as const)("private review workbooks, %s", (locale) => {
  const t = reviewTexts(locale);
  let dir: string;
  beforeAll(async () => {
    dir = makeTempDir("sales-kit-private-reviews-");
    fs.writeFileSync(path.join(dir, "team.csv"), ROSTER);
    await goalWorkbook(path.join(dir, "goals.xlsx"));
    const base = ["reviews", "--roster", "team.csv", "--goals", "goals.xlsx", "--period", "2025-H1"];
    const plain = await run([...base, "--locale", locale, "--out", "plain"], dir);
    expect(plain).toMatchObject({ code: 0, stderr: "" });
    const locked = await run([...base, "--locale", locale, "--out", "locked", "--password", "s3cret"], dir);
    expect(locked).toMatchObject({ code: 0, stderr: "" });
  }, 120_000);
  afterAll(() => removeTempDir(dir));

  it("gives the manager a copy of each manager review, apart from the reps' files", async () => {
    expect(fs.readdirSync(path.join(dir, "plain")).sort()).toEqual(
      [...REPS.map((r) => `${r.name}.xlsx`), `${t.file.index}.xlsx`, t.file.managerFolder].sort(),
    );
    for (const rep of REPS) {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(path.join(dir, "plain", t.file.managerFolder, `${rep.name}.xlsx`));
      expect(copy.worksheets.map((w) => w.name)).toEqual([t.sheet.managerReview]);
      expect(copy.getWorksheet(t.sheet.managerReview)!.getCell("B4").value).toBe(rep.name);
    }
  });

  it("keeps the manager review and every other rep out of every part of each rep's file", () => {
    for (const folder of ["plain", "locked"]) {
      for (const rep of REPS) {
        const parts = partsOf(path.join(dir, folder, `${rep.name}.xlsx`));
        // The parts the brief names are all there to be searched (the streaming writer keeps cell
        // texts inline in the sheets, so a shared-string table is searched only where one is written).
        expect([...parts.keys()]).toEqual(
          expect.arrayContaining([
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml",
            "docProps/core.xml",
            "docProps/app.xml",
          ]),
        );
        const workbook = parts.get("xl/workbook.xml")!;
        const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
        expect(sheetNames).toEqual([t.sheet.selfReview, t.sheet.plan, t.sheet.feedback]);
        // The rep's own figures are there (the check finds figures when they are present) ...
        expect(partsWith(parts, String(rep.target)).length).toBeGreaterThan(0);
        expect(partsWith(parts, rep.name).length).toBeGreaterThan(0);
        // ... nothing of the manager review: no sheet, title, note, label, reference or form field ...
        for (const text of [
          t.sheet.managerReview,
          t.managerReview.title,
          t.managerReview.note,
          t.managerReview.copyNote,
          t.managerReview.overall,
          t.managerReview.managerSignature,
          // Column headers as whole cell texts ("Manager rating" is also part of a seeded success measure).
          `>${t.selfReview.competencyHeaders[5]}</t>`,
          `>${t.selfReview.competencyHeaders[6]}</t>`,
          `>${t.selfReview.competencyHeaders[7]}</t>`,
          `>${t.selfReview.overallRating}</t>`,
          '"manager:',
          '"sign:manager',
          '"narrative:manager"',
        ]) {
          expect({ text, parts: partsWith(parts, text) }).toEqual({ text, parts: [] });
        }
        // ... and no other rep's name, target or actual anywhere.
        for (const other of REPS.filter((r) => r !== rep)) {
          for (const text of [other.name, String(other.target), String(other.actual)]) {
            expect({ rep: rep.name, text, parts: partsWith(parts, text) }).toEqual({
              rep: rep.name,
              text,
              parts: [],
            });
          }
        }
      }
    }
  });

  it("protects every sheet with the password's hash when one is given, and without a hash otherwise", () => {
    for (const rep of REPS) {
      for (const file of [`${rep.name}.xlsx`, path.join(t.file.managerFolder, `${rep.name}.xlsx`)]) {
        const plain = protections(partsOf(path.join(dir, "plain", file)));
        const locked = protections(partsOf(path.join(dir, "locked", file)));
        expect(plain.length).toBeGreaterThan(0);
        expect(locked.length).toBe(plain.length);
        for (const p of plain) {
          expect(p).toMatch(/^<sheetProtection\b/);
          expect(p).not.toMatch(/hashValue=|\bpassword=/);
        }
        for (const p of locked) expect(p).toMatch(/\bhashValue="[A-Za-z0-9+/=]{20,}"/);
        // The password itself is never written, only its salted hash.
        expect(partsWith(partsOf(path.join(dir, "locked", file)), "s3cret")).toEqual([]);
      }
    }
    const index = protections(partsOf(path.join(dir, "locked", `${t.file.index}.xlsx`)));
    expect(index.filter((p) => p !== "(none)").every((p) => /hashValue=/.test(p))).toBe(true);
  });
  it("collect joins the manager's copy, read from its folder, to the rep's returned file", async () => {
    const out = path.join(dir, "plain");
    const anna = `${REPS[0].name}.xlsx`;
    const own = new ExcelJS.Workbook();
    await own.xlsx.readFile(path.join(out, anna));
    // The first competency's self rating: the row under the competency header, column C.
    const self = own.getWorksheet(t.sheet.selfReview)!;
    let first = 0;
    self.eachRow((row, r) => {
      if (!first && row.getCell(1).value === t.selfReview.competencyHeaders[1]) first = r + 1;
    });
    self.getCell(first, 3).value = "4 Exceeds expectations 超出预期";
    await own.xlsx.writeFile(path.join(out, anna));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, t.file.managerFolder, anna));
    copy.worksheets[0].getCell("C8").value = "2 Needs improvement 需改进";
    await copy.xlsx.writeFile(path.join(out, t.file.managerFolder, anna));

    const r = await run(["collect", "plain", "--locale", locale, "--out", "summary.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 rep(s): 0 complete, 3 incomplete, 0 missing, 0 skipped");
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(path.join(dir, "summary.xlsx"));
    const ratings = summary.getWorksheet(t.sheet.ratings)!;
    // Row 7 is the first rep; 8 default competencies: self scores from B, the manager's from J.
    expect(ratings.getCell("A7").value).toBe(REPS[0].name);
    expect(ratings.getCell("B7").value).toBe(4);
    expect(ratings.getCell("J7").value).toBe(2);
    fs.rmSync(path.join(dir, "summary.xlsx"));
  }, 60_000);
});

describe("the manager's ratings stay out of the rep's file when the generator is given them", () => {
  it("seeds the rep's plan without them and puts them in the manager's copy only", async () => {
    const config = reviewConfig({
      period: "2025-H1",
      competencies: [
        { key: "prospecting", name: { en: "Prospecting", zh: "客户开发" }, weight: 0.5 },
        { key: "teamwork", name: { en: "Teamwork", zh: "团队协作" }, weight: 0.5 },
      ],
    });
    const rep = { name: "Anna Li", role: "AE", team: "East", manager: "Zhou Min", hireDate: 43570 };
    for (const locale of ["en-US", "zh-CN"] as const) {
      const files = buildPrivateReviewFiles({
        locale,
        rep,
        config,
        competencies: config.competencies!,
        kpis: [],
        mentors: pairMentors([rep], config.period.end, config.mentoring),
        answers: { self: { prospecting: 5 }, manager: { prospecting: 1 } },
      });
      const seedText = reviewTexts(locale).seed.reviewLow(locale === "zh-CN" ? "客户开发" : "Prospecting", 1);
      const dir = makeTempDir("sales-kit-private-spec-");
      try {
        fs.writeFileSync(path.join(dir, "rep.xlsx"), await writeXlsx(files.rep));
        fs.writeFileSync(path.join(dir, "manager.xlsx"), await writeXlsx(files.manager));
        const repParts = partsOf(path.join(dir, "rep.xlsx"));
        // Rating 1 appears only as a dropdown choice; the manager's low rating would seed this text.
        expect(partsWith(repParts, seedText)).toEqual([]);
        const managerWb = new ExcelJS.Workbook();
        await managerWb.xlsx.readFile(path.join(dir, "manager.xlsx"));
        const ws = managerWb.worksheets[0];
        // Row 8, column C: the first competency's manager rating, as the manager gave it.
        expect(String(ws.getCell("C8").value)).toMatch(/^1 /);
        const repWb = new ExcelJS.Workbook();
        await repWb.xlsx.readFile(path.join(dir, "rep.xlsx"));
        const self = repWb.worksheets[0];
        const values: string[] = [];
        self.eachRow((row) => row.eachCell((c) => values.push(JSON.stringify(c.value))));
        expect(values.filter((v) => v.includes('"1 '))).toEqual([]);
      } finally {
        removeTempDir(dir);
      }
    }
  });
});
