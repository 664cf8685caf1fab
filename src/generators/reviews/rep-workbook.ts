/**
 * One rep's review: self-review, manager review, development plan and feedback log, with the form
 * manifest the collector reads. In one workbook (the demo, the pane), or private (`sales-kit
 * reviews`): the rep's own file without the manager sheet, and the manager's copy holding it alone.
 */
import type { Locale } from "../../i18n";
import { NarrativeKey, reviewTexts } from "../../i18n/sheets/reviews";
import type { Competency, KpiLine, ReviewAnswers, ReviewConfig } from "../../schemas/review";
import type { Rep } from "../../schemas/roster";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";
import { DevelopmentPlan, PlanDetails, buildDevelopmentPlan } from "./development-plan";
import { FeedbackEntry, buildFeedbackLog } from "./feedback-log";
import { withPassword } from "../protection";
import { FORM_VERSION, FormManifest, MANAGER_FORM, REVIEW_FORM, manifestText } from "./manifest";
import { MentorPlan } from "./mentors";
import {
  MANAGER_MANIFEST_COLUMN,
  MANIFEST_COLUMN,
  ReviewSheetNames,
  SelfReviewLayout,
  buildSelfReview,
} from "./self-review";

/** Excel's limit, and the characters it refuses in sheet names. */
const MAX_SHEET_NAME = 31;

/** Sheet names of a review; a suffix (the rep's name in the demo) keeps several reviews apart. */
export function reviewSheetNames(locale: Locale, suffix?: string): ReviewSheetNames {
  const t = reviewTexts(locale).sheet;
  const name = (base: string) => {
    if (!suffix) return base;
    const clean = suffix.replace(/[[\]:*?/\\']/g, "_").trim();
    return `${base} ${clean}`.slice(0, MAX_SHEET_NAME).trim();
  };
  return {
    selfReview: name(t.selfReview),
    managerReview: name(t.managerReview),
    plan: name(t.plan),
    feedback: name(t.feedback),
  };
}

/** What the manifest tells the collector about the review beyond its fields. */
export interface ReviewManifestData {
  readonly locale: Locale;
  readonly rep: {
    readonly name: string;
    readonly role: string;
    readonly team: string;
    readonly manager: string;
  };
  readonly period: { readonly label: string; readonly start: number; readonly end: number };
  readonly dueDate: number;
  /** Issued with this review alone (and listed in the index): a copy made for another rep keeps it. */
  readonly id?: string;
  readonly competencies: readonly {
    readonly key: string;
    readonly name: Competency["name"];
    readonly weight: number;
  }[];
}

export interface RepReviewInput {
  readonly locale: Locale;
  readonly rep: Rep;
  readonly config: ReviewConfig;
  readonly competencies: readonly Competency[];
  readonly kpis: readonly KpiLine[];
  readonly mentors: MentorPlan;
  readonly names?: ReviewSheetNames;
  readonly answers?: ReviewAnswers;
  readonly narratives?: Partial<Record<NarrativeKey, string>>;
  readonly plan?: PlanDetails;
  readonly feedback?: readonly FeedbackEntry[];
  /** A random identifier issued for this rep's review, recorded in the index too. */
  readonly id?: string;
  /**
   * Password of the sheet protection (Excel asks for it to unprotect a sheet). Protection guides
   * input; it hides nothing from a reader of the file, which is why the manager sheet is kept out of
   * the rep's file rather than locked inside it.
   */
  readonly password?: string;
}

/** The rep's own file and the manager's copy of one review. */
export interface PrivateReviewFiles {
  readonly rep: WorkbookSpec;
  readonly manager: WorkbookSpec;
}

export interface RepReviewSheets {
  readonly sheets: readonly SheetSpec[];
  readonly layout: SelfReviewLayout;
  readonly plan: DevelopmentPlan;
  readonly manifest: FormManifest<ReviewManifestData>;
}

function withCell(sheet: SheetSpec, address: string, value: string): SheetSpec {
  return { ...sheet, blocks: [...sheet.blocks, { start: address, rows: [[{ text: value }]] }] };
}

export function buildRepReviewSheets(
  input: RepReviewInput,
  managerSheet: "linked" | "separate" = "linked",
): RepReviewSheets {
  const { locale, rep, config } = input;
  const names = input.names ?? reviewSheetNames(locale);
  const review = buildSelfReview({
    managerSheet,
    locale,
    rep,
    period: config.period,
    dueDate: config.dueDate,
    competencies: input.competencies,
    kpis: input.kpis,
    names,
    ...(input.answers ? { answers: input.answers } : {}),
    ...(input.narratives ? { narratives: input.narratives } : {}),
  });
  const isNewHire = input.mentors.mentorOf.has(rep.name);
  const plan = buildDevelopmentPlan({
    locale,
    rep,
    period: config.period,
    names,
    layout: review.layout,
    competencies: input.competencies,
    kpis: input.kpis,
    ...(input.answers ? { answers: input.answers } : {}),
    tracks: config.tracks,
    mentoring: config.mentoring,
    mentor: isNewHire
      ? { mentee: rep.name, team: rep.team, mentor: input.mentors.mentorOf.get(rep.name) ?? null }
      : null,
    mentees: input.mentors.menteesOf.get(rep.name) ?? [],
    ...(config.asOf !== undefined ? { asOf: config.asOf } : {}),
    ...(input.plan ? { details: input.plan } : {}),
  });
  const feedback = buildFeedbackLog({
    locale,
    sheetName: names.feedback,
    owner: rep.name,
    emptyRows: config.feedbackRows,
    ...(config.asOf !== undefined ? { asOf: config.asOf } : {}),
    ...(input.feedback ? { entries: input.feedback } : {}),
  });
  const manifest: FormManifest<ReviewManifestData> = {
    form: REVIEW_FORM,
    version: FORM_VERSION,
    checks: review.layout.checks,
    fields: review.layout.fields,
    data: {
      locale,
      rep: { name: rep.name, role: rep.role, team: rep.team, manager: rep.manager },
      period: { label: config.period.label, start: config.period.start, end: config.period.end },
      dueDate: config.dueDate,
      ...(input.id ? { id: input.id } : {}),
      competencies: input.competencies.map((c) => ({ key: c.key, name: c.name, weight: c.weight })),
    },
  };
  const selfReview = withCell(review.selfReview, `${MANIFEST_COLUMN}1`, manifestText(manifest));
  return {
    sheets: withPassword([selfReview, review.managerReview, plan.sheet, feedback], input.password),
    layout: review.layout,
    plan,
    manifest,
  };
}

/** The review in one workbook, the manager sheet beside the rep's (the manager's own workbook). */
export function buildRepReviewWorkbook(input: RepReviewInput): WorkbookSpec {
  const built = buildRepReviewSheets(input);
  return { sheets: built.sheets, activate: built.sheets[0].name };
}

/**
 * The review as two workbooks: the rep's own file (self-review, development plan, feedback log; no
 * manager rating, comment or score anywhere in it, not even in its form data) and the manager's copy
 * (the manager sheet alone, with form data naming the same review). The collector joins them again.
 */
export function buildPrivateReviewFiles(input: RepReviewInput): PrivateReviewFiles {
  // The manager's ratings seed the plan's development areas: the rep's plan is made without them.
  const repInput: RepReviewInput = input.answers
    ? { ...input, answers: { self: input.answers.self, manager: {} } }
    : input;
  const own = buildRepReviewSheets(repInput, "separate");
  const names = input.names ?? reviewSheetNames(input.locale);
  const onSheet = (sheet: string) => (x: { readonly sheet: string }) => x.sheet === sheet;
  const repManifest: FormManifest<ReviewManifestData> = {
    ...own.manifest,
    fields: own.manifest.fields.filter((x) => x.sheet !== names.managerReview),
    checks: own.manifest.checks.filter((x) => x.sheet !== names.managerReview),
  };
  const [selfReview, , plan, feedback] = own.sheets;
  const repSelf = {
    ...selfReview,
    blocks: [
      ...selfReview.blocks.filter((b) => b.start !== `${MANIFEST_COLUMN}1`),
      { start: `${MANIFEST_COLUMN}1`, rows: [[{ text: manifestText(repManifest) }]] },
    ],
  };
  // The manager sheet of the full input (with the manager's answers, if any).
  const full = input.answers ? buildRepReviewSheets(input, "separate") : own;
  const managerManifest: FormManifest<ReviewManifestData> = {
    form: MANAGER_FORM,
    version: FORM_VERSION,
    fields: full.manifest.fields.filter(onSheet(names.managerReview)),
    checks: full.manifest.checks.filter(onSheet(names.managerReview)),
    data: full.manifest.data,
  };
  const managerSheet = withCell(full.sheets[1], `${MANAGER_MANIFEST_COLUMN}1`, manifestText(managerManifest));
  return {
    rep: { sheets: [repSelf, plan, feedback], activate: repSelf.name },
    manager: { sheets: [managerSheet], activate: managerSheet.name },
  };
}
