/**
 * The Chinese demo (`sales-kit demo --locale zh-CN`) is Chinese throughout: sample names, teams,
 * titles, accounts and plan names come from examples/demo-zh-CN, and no cell or sheet name holds an
 * English word beyond codes (Excel functions, ids typed in the plan, emails) and the bilingual
 * dropdown labels that returned review files are read back by.
 */
import path from "path";
import ExcelJS from "exceljs";
import { buildDemoSpec } from "../../src/cli/commands/demo";
import { INCENTIVE_TEXTS } from "../../src/i18n/sheets/incentives";
import { CHOICES } from "../../src/i18n/sheets/reviews";
import { writeXlsx } from "../../src/hosts/xlsx/write";

const EXAMPLES = path.resolve(__dirname, "../../examples");

/** Codes and terms that stay Latin in a Chinese sheet, each with its reason. */
const ALLOWED_WORDS = new Set([
  "marginal", // tier method typed in the Plan sheet and compared by the formulas
  "retro", // idem
  "equal", // pool split value of the plan
  "proRata", // idem
  "share", // award tie value of the plan
  "all", // idem
  "first", // idem
  "baseRate", // zero-quota rule value of the plan
  "nothing", // idem
  "prepay", // the SPIFF's id, typed in the plan and in the Credit splits sheet
  "revenue", // the measure's id, idem
  "sales-kit", // the command named in the reviews index
  "collect", // idem
  "import", // the command named in the history sheet's note (sales-kit import --history)
  "history", // its --history flag, idem
  "summary.xlsx", // idem
  "reps", // the plan key reps[].quotas named in a note
  "quotas", // idem
  "owners", // the mapping key named in the import report
]);

function latinWords(text: string): string[] {
  const bilingual = new Set<string>(
    Object.values(CHOICES).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v as object))),
  );
  // Dropdown labels carry both languages; a review form's hidden marker is read by the collector.
  if (bilingual.has(text) || text.startsWith("sales-kit-form ")) return [];
  return [
    ...text
      .replace(/[\w.+-]+@[\w.-]+/g, "") // emails
      .replace(/\.(?:csv|xlsx)\b/g, "") // file extensions
      .matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g),
  ]
    .map((m) => m[0].replace(/\.$/, ""))
    .filter(
      (w) =>
        !ALLOWED_WORDS.has(w) &&
        !/^[A-Z][A-Z0-9_]*(?:[./-][A-Z0-9_]+)*$/.test(w) && // CRM, KPI, SMART, TODAY, OTE, SPIFF, IDP
        !/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$|^\d*[QH]\d$/.test(w), // cell references, period codes
    );
}

describe("the Chinese demo", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const built = await buildDemoSpec(EXAMPLES, "zh-CN");
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeXlsx(built.spec)) as unknown as ArrayBuffer);
  }, 180_000);

  it("has Chinese sample names, teams and titles", () => {
    const goals = book.worksheets[0];
    const texts = new Set<string>();
    goals.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && texts.add(c.value)));
    // The sample team of examples/demo-zh-CN/goals/roster.csv.
    for (const t of ["李伟", "王芳", "高宇", "华东", "华西", "周敏", "林晓燕"]) expect(texts).toContain(t);
    expect([...texts].some((t) => /Li Wei|Wang Fang|East|West/.test(t))).toBe(false);
  });

  it("holds no English word in any text cell or sheet name", () => {
    const found: string[] = [];
    for (const ws of book.worksheets) {
      for (const w of latinWords(ws.name)) found.push(`sheet name "${ws.name}": ${w}`);
      // The Plan sheet explains pay in both languages by design (src/generators/incentives/plan-sheet.ts):
      // the English explanation, from its title to the blank row after it, is left out here.
      let english = false;
      ws.eachRow({ includeEmpty: true }, (row) => {
        const first = row.getCell(1).value;
        if (first === INCENTIVE_TEXTS["en-US"].explain.title) english = true;
        else if (english && (first === null || first === "")) english = false;
        if (english) return;
        row.eachCell((cell) => {
          const v = cell.value;
          const text =
            typeof v === "string"
              ? v
              : v && typeof v === "object" && "richText" in v
                ? v.richText.map((r) => r.text).join("")
                : null;
          if (text)
            for (const w of latinWords(text))
              found.push(`${ws.name}!${cell.address}: ${w} in "${text.slice(0, 60)}"`);
        });
      });
    }
    expect(found).toEqual([]);
  });
});
