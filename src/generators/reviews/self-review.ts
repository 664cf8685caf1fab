/**
 * The self-review (自评表) and its manager sheet: header, KPI results against goals, competencies
 * rated 1-5 by the rep and by the manager with gap and weighted score by formula, narrative boxes and
 * sign-off. Both sheets are protected; the rep's cells are unlocked on one, the manager's on the other.
 * Linked (one workbook, the demo and the pane), the self-review shows the manager's ratings, the gaps
 * and the weighted score; separate (a rep's own file and the manager's copy), neither sheet refers to
 * the other and the self-review holds nothing of the manager's.
 */
import type { Locale } from "../../i18n";
import { NarrativeKey, NARRATIVE_KEYS, ReviewSheetTexts, pick, reviewTexts } from "../../i18n/sheets/reviews";
import type { Rep } from "../../schemas/roster";
import type { Competency, KpiLine, ReviewAnswers, ReviewPeriod } from "../../schemas/review";
import type { CellInput, DataValidationSpec, SheetSpec } from "../../workbook/spec";
import { sheetRef } from "../../workbook/a1";
import { FIELD, FormCheck, FormField } from "./manifest";
import { RATING_LABELS, ratingLabel, scoreFormula } from "./ratings";
import { SheetBuilder, abs, f, str, text } from "./sheet-builder";

export const DATE_FORMAT = "yyyy-mm-dd";

/** Desired names of the sheets of one rep's review (suffixed in the demo, where two reps share a workbook). */
export interface ReviewSheetNames {
  readonly selfReview: string;
  readonly managerReview: string;
  readonly plan: string;
  readonly feedback: string;
}

export interface SelfReviewInput {
  readonly locale: Locale;
  readonly rep: Rep;
  readonly period: ReviewPeriod;
  readonly dueDate: number;
  readonly competencies: readonly Competency[];
  readonly kpis: readonly KpiLine[];
  readonly names: ReviewSheetNames;
  /** Ratings already given (demo, tests); the cells stay editable. */
  readonly answers?: ReviewAnswers;
  readonly narratives?: Partial<Record<NarrativeKey, string>>;
  /** "separate": the manager sheet goes in another workbook (default "linked"). */
  readonly managerSheet?: "linked" | "separate";
}

/** Where the other sheets and the collector find things, as sheet-qualified absolute references. */
export interface SelfReviewLayout {
  readonly repName: string;
  readonly periodLabel: string;
  readonly periodEnd: string;
  /** Average KPI attainment; absent when there are no KPI lines. */
  readonly averageAttainment?: string;
  readonly weightedSelf: string;
  /** Absent when the manager sheet is separate. */
  readonly weightedManager?: string;
  /** Per competency: its row on the self-review (score cells) and on the manager sheet. */
  readonly competencyRows: readonly {
    readonly key: string;
    readonly selfRow: number;
    readonly managerRow: number;
  }[];
  readonly fields: readonly FormField[];
  readonly checks: readonly FormCheck[];
}

export interface SelfReviewSheets {
  readonly selfReview: SheetSpec;
  readonly managerReview: SheetSpec;
  readonly layout: SelfReviewLayout;
}

/** Column of the hidden manifest cell (row 1) on the self-review sheet. */
export const MANIFEST_COLUMN = "J";
/** Column of the hidden manifest cell (row 1) on the manager's copy of the manager sheet. */
export const MANAGER_MANIFEST_COLUMN = "F";

const UNIT_FORMATS: Readonly<Record<KpiLine["unit"], string>> = {
  currency: "#,##0",
  count: "#,##0",
  percent: "0.0%",
  number: "#,##0.00",
};

function ratingValidation(range: string, t: ReviewSheetTexts, competency: string): DataValidationSpec {
  return {
    range,
    rule: { type: "list", values: RATING_LABELS },
    allowBlank: true,
    inputTitle: competency.slice(0, 32),
    inputMessage: t.selfReview.ratingPrompt,
    errorTitle: competency.slice(0, 32),
    errorMessage: t.selfReview.ratingError,
  };
}

export function dateValidation(range: string, t: ReviewSheetTexts): DataValidationSpec {
  return {
    range,
    rule: { type: "date", min: 1, max: 2958465 },
    allowBlank: true,
    errorMessage: t.selfReview.dateError,
  };
}

/** Attainment as the KPI core defines it (kpi/attainment.ts): 1 + (actual - goal) / |goal|, flipped for lower-is-better. */
function attainmentFormula(goal: string, actual: string, direction: KpiLine["direction"]): string {
  const delta = direction === "higher" ? `${actual}-${goal}` : `${goal}-${actual}`;
  return `=IF(OR(${goal}="",${actual}=""),"",1+(${delta})/ABS(${goal}))`;
}

function kpiCell(value: number | null, formula: string | undefined): CellInput {
  if (formula) return f(formula);
  return value;
}

export function buildSelfReview(input: SelfReviewInput): SelfReviewSheets {
  const t = reviewTexts(input.locale);
  const s = t.selfReview;
  const { names, rep, locale } = input;
  const linked = input.managerSheet !== "separate";
  const checks: FormCheck[] = [];
  const fields: FormField[] = [];
  const check = (sheet: string, cell: string, value: string) => checks.push({ sheet, cell, text: value });

  const b = new SheetBuilder(names.selfReview, [
    { column: "A", width: 34 },
    { column: "B", width: 14 },
    { column: "C", width: 32 },
    { column: "D", width: 16 },
    { column: "E", width: 32 },
    { column: "F", width: 14 },
    { column: "G", width: 16 },
    { column: "H", width: 16 },
    { column: MANIFEST_COLUMN, hidden: true },
  ]);
  const m = new SheetBuilder(names.managerReview, [
    { column: "A", width: 34 },
    { column: "B", width: linked ? 32 : 14 },
    { column: "C", width: 32 },
    { column: "D", width: 48 },
    ...(linked ? [] : [{ column: MANAGER_MANIFEST_COLUMN, hidden: true }]),
  ]);
  const self = (cell: string) => sheetRef(names.selfReview, cell);
  const mgr = (cell: string) => sheetRef(names.managerReview, cell);

  // Title and header block.
  b.put(1, "A", [s.title]);
  b.style("A1", "title");
  b.put(2, "A", [linked ? s.note : s.ownNote]);
  b.merge(b.printedSpan(2));
  b.style("A2:H2", "note");
  b.height(2, 32);
  const header: [string, CellInput, string, CellInput][] = [
    [s.rep, text(rep.name), s.period, text(input.period.label)],
    [s.role, text(rep.role), s.periodStart, input.period.start],
    [s.team, text(rep.team), s.periodEnd, input.period.end],
    [s.manager, text(rep.manager), s.dueDate, input.dueDate],
  ];
  header.forEach(([l1, v1, l2, v2], i) => {
    const r = 4 + i;
    b.put(r, "A", [l1, v1, null, l2, v2]);
    b.merge(`B${r}:C${r}`);
    b.style(`A${r}`, "label");
    b.style(`D${r}`, "label");
    b.style(`B${r}:C${r}`, "computed");
    b.style(`E${r}`, "computed");
  });
  b.format("E5:E7", DATE_FORMAT);
  check(names.selfReview, "A4", s.rep);

  // KPI results against goals.
  let r = 9;
  b.put(r, "A", [s.kpiTitle]);
  b.style(`A${r}`, "subtitle");
  r++;
  b.put(r, "A", [...s.kpiHeaders]);
  b.style(`A${r}:G${r}`, "header");
  r++;
  let averageAttainment: string | undefined;
  if (input.kpis.length === 0) {
    b.put(r, "A", [s.kpiNone]);
    b.style(`A${r}`, "note");
    r += 2;
  } else {
    const first = r;
    for (const kpi of input.kpis) {
      const actual = kpiCell(kpi.actual, kpi.actualFormula);
      b.put(r, "A", [
        pick(kpi.name, locale),
        s.units[kpi.unit],
        kpi.direction === "higher" ? s.higher : s.lower,
        kpiCell(kpi.target, kpi.targetFormula),
        actual,
        f(attainmentFormula(`D${r}`, `E${r}`, kpi.direction)),
        f(`=IF(F${r}="","",IF(F${r}>=1,${str(s.met)},${str(s.notMet)}))`),
      ]);
      b.style(`A${r}`, "label");
      b.style(`B${r}:D${r}`, "computed");
      // Actuals nobody supplied are the rep's to report.
      if (actual === null) {
        b.input(`E${r}`);
        b.validate({
          range: `E${r}`,
          rule: { type: "decimal" },
          allowBlank: true,
          errorMessage: s.numberError,
        });
        fields.push({ key: `actual:${kpi.key}`, sheet: names.selfReview, cell: `E${r}` });
      } else b.style(`E${r}`, "computed");
      b.style(`F${r}:G${r}`, "computed");
      b.format(`D${r}:E${r}`, UNIT_FORMATS[kpi.unit]);
      r++;
    }
    const last = r - 1;
    b.format(`F${first}:F${last}`, "0.0%");
    b.put(r, "A", [s.kpiAverage, null, null, null, null, f(`=IFERROR(AVERAGE(F${first}:F${last}),"")`)]);
    b.style(`A${r}`, "label");
    b.style(`F${r}`, "total");
    b.format(`F${r}`, "0.0%");
    averageAttainment = self(abs("F", r));
    r += 2;
  }

  // Competencies: self rating (here) and manager rating (manager sheet), scores, gap, weighted score.
  b.put(r, "A", [s.competencyTitle]);
  b.style(`A${r}`, "subtitle");
  r++;
  b.put(r, "A", linked ? s.competencyHeaders.slice(1) : s.competencyHeaders.slice(1, 5));
  b.style(linked ? `A${r}:H${r}` : `A${r}:D${r}`, "header");
  check(names.selfReview, `C${r}`, s.competencyHeaders[3]);
  r++;
  m.put(1, "A", [t.managerReview.title]);
  m.style("A1", "title");
  m.put(2, "A", [linked ? t.managerReview.note : t.managerReview.copyNote]);
  m.merge(m.printedSpan(2));
  m.style("A2:D2", "note");
  m.height(2, 32);
  // The manager's copy names the rep and period itself: there is no self-review beside it.
  m.put(4, "A", [s.rep, linked ? f(`=${self("$B$4")}`) : text(rep.name)]);
  m.put(5, "A", [s.period, linked ? f(`=${self("$E$4")}`) : text(input.period.label)]);
  m.style("A4:A5", "label");
  m.style("B4:B5", "computed");
  // Separate, the self rating column holds the weight: the rep's ratings come back in their own file.
  const mh = t.managerReview.headers;
  m.put(7, "A", linked ? mh.slice(1) : [mh[1], s.competencyHeaders[2], mh[3], mh[4]]);
  m.style("A7:D7", "header");
  check(names.managerReview, "C7", t.managerReview.headers[3]);

  const first = r;
  const last = r + input.competencies.length - 1;
  const competencyRows: { key: string; selfRow: number; managerRow: number }[] = [];
  input.competencies.forEach((c, i) => {
    const row = first + i;
    const mrow = 8 + i;
    const name = pick(c.name, locale);
    const selfAnswer = input.answers?.self[c.key];
    const managerAnswer = input.answers?.manager[c.key];
    b.put(row, "A", [
      name,
      c.weight,
      selfAnswer ? ratingLabel(selfAnswer) : null,
      f(scoreFormula(`C${row}`)),
      ...(linked
        ? [
            f(`=IF(${mgr(abs("C", mrow))}="","",${mgr(abs("C", mrow))})`),
            f(scoreFormula(`E${row}`)),
            f(`=IF(OR(D${row}="",F${row}=""),"",F${row}-D${row})`),
            f(`=IF(F${row}="","",F${row}*B${row})`),
          ]
        : []),
    ]);
    b.style(`A${row}`, "label");
    b.input(`C${row}`);
    b.validate(ratingValidation(`C${row}`, t, name));
    check(names.selfReview, `A${row}`, name);
    fields.push({ key: FIELD.self(c.key), sheet: names.selfReview, cell: `C${row}` });

    m.put(mrow, "A", [
      name,
      linked ? f(`=IF(${self(abs("C", row))}="","",${self(abs("C", row))})`) : c.weight,
      managerAnswer ? ratingLabel(managerAnswer) : null,
      null,
    ]);
    m.style(`A${mrow}`, "label");
    m.style(`B${mrow}`, "computed");
    if (!linked) m.format(`B${mrow}`, "0%");
    m.input(`C${mrow}:D${mrow}`);
    m.validate(ratingValidation(`C${mrow}`, t, name));
    check(names.managerReview, `A${mrow}`, name);
    fields.push({ key: FIELD.manager(c.key), sheet: names.managerReview, cell: `C${mrow}` });
    competencyRows.push({ key: c.key, selfRow: row, managerRow: mrow });
  });
  b.style(`B${first}:B${last}`, "computed");
  b.style(linked ? `D${first}:H${last}` : `D${first}:D${last}`, "computed");
  b.format(`B${first}:B${last}`, "0%");
  if (linked) {
    b.format(`G${first}:G${last}`, "+0;-0;0");
    b.format(`H${first}:H${last}`, "0.00");
  }
  m.wrap(`D8:D${7 + input.competencies.length}`);

  // Totals: only a complete set of ratings gives a weighted score (a partial one would mislead).
  const n = input.competencies.length;
  const total = last + 1;
  const weights = `B${first}:B${last}`;
  b.put(total, "A", [
    s.weightedTotal,
    f(`=SUM(${weights})`),
    null,
    f(`=IF(COUNT(D${first}:D${last})<${n},"",SUMPRODUCT(${weights},D${first}:D${last})/B${total})`),
    ...(linked
      ? [
          null,
          null,
          f(`=IFERROR(AVERAGE(G${first}:G${last}),"")`),
          f(`=IF(COUNT(F${first}:F${last})<${n},"",SUM(H${first}:H${last})/B${total})`),
        ]
      : []),
  ]);
  b.style(linked ? `A${total}:H${total}` : `A${total}:D${total}`, "total");
  b.format(`B${total}`, "0%");
  b.format(`D${total}`, "0.00");
  if (linked) {
    b.format(`G${total}:H${total}`, "0.00");
    // The overall rating is the manager's weighted score: only where that score is in the workbook.
    const labels = [...RATING_LABELS].reverse().map(str).join(",");
    b.put(total + 1, "A", [
      s.overallRating,
      null,
      f(`=IF(H${total}="","",CHOOSE(ROUND(H${total},0),${labels}))`),
    ]);
    b.style(`A${total + 1}`, "label");
    b.style(`C${total + 1}`, "computed");
  }
  r = total + 3;

  // Narrative boxes.
  b.put(r, "A", [s.narrativeTitle]);
  b.style(`A${r}`, "subtitle");
  r++;
  for (const key of NARRATIVE_KEYS) {
    const label = s.narratives[key];
    const given = input.narratives?.[key];
    b.put(r, "A", [label, given ? text(given) : null]);
    b.style(`A${r}`, "label");
    b.wrap(`A${r}`);
    b.merge(`B${r}:H${r}`);
    b.input(`B${r}:H${r}`);
    b.wrap(`B${r}:H${r}`);
    b.height(r, 60);
    check(names.selfReview, `A${r}`, label);
    fields.push({ key: FIELD.narrative(key), sheet: names.selfReview, cell: `B${r}` });
    r++;
  }
  r++;

  // Sign-off.
  b.put(r, "A", [s.signOffTitle]);
  b.style(`A${r}`, "subtitle");
  r++;
  b.put(r, "A", [s.repSignature, null, null, s.date, null]);
  b.style(`A${r}`, "label");
  b.style(`D${r}`, "label");
  b.merge(`B${r}:C${r}`);
  b.input(`B${r}:C${r}`);
  b.input(`E${r}`);
  b.format(`E${r}`, DATE_FORMAT);
  b.validate(dateValidation(`E${r}`, t));
  check(names.selfReview, `A${r}`, s.repSignature);
  fields.push({ key: FIELD.repSignature, sheet: names.selfReview, cell: `B${r}` });
  fields.push({ key: FIELD.repSignDate, sheet: names.selfReview, cell: `E${r}` });

  // Manager sheet: overall comments and sign-off.
  let mr = 8 + n + 1;
  m.put(mr, "A", [t.managerReview.overall]);
  m.style(`A${mr}`, "label");
  m.wrap(`A${mr}`);
  m.merge(`B${mr}:D${mr}`);
  m.input(`B${mr}:D${mr}`);
  m.wrap(`B${mr}:D${mr}`);
  m.height(mr, 75);
  fields.push({ key: FIELD.narrative("manager"), sheet: names.managerReview, cell: `B${mr}` });
  mr += 2;
  m.put(mr, "A", [t.managerReview.managerSignature, null, s.date, null]);
  m.style(`A${mr}`, "label");
  m.style(`C${mr}`, "label");
  m.input(`B${mr}`);
  m.input(`D${mr}`);
  m.format(`D${mr}`, DATE_FORMAT);
  m.validate(dateValidation(`D${mr}`, t));
  check(names.managerReview, `A${mr}`, t.managerReview.managerSignature);
  fields.push({ key: FIELD.managerSignature, sheet: names.managerReview, cell: `B${mr}` });
  fields.push({ key: FIELD.managerSignDate, sheet: names.managerReview, cell: `D${mr}` });

  return {
    // At full size over pages across: fitted to one page wide, their 150-190 characters of columns
    // printed at 6-7 pt.
    selfReview: b.build({ print: { orientation: "landscape" } }),
    managerReview: m.build({ print: { orientation: "landscape" } }),
    layout: {
      repName: self("$B$4"),
      periodLabel: self("$E$4"),
      periodEnd: self("$E$6"),
      ...(averageAttainment ? { averageAttainment } : {}),
      weightedSelf: self(abs("D", total)),
      ...(linked ? { weightedManager: self(abs("H", total)) } : {}),
      competencyRows,
      fields,
      checks,
    },
  };
}
