/**
 * The development plan (发展计划 / IDP): career aspiration and next role, development areas seeded
 * from the review and the KPIs, an actions table with type and status dropdowns, advanced development
 * for top performers and a support plan for reps behind, agreed work arrangements with a review date,
 * the mentor pairing of new hires and quarterly check-ins. Dates and flags are formulas.
 */
import { edate } from "../../kpi/dates";
import type { Locale } from "../../i18n";
import { CHOICES, TRACK_ACTIONS, pick, reviewTexts } from "../../i18n/sheets/reviews";
import type { ReviewSheetTexts } from "../../i18n/sheets/reviews";
import { attainmentCore } from "../../kpi/attainment";
import { isKpiError } from "../../kpi/result";
import type {
  Competency,
  KpiLine,
  MentoringRules,
  ReviewAnswers,
  ReviewPeriod,
  TrackRules,
} from "../../schemas/review";
import type { Rep } from "../../schemas/roster";
import type { CellInput, SheetSpec } from "../../workbook/spec";
import { OVERDUE_STYLE } from "./feedback-log";
import { MentorPairing } from "./mentors";
import { DevelopmentArea, SeededAction, seedActions, seedDevelopmentAreas } from "./seed";
import { DATE_FORMAT, ReviewSheetNames, SelfReviewLayout, dateValidation } from "./self-review";
import { SheetBuilder, f, str, text } from "./sheet-builder";
import { Track, developmentTrack, trackFormula } from "./tracks";

/** What the rep and manager already agreed (the demo); everything else is left to fill in. */
export interface PlanDetails {
  readonly aspiration?: string;
  readonly nextRole?: string;
  /** A label of CHOICES.readiness. */
  readonly readiness?: string;
  readonly arrangements?: readonly {
    /** A label of CHOICES.arrangements. */
    readonly type: string;
    readonly details: string;
    readonly agreedOn: number;
    readonly reviewDate: number;
  }[];
  /** Status label (CHOICES.actionStatus) and progress (0-1) of the seeded actions, in order. */
  readonly actionUpdates?: readonly { readonly status?: string; readonly progress?: number }[];
  /** Dates the quarterly check-ins were held, Q1 first. */
  readonly checkinsHeld?: readonly (number | null)[];
}

export interface DevelopmentPlanInput {
  readonly locale: Locale;
  readonly rep: Rep;
  readonly period: ReviewPeriod;
  readonly names: ReviewSheetNames;
  readonly layout: SelfReviewLayout;
  readonly competencies: readonly Competency[];
  readonly kpis: readonly KpiLine[];
  readonly answers?: ReviewAnswers;
  readonly tracks: TrackRules;
  readonly mentoring: MentoringRules;
  /** Set for a new hire (mentor may be null when none was free); null otherwise. */
  readonly mentor: MentorPairing | null;
  /** New hires this rep mentors. */
  readonly mentees: readonly string[];
  readonly asOf?: number;
  readonly details?: PlanDetails;
}

export interface DevelopmentPlan {
  readonly sheet: SheetSpec;
  /** The track known when the plan was generated (the sheet's formula follows later ratings). */
  readonly track: Track;
  readonly areas: readonly DevelopmentArea[];
  readonly actions: readonly SeededAction[];
}

/** The plan's cells other modules and tests refer to. */
export const PLAN_CELLS = { planStart: "B7", track: "E7", asOf: "B8" } as const;

/** Average attainment of the KPI lines with both numbers; null when there are none. */
export function knownAttainment(kpis: readonly KpiLine[]): number | null {
  const values = kpis
    .filter((k) => k.target !== null && k.actual !== null)
    .map((k) => attainmentCore(k.actual!, k.target!, k.direction))
    .filter((a): a is number => !isKpiError(a));
  return values.length ? values.reduce((s, a) => s + a, 0) / values.length : null;
}

/** Weighted manager score when every competency is rated; null otherwise (as the sheet shows it). */
export function knownWeightedScore(
  competencies: readonly Competency[],
  ratings: Readonly<Record<string, number>> | undefined,
): number | null {
  if (!ratings || competencies.some((c) => ratings[c.key] === undefined)) return null;
  const weight = competencies.reduce((s, c) => s + c.weight, 0);
  return competencies.reduce((s, c) => s + c.weight * ratings[c.key], 0) / weight;
}

const REVIEW_DUE_STYLE = { fill: "#FFEB9C", fontColor: "#9C5700" } as const;

/** What every section of the plan writes with: the sheet, the texts and the plan's inputs. */
interface PlanContext {
  readonly b: SheetBuilder;
  readonly t: ReviewSheetTexts;
  readonly input: DevelopmentPlanInput;
}

const PLAN_COLUMNS = [
  { column: "A", width: 34 },
  { column: "B", width: 22 },
  { column: "C", width: 20 },
  { column: "D", width: 16 },
  { column: "E", width: 12 },
  { column: "F", width: 12 },
  { column: "G", width: 28 },
  { column: "H", width: 18 },
  { column: "I", width: 10 },
  { column: "J", width: 14 },
];
/** The plan start and the as-of date (B7, B8), as the sheet's formulas refer to them. */
const PLAN_START = "$B$7";
const AS_OF = "$B$8";

export function buildDevelopmentPlan(input: DevelopmentPlanInput): DevelopmentPlan {
  const t = reviewTexts(input.locale);
  const ctx: PlanContext = { b: new SheetBuilder(input.names.plan, PLAN_COLUMNS), t, input };
  const track = developmentTrack(
    knownAttainment(input.kpis),
    knownWeightedScore(input.competencies, input.answers?.manager),
    input.tracks,
  );
  const areas = seedDevelopmentAreas(input);
  const actions = planActions(input, areas, t);
  writeHeader(ctx);
  writeCareer(ctx);
  let r = writeAreas(ctx, 15, areas);
  r = writeActions(ctx, r, actions);
  // Advanced development and support plan: both present; the one matching the track is seeded.
  const p = t.plan;
  r = writeTrackSection(
    ctx,
    r,
    p.advancedTitle,
    p.advancedNote,
    track === "advanced" ? TRACK_ACTIONS.advanced : null,
  );
  r = writeTrackSection(
    ctx,
    r,
    p.supportTitle,
    p.supportNote,
    track === "support" ? TRACK_ACTIONS.support : null,
  );
  r = writeArrangements(ctx, r);
  r = writeMentorPairing(ctx, r);
  writeCheckins(ctx, r);
  return {
    // Landscape at full size, two pages across: fitted to one portrait page wide, its 186 characters
    // of columns printed at 4 pt.
    sheet: ctx.b.build({ print: { orientation: "landscape" } }),
    track,
    areas,
    actions,
  };
}

/** The actions seeded from the areas, with mentoring a new hire receives first and mentoring given last. */
function planActions(
  input: DevelopmentPlanInput,
  areas: readonly DevelopmentArea[],
  t: ReviewSheetTexts,
): SeededAction[] {
  const actions = seedActions(areas, input.locale);
  if (input.mentor?.mentor) {
    actions.unshift({
      activity: t.seed.mentoringWith(input.mentor.mentor),
      type: CHOICES.actionTypes[1],
      resource: input.mentor.mentor,
      mentor: input.mentor.mentor,
      successMeasure: t.seed.mentoringMeasure,
    });
  }
  for (const mentee of input.mentees) {
    actions.push({
      activity: t.seed.mentorNewHire(mentee),
      type: CHOICES.actionTypes[2],
      resource: mentee,
      mentor: null,
      successMeasure: t.seed.mentorMeasure,
    });
  }
  return actions;
}

/** A section title at row r; returns the row below it. */
function section({ b }: PlanContext, r: number, title: string): number {
  b.put(r, "A", [title]);
  b.style(`A${r}`, "subtitle");
  return r + 1;
}

/** Rows 1-8: title, note, who the plan is for, plan start, track and the as-of date. */
function writeHeader({ b, t, input }: PlanContext): void {
  const { plan: p, selfReview: s } = t;
  const { rep, layout } = input;
  b.put(1, "A", [p.title]);
  b.style("A1", "title");
  b.put(2, "A", [p.note]);
  b.merge(b.printedSpan(2));
  b.style("A2:J2", "note");
  b.height(2, 30);
  const header: [string, CellInput, string, CellInput][] = [
    [s.rep, text(rep.name), s.role, text(rep.role)],
    [s.team, text(rep.team), s.manager, text(rep.manager)],
    [p.hireDate, rep.hireDate, s.period, f(`=${layout.periodLabel}`)],
    [
      p.planStart,
      f(`=${layout.periodEnd}`),
      p.track,
      f(trackFormula(layout.averageAttainment, layout.weightedManager, input.tracks)),
    ],
  ];
  header.forEach(([l1, v1, l2, v2], i) => {
    const r = 4 + i;
    b.put(r, "A", [l1, v1, null, l2, v2]);
    b.merge(`B${r}:C${r}`);
    b.merge(`E${r}:G${r}`);
    b.style(`A${r}`, "label");
    b.style(`D${r}`, "label");
    b.style(`B${r}:C${r}`, "computed");
    b.style(`E${r}:G${r}`, "computed");
  });
  b.put(8, "A", [p.asOf, input.asOf ?? f("=TODAY()")]);
  b.merge("B8:C8");
  b.style("A8", "label");
  b.style("B8:C8", "computed");
  b.format("B6:B8", DATE_FORMAT);
}

/** Rows 10-13: aspiration, current and next role, readiness. */
function writeCareer({ b, t, input }: PlanContext): void {
  const { plan: p, selfReview: s } = t;
  const { rep, details } = input;
  b.put(10, "A", [p.careerTitle]);
  b.style("A10", "subtitle");
  b.put(11, "A", [p.aspiration, details?.aspiration ? text(details.aspiration) : null]);
  b.merge("B11:J11");
  b.input("B11:J11");
  b.wrap("B11:J11");
  b.height(11, 45);
  b.put(12, "A", [
    p.currentRole,
    text(rep.role),
    null,
    p.nextRole,
    details?.nextRole ? text(details.nextRole) : null,
  ]);
  b.merge("B12:C12");
  b.style("B12:C12", "computed");
  b.merge("E12:G12");
  b.input("E12:G12");
  b.put(13, "A", [p.readiness, details?.readiness ?? null]);
  b.merge("B13:C13");
  b.input("B13:C13");
  b.validate({
    range: "B13",
    rule: { type: "list", values: CHOICES.readiness },
    allowBlank: true,
    errorMessage: s.listError,
  });
  b.style("A11:A13", "label");
  b.style("D12", "label");
}

/** The development areas table from row r; returns the row after the gap below it. */
function writeAreas(ctx: PlanContext, r: number, areas: readonly DevelopmentArea[]): number {
  const { b, t, input } = ctx;
  const p = t.plan;
  r = section(ctx, r, p.areasTitle);
  b.put(r, "A", [
    p.areaHeaders[0],
    p.areaHeaders[1],
    p.areaHeaders[2],
    null,
    p.areaHeaders[3],
    null,
    null,
    p.areaHeaders[4],
  ]);
  b.merge(`C${r}:D${r}`);
  b.merge(`E${r}:G${r}`);
  b.style(`A${r}:H${r}`, "header");
  r++;
  const areaRows = Math.max(areas.length + 2, 4);
  const areaDue = edate(input.period.end, 6);
  for (let i = 0; i < areaRows; i++, r++) {
    const a = areas[i];
    b.put(
      r,
      "A",
      a
        ? [
            text(a.area),
            text(a.sources.join(", ")),
            text(a.evidence.join("; ")),
            null,
            text(a.goal),
            null,
            null,
            areaDue,
          ]
        : [],
    );
    b.merge(`C${r}:D${r}`);
    b.merge(`E${r}:G${r}`);
    b.input(`A${r}:H${r}`);
    b.wrap(`A${r}:G${r}`);
    b.format(`H${r}`, DATE_FORMAT);
    b.validate(dateValidation(`H${r}`, t));
  }
  return r + 1;
}

/** The actions table from row r, with its dropdowns and overdue flags; returns the row after the gap. */
function writeActions(ctx: PlanContext, r: number, actions: readonly SeededAction[]): number {
  const { b, t, input } = ctx;
  const p = t.plan;
  r = section(ctx, r, p.actionsTitle);
  b.put(r, "A", [...p.actionHeaders]);
  b.style(`A${r}:J${r}`, "header");
  r++;
  const actionRows = Math.max(actions.length + 3, 8);
  const firstAction = r;
  const lastAction = r + actionRows - 1;
  const actionStart = input.period.end;
  const actionDue = edate(input.period.end, 3);
  const done = str(CHOICES.done);
  for (let i = 0; i < actionRows; i++, r++) {
    const a = actions[i];
    const update = input.details?.actionUpdates?.[i];
    const values: CellInput[] = a
      ? [
          text(a.activity),
          a.type,
          text(a.resource),
          a.mentor ? text(a.mentor) : null,
          actionStart,
          actionDue,
          text(a.successMeasure),
          update?.status ?? CHOICES.actionStatus[0],
          update?.progress ?? null,
        ]
      : Array<CellInput>(9).fill(null);
    values.push(f(`=IF(AND(F${r}<>"",H${r}<>${done},F${r}<${AS_OF}),${str(p.overdue)},"")`));
    b.put(r, "A", values);
  }
  const actionRange = (c: string) => `${c}${firstAction}:${c}${lastAction}`;
  b.input(`A${firstAction}:I${lastAction}`);
  b.wrap(`A${firstAction}:D${lastAction}`);
  b.wrap(actionRange("G"));
  b.style(actionRange("J"), "computed");
  b.format(`E${firstAction}:F${lastAction}`, DATE_FORMAT);
  b.format(actionRange("I"), "0%");
  b.validate({
    range: actionRange("B"),
    rule: { type: "list", values: CHOICES.actionTypes },
    allowBlank: true,
    errorMessage: p.typeError,
  });
  b.validate(dateValidation(`E${firstAction}:F${lastAction}`, t));
  b.validate({
    range: actionRange("H"),
    rule: { type: "list", values: CHOICES.actionStatus },
    allowBlank: true,
    errorMessage: p.statusError,
  });
  b.validate({
    range: actionRange("I"),
    rule: { type: "decimal", min: 0, max: 1 },
    allowBlank: true,
    errorMessage: p.progressError,
  });
  b.highlight({
    type: "expression",
    range: `A${firstAction}:J${lastAction}`,
    formula: `=$J${firstAction}<>""`,
    style: OVERDUE_STYLE,
  });
  return r + 1;
}

type TrackActions = readonly {
  item: { en: string; zh: string };
  measure: { en: string; zh: string };
}[];

/** The advanced-development or support section from row r, seeded when it matches the track. */
function writeTrackSection(
  ctx: PlanContext,
  r: number,
  title: string,
  note: string,
  seeded: TrackActions | null,
): number {
  const { b, t, input } = ctx;
  const p = t.plan;
  r = section(ctx, r, title);
  b.put(r, "A", [note]);
  b.style(`A${r}`, "note");
  r++;
  b.put(r, "A", [p.trackHeaders[0], p.trackHeaders[1], null, null, p.trackHeaders[2], p.trackHeaders[3]]);
  b.merge(`B${r}:D${r}`);
  b.merge(`F${r}:G${r}`);
  b.style(`A${r}:G${r}`, "header");
  r++;
  for (let i = 0; i < 3; i++, r++) {
    const item = seeded?.[i];
    b.put(
      r,
      "A",
      item
        ? [
            pick(item.item, input.locale),
            pick(item.measure, input.locale),
            null,
            null,
            edate(input.period.end, 6),
            text(input.rep.name),
          ]
        : [],
    );
    b.merge(`B${r}:D${r}`);
    b.merge(`F${r}:G${r}`);
    b.input(`A${r}:G${r}`);
    b.wrap(`A${r}:D${r}`);
    b.format(`E${r}`, DATE_FORMAT);
    b.validate(dateValidation(`E${r}`, t));
  }
  return r + 1;
}

/** Agreed work arrangements from row r, each with the date it is to be reviewed. */
function writeArrangements(ctx: PlanContext, r: number): number {
  const { b, t, input } = ctx;
  const { plan: p, selfReview: s } = t;
  r = section(ctx, r, p.arrangementsTitle);
  b.put(r, "A", [
    p.arrangementHeaders[0],
    p.arrangementHeaders[1],
    null,
    null,
    ...p.arrangementHeaders.slice(2),
  ]);
  b.merge(`B${r}:D${r}`);
  b.style(`A${r}:G${r}`, "header");
  r++;
  const firstArrangement = r;
  for (let i = 0; i < 3; i++, r++) {
    const a = input.details?.arrangements?.[i];
    b.put(r, "A", [
      a?.type ?? null,
      a ? text(a.details) : null,
      null,
      null,
      a?.agreedOn ?? null,
      a?.reviewDate ?? null,
      f(`=IF(AND(F${r}<>"",F${r}<=${AS_OF}),${str(p.reviewDue)},"")`),
    ]);
    b.merge(`B${r}:D${r}`);
    b.input(`A${r}:F${r}`);
    b.wrap(`B${r}:D${r}`);
    b.style(`G${r}`, "computed");
  }
  b.format(`E${firstArrangement}:F${r - 1}`, DATE_FORMAT);
  b.validate({
    range: `A${firstArrangement}:A${r - 1}`,
    rule: { type: "list", values: CHOICES.arrangements },
    allowBlank: true,
    errorMessage: s.listError,
  });
  b.validate(dateValidation(`E${firstArrangement}:F${r - 1}`, t));
  b.highlight({
    type: "expression",
    range: `G${firstArrangement}:G${r - 1}`,
    formula: `=G${firstArrangement}<>""`,
    style: REVIEW_DUE_STYLE,
  });
  return r + 1;
}

/** The mentor pairing from row r: the new hire's mentor (or why none) and the reps this one mentors. */
function writeMentorPairing(ctx: PlanContext, r: number): number {
  const { b, t, input } = ctx;
  const p = t.plan;
  r = section(ctx, r, p.mentorTitle);
  b.put(r, "A", [
    p.mentorHeaders[0],
    p.mentorHeaders[1],
    p.mentorHeaders[2],
    null,
    null,
    null,
    null,
    p.mentorHeaders[3],
  ]);
  b.merge(`C${r}:G${r}`);
  b.merge(`H${r}:J${r}`);
  b.style(`A${r}:J${r}`, "header");
  r++;
  const rule = t.seed.pairingReason(input.mentoring.experiencedMonths);
  const mentorCell: CellInput = input.mentor
    ? input.mentor.mentor
      ? text(input.mentor.mentor)
      : t.seed.noMentor
    : p.mentorNone;
  b.put(r, "A", [
    mentorCell,
    text(input.rep.team),
    input.mentor ? rule : null,
    null,
    null,
    null,
    null,
    input.mentees.length ? text(input.mentees.join(", ")) : null,
  ]);
  b.merge(`C${r}:G${r}`);
  b.merge(`H${r}:J${r}`);
  b.style(`A${r}:J${r}`, "computed");
  b.wrap(`A${r}:J${r}`);
  return r + 2;
}

/** Quarterly check-ins from row r: planned every three months from the plan start. */
function writeCheckins(ctx: PlanContext, r: number): void {
  const { b, t, input } = ctx;
  const p = t.plan;
  r = section(ctx, r, p.checkinsTitle);
  b.put(r, "A", [
    p.checkinHeaders[0],
    p.checkinHeaders[1],
    p.checkinHeaders[2],
    p.checkinHeaders[3],
    null,
    null,
    null,
    null,
    null,
    p.checkinHeaders[4],
  ]);
  b.merge(`D${r}:I${r}`);
  b.style(`A${r}:J${r}`, "header");
  r++;
  const firstCheckin = r;
  for (let q = 1; q <= 4; q++, r++) {
    b.put(r, "A", [
      p.quarter(q),
      f(`=EDATE(${PLAN_START},${3 * q})`),
      input.details?.checkinsHeld?.[q - 1] ?? null,
      null,
      null,
      null,
      null,
      null,
      null,
      f(`=IF(C${r}<>"",${str(CHOICES.done)},IF(B${r}<${AS_OF},${str(p.overdue)},""))`),
    ]);
    b.merge(`D${r}:I${r}`);
    b.style(`A${r}:B${r}`, "computed");
    b.input(`C${r}:I${r}`);
    b.wrap(`D${r}:I${r}`);
    b.style(`J${r}`, "computed");
  }
  b.format(`B${firstCheckin}:C${r - 1}`, DATE_FORMAT);
  b.validate(dateValidation(`C${firstCheckin}:C${r - 1}`, t));
  b.highlight({
    type: "expression",
    range: `J${firstCheckin}:J${r - 1}`,
    formula: `=J${firstCheckin}=${str(p.overdue)}`,
    style: OVERDUE_STYLE,
  });
}
