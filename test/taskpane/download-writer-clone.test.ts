/**
 * The specs the pane downloads reach the xlsx worker through structured clone (postMessage). Real
 * specs, as the forms make them (a CRM import of a few thousand made-up deals linked to a goal
 * sheet, the goal sheet reading its actuals from that import, an incentive table, a rep's review,
 * a feedback log), are cloned, and the .xlsx written from each clone must hold what the one written
 * from the original holds, sheet by sheet, read back with ExcelJS.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import {
  crmGoalActuals,
  goalTargetLinks,
  importCrm,
  looksLikeHeader,
  parsePeriods,
  sampleExportCsv,
} from "../../src/generators/crm";
import { generateGoalWorkbook, goalLayout } from "../../src/generators/goals";
import { buildPlanModel, generateIncentiveWorkbook } from "../../src/generators/incentives";
import { buildRepReviewWorkbook, defaultCompetencies, pairMentors } from "../../src/generators/reviews";
import { readTable } from "../../src/hosts/xlsx/read-table";
import { writeXlsxWithReport } from "../../src/hosts/xlsx/write";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseIncentivePlan } from "../../src/schemas/incentive-plan";
import { parseReviewConfig } from "../../src/schemas/review";
import { parseRosterCsv } from "../../src/schemas/roster";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { PANE_GOAL_METRICS, PANE_INCENTIVE_PLAN, paneTeamFeedbackLog } from "../support/pane-plans";

const ROWS = 3000;
/** 2027-03-20 as an Excel serial. */
const AS_OF = (Date.UTC(2027, 2, 20) - Date.UTC(1899, 11, 30)) / 86_400_000;

const roster = (() => {
  const r = parseRosterCsv(fs.readFileSync(path.join(__dirname, "../../examples/goals/roster.csv"), "utf8"));
  if (!r.ok) throw new Error("examples/goals/roster.csv");
  return r.value;
})();

function goalPlan(locale: "en-US" | "zh-CN") {
  const plan = validateGoalInput(roster, {
    locale,
    period: "2027-Q1",
    asOf: "2027-03-20",
    metrics: PANE_GOAL_METRICS,
  });
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  return plan.value;
}

/** What the CRM form builds from an exported file, linked to a goal sheet; and that goal sheet. */
async function crmAndGoalSpecs(): Promise<{ crm: WorkbookSpec; goals: WorkbookSpec }> {
  const csv = sampleExportCsv(
    roster.map((r) => r.name),
    { rows: ROWS, asOf: AS_OF },
  );
  const read = await readTable(new TextEncoder().encode(csv), {
    fileName: "deals.csv",
    isHeader: looksLikeHeader,
  });
  if (!read.ok) throw new Error(read.error.en);
  const plan = goalPlan("en-US");
  const result = importCrm(read.table, roster, {
    locale: "en-US",
    asOf: AS_OF,
    periods: parsePeriods(["2027-Q1", "2027-01", "2027-02", "2027-03"]).periods,
    file: "deals.csv",
    goalLinks: goalTargetLinks(plan, goalLayout(plan, "en-US")),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const goals = generateGoalWorkbook(plan, {
    locale: "en-US",
    actualsFrom: crmGoalActuals(result.workbook.kpi),
  });
  return { crm: result.workbook.spec, goals };
}

function incentiveSpec(): WorkbookSpec {
  const plan = parseIncentivePlan(PANE_INCENTIVE_PLAN);
  if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
  const model = buildPlanModel(plan.value, roster);
  if (!model.ok) throw new Error(JSON.stringify(model.issues));
  return generateIncentiveWorkbook(model.value, { locale: "en-US" }).spec;
}

function reviewSpec(): WorkbookSpec {
  const config = parseReviewConfig({ locale: "zh-CN", period: "2027-H1", asOf: "2027-06-30" });
  if (!config.ok) throw new Error(JSON.stringify(config.issues));
  return buildRepReviewWorkbook({
    locale: "zh-CN",
    rep: roster[1],
    config: config.value,
    competencies: defaultCompetencies(),
    kpis: [],
    mentors: pairMentors(roster, config.value.period.end, config.value.mentoring),
  });
}

function feedbackSpec(): WorkbookSpec {
  const sheet = paneTeamFeedbackLog();
  return { sheets: [sheet] };
}

interface ReadBack {
  readonly sheets: readonly {
    readonly name: string;
    /** Every cell that holds something: address, value (formulas as ExcelJS reads them), format. */
    readonly cells: readonly (readonly [string, unknown, string | undefined])[];
    /**
     * The whole sheet as ExcelJS models it (cell styles, merges, widths, validations, conditional
     * formats, protection ...), each part as JSON, so a difference shows as the part that differs.
     */
    readonly parts: Readonly<Record<string, string>>;
  }[];
  readonly names: unknown;
}

/** ExcelJS gives each data bar a new random GUID on every write, whatever the spec. */
const dropRandomIds = (key: string, value: unknown) => (key === "x14Id" ? "(random)" : value);

/** Cells first, for a readable difference; then everything else the sheets hold. */
function expectSameFile(fromClone: ReadBack, fromOriginal: ReadBack): void {
  expect(fromClone.sheets.map((s) => s.name)).toEqual(fromOriginal.sheets.map((s) => s.name));
  fromOriginal.sheets.forEach((sheet, i) => {
    expect(fromClone.sheets[i].cells).toEqual(sheet.cells);
    expect(fromClone.sheets[i].parts).toEqual(sheet.parts);
  });
  expect(fromClone.names).toEqual(fromOriginal.names);
}

async function readBack(data: Uint8Array): Promise<ReadBack> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.slice().buffer as ArrayBuffer);
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: [string, unknown, string | undefined][] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push([c.address, c.value, c.numFmt])));
      const model = ws.model as unknown as Record<string, unknown>;
      const parts = Object.fromEntries(
        Object.entries(model).map(([key, value]) => [key, JSON.stringify(value, dropRandomIds)]),
      );
      return { name: ws.name, cells, parts };
    }),
    names: wb.definedNames.model,
  };
}

/** A spec through the structured clone postMessage applies, as the worker receives it. */
function throughPostMessage(spec: WorkbookSpec): WorkbookSpec {
  const clone = structuredClone(spec);
  expect(clone).not.toBe(spec);
  return clone;
}

describe("download specs survive structured clone", () => {
  let specs: { crm: WorkbookSpec; goals: WorkbookSpec };
  beforeAll(async () => {
    specs = await crmAndGoalSpecs();
  });

  it("a CRM import: the file from the clone holds the same sheets and cells", async () => {
    const original = await writeXlsxWithReport(specs.crm);
    const cloned = await writeXlsxWithReport(throughPostMessage(specs.crm));
    expect(cloned.report).toEqual(original.report);
    const [a, b] = [await readBack(original.data), await readBack(cloned.data)];
    expectSameFile(b, a);
    // Not an empty comparison: the data sheet holds a header and every deal (3,000 rows, each with
    // its owner, so at least 3,001 cells), beside the KPI and other sheets.
    expect(a.sheets.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...a.sheets.map((s) => s.cells.length))).toBeGreaterThan(ROWS * 5);
  }, 60000);

  it.each([
    ["a goal sheet reading its actuals from the CRM import", () => specs.goals],
    ["an incentive table", incentiveSpec],
    ["a rep's self-review and development plan (Chinese)", reviewSpec],
    ["a team's feedback log", feedbackSpec],
  ])("%s: the file from the clone holds the same sheets and cells", async (_what, make) => {
    const spec = make();
    const original = await writeXlsxWithReport(spec);
    const cloned = await writeXlsxWithReport(throughPostMessage(spec));
    expect(cloned.report).toEqual(original.report);
    const [a, b] = [await readBack(original.data), await readBack(cloned.data)];
    expectSameFile(b, a);
    expect(a.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(a.sheets.every((s) => s.cells.length > 0)).toBe(true);
  });

  it("every spec is plain data: the clone equals the original strictly (no class, getter or hole lost)", () => {
    for (const spec of [specs.crm, specs.goals, incentiveSpec(), reviewSpec(), feedbackSpec()]) {
      expect(structuredClone(spec)).toStrictEqual(spec);
    }
  });
});
