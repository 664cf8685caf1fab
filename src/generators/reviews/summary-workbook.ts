/**
 * The team summary workbook `sales-kit collect` writes: a row per rep with status and averages, the
 * scores per competency (self, manager, and the gap by formula) with team averages, and the list of
 * missing, incomplete and skipped reviews. Scores are data; every average, gap and weighted score is
 * a formula over them, so a reader can trace each figure.
 */
import type { Locale } from "../../i18n";
import { pick, reviewTexts } from "../../i18n/sheets/reviews";
import type { CellInput, WorkbookSpec } from "../../workbook/spec";
import { columnIndex, columnLetter, sheetRef } from "../../workbook/a1";
import { SheetBuilder, f, str, text } from "./sheet-builder";
import { TeamReviewSummary, allIssues } from "./summary";

/** Where things are on the Ratings sheet, for tests and the summary's formulas. */
export interface RatingsLayout {
  readonly firstRepRow: number;
  readonly weightRow: number;
  /** First column letter of the self, manager and gap groups. */
  readonly self: string;
  readonly manager: string;
  readonly gap: string;
}

export function ratingsLayout(competencies: number): RatingsLayout {
  const start = columnIndex("B");
  return {
    firstRepRow: 7,
    weightRow: 6,
    self: columnLetter(start),
    manager: columnLetter(start + competencies),
    gap: columnLetter(start + 2 * competencies),
  };
}

/** Summary sheet: first rep row. */
export const SUMMARY_FIRST_ROW = 5;

const SCORE_FORMAT = "0.00";
const GAP_STYLES = {
  low: { fill: "#F8CBAD", fontColor: "#9C0006" },
  high: { fill: "#C6EFCE", fontColor: "#006100" },
} as const;

function shift(column: string, by: number): string {
  return columnLetter(columnIndex(column) + by);
}

export function buildReviewSummaryWorkbook(summary: TeamReviewSummary, locale: Locale): WorkbookSpec {
  const t = reviewTexts(locale);
  const st = t.summary;
  const comps = summary.competencies;
  const n = comps.length;
  const L = ratingsLayout(n);
  const reps = summary.reps;
  const lastRep = L.firstRepRow + Math.max(reps.length, 1) - 1;

  // Ratings: three groups of columns (self, manager, gap), one column per competency.
  const width = Math.max(n, 1);
  const ratingColumns = [{ column: "A", width: 24 }];
  for (let i = 0; i < 3 * width; i++) ratingColumns.push({ column: shift("B", i), width: 12 });
  const rt = new SheetBuilder(t.sheet.ratings, ratingColumns);
  rt.put(1, "A", [st.ratingsTitle]);
  rt.style("A1", "title");
  rt.put(2, "A", [summary.period ? `${st.note} (${summary.period})` : st.note]);
  rt.style("A2", "note");
  // Three columns a competency: over pages across (self, manager, gap in order), each with the rep
  // column and the two header rows, the note within the first page.
  const ratingsPrint = rt.legiblePrint(`4:${L.weightRow}`);
  rt.merge(`A2:${columnLetter(Math.min(3 * width, ratingsPrint.noteEnd))}2`);
  const groups: [string, string][] = [
    [L.self, st.self],
    [L.manager, st.manager],
    [L.gap, st.gap],
  ];
  rt.put(4, "A", [st.rep]);
  for (const [col, label] of groups) {
    rt.put(4, col, [label]);
    rt.merge(`${col}4:${shift(col, width - 1)}4`);
    rt.put(
      5,
      col,
      comps.map((c) => pick(c.name, locale)),
    );
  }
  rt.style(`A4:${shift(L.gap, width - 1)}5`, "header");
  rt.put(L.weightRow, "A", [st.weight]);
  rt.put(
    L.weightRow,
    L.self,
    comps.map((c) => c.weight),
  );
  rt.put(
    L.weightRow,
    L.manager,
    comps.map((c) => c.weight),
  );
  rt.style(`A${L.weightRow}`, "label");
  rt.format(`${L.self}${L.weightRow}:${shift(L.manager, width - 1)}${L.weightRow}`, "0%");
  reps.forEach((rep, i) => {
    const r = L.firstRepRow + i;
    const row: CellInput[] = [text(rep.rep)];
    for (const c of comps) row.push(rep.self[c.key] ?? null);
    for (const c of comps) row.push(rep.manager[c.key] ?? null);
    comps.forEach((_, k) => {
      const s = `${shift(L.self, k)}${r}`;
      const m = `${shift(L.manager, k)}${r}`;
      row.push(f(`=IF(OR(${s}="",${m}=""),"",${m}-${s})`));
    });
    rt.put(r, "A", row);
  });
  const avgRow = lastRep + 1;
  rt.put(avgRow, "A", [st.teamAverage]);
  for (let k = 0; k < 3 * n; k++) {
    const col = shift(L.self, k);
    rt.put(avgRow, col, [f(`=IFERROR(AVERAGE(${col}${L.firstRepRow}:${col}${lastRep}),"")`)]);
  }
  rt.style(`A${avgRow}:${shift(L.gap, width - 1)}${avgRow}`, "total");
  if (n > 0) {
    rt.format(`${L.self}${L.firstRepRow}:${shift(L.gap, n - 1)}${avgRow}`, SCORE_FORMAT);
    const gaps = `${L.gap}${L.firstRepRow}:${shift(L.gap, n - 1)}${lastRep}`;
    rt.highlight({
      type: "cellValue",
      range: gaps,
      operator: "lessThanOrEqual",
      values: [-2],
      style: GAP_STYLES.low,
    });
    rt.highlight({
      type: "cellValue",
      range: gaps,
      operator: "greaterThanOrEqual",
      values: [2],
      style: GAP_STYLES.high,
    });
  }
  const ratings = rt.build({ freeze: { rows: L.weightRow, columns: 1 }, print: ratingsPrint.print }, false);

  // Team summary: a row per rep; averages and weighted scores by formula over the Ratings sheet.
  const sm = new SheetBuilder(t.sheet.summary, [
    { column: "A", width: 24 },
    { column: "B", width: 16 },
    { column: "C", width: 28 },
    { column: "D", width: 14 },
    { column: "E", width: 12 },
    { column: "F", width: 14 },
    { column: "G", width: 12 },
    { column: "H", width: 14 },
    { column: "I", width: 14 },
  ]);
  sm.put(1, "A", [summary.period ? `${st.title} ${summary.period}` : st.title]);
  sm.style("A1", "title");
  sm.put(2, "A", [st.note]);
  sm.style("A2", "note");
  const summaryPrint = sm.legiblePrint(`${SUMMARY_FIRST_ROW - 1}:${SUMMARY_FIRST_ROW - 1}`);
  sm.merge(`A2:${columnLetter(summaryPrint.noteEnd)}2`);
  sm.put(SUMMARY_FIRST_ROW - 1, "A", [...st.headers]);
  sm.style(`A${SUMMARY_FIRST_ROW - 1}:I${SUMMARY_FIRST_ROW - 1}`, "header");
  const ref = (cell: string) => sheetRef(t.sheet.ratings, cell);
  const group = (start: string, r: number) => ref(`${start}${r}:${shift(start, width - 1)}${r}`);
  const weights = ref(`$${L.self}$${L.weightRow}:$${shift(L.self, width - 1)}$${L.weightRow}`);
  const weighted = (range: string) =>
    n === 0 ? null : f(`=IF(COUNT(${range})<${n},"",SUMPRODUCT(${weights},${range})/SUM(${weights}))`);
  reps.forEach((rep, i) => {
    const r = SUMMARY_FIRST_ROW + i;
    const rr = L.firstRepRow + i;
    const avg = (start: string) => (n === 0 ? null : f(`=IFERROR(AVERAGE(${group(start, rr)}),"")`));
    sm.put(r, "A", [
      text(rep.rep),
      text(rep.team),
      rep.file ? text(rep.file) : null,
      st.status[rep.status],
      avg(L.self),
      avg(L.manager),
      avg(L.gap),
      weighted(group(L.self, rr)),
      weighted(group(L.manager, rr)),
    ]);
  });
  const lastSummary = SUMMARY_FIRST_ROW + Math.max(reps.length, 1) - 1;
  const teamRow = lastSummary + 1;
  sm.put(teamRow, "A", [st.teamAverage]);
  for (const col of ["E", "F", "G", "H", "I"]) {
    sm.put(teamRow, col, [f(`=IFERROR(AVERAGE(${col}${SUMMARY_FIRST_ROW}:${col}${lastSummary}),"")`)]);
  }
  sm.style(`A${teamRow}:I${teamRow}`, "total");
  sm.format(`E${SUMMARY_FIRST_ROW}:I${teamRow}`, SCORE_FORMAT);
  sm.highlight({
    type: "expression",
    range: `A${SUMMARY_FIRST_ROW}:D${lastSummary}`,
    formula: `=$D${SUMMARY_FIRST_ROW}<>${str(st.status.complete)}`,
    style: { fill: "#FFEB9C", fontColor: "#9C5700" },
  });
  const teamSummary = sm.build(
    { freeze: { rows: SUMMARY_FIRST_ROW - 1, columns: 1 }, print: summaryPrint.print },
    false,
  );

  // Issues: one line per problem.
  const is = new SheetBuilder(t.sheet.issues, [
    { column: "A", width: 30 },
    { column: "B", width: 24 },
    // The message wraps: 60 keeps the sheet one legible page wide (at 90 it printed over pages across).
    { column: "C", width: 60 },
  ]);
  is.put(1, "A", [st.issuesTitle]);
  is.style("A1", "title");
  is.put(3, "A", [...st.issueHeaders]);
  is.style("A3:C3", "header");
  const issues = allIssues(summary);
  if (issues.length === 0) is.put(4, "A", [null, null, st.noIssues]);
  issues.forEach((issue, i) => {
    is.put(4 + i, "A", [
      issue.file ? text(issue.file) : null,
      issue.rep ? text(issue.rep) : null,
      text(locale === "zh-CN" ? issue.zh : issue.en),
    ]);
  });
  is.wrap(`C4:C${3 + Math.max(issues.length, 1)}`);
  const issueSheet = is.build(
    { freeze: { rows: 3, columns: 0 }, print: is.legiblePrint("3:3").print },
    false,
  );

  return { sheets: [teamSummary, ratings, issueSheet], activate: teamSummary.name };
}
