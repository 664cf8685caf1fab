/**
 * The manager's index workbook written next to the reps' files: who gets which file, new hires and
 * their mentors, a status column to track returns, and the team's weekly-meeting log. Its manifest
 * lists the expected reviews, so `collect` can name the ones that never came back.
 */
import type { Locale } from "../../i18n";
import { CHOICES, reviewTexts } from "../../i18n/sheets/reviews";
import type { ReviewConfig } from "../../schemas/review";
import type { Rep } from "../../schemas/roster";
import type { WorkbookSpec } from "../../workbook/spec";
import { buildFeedbackLog } from "./feedback-log";
import { FORM_VERSION, FormManifest, INDEX_FORM, manifestCells } from "./manifest";
import { MentorPlan } from "./mentors";
import { DATE_FORMAT } from "./self-review";
import { withPassword } from "../protection";
import { SheetBuilder, text } from "./sheet-builder";
import { columnLetter } from "../../workbook/a1";

export interface IndexEntry {
  readonly rep: Rep;
  readonly file: string;
  /** The identifier issued with the rep's review (RepReviewInput.id); collect checks it. */
  readonly id?: string;
}

export interface IndexManifestData {
  readonly period: string;
  readonly reps: readonly {
    readonly name: string;
    readonly team: string;
    readonly file: string;
    readonly id?: string;
  }[];
}

export interface ReviewIndexInput {
  readonly locale: Locale;
  readonly config: ReviewConfig;
  readonly entries: readonly IndexEntry[];
  readonly mentors: MentorPlan;
  /** Password of the sheet protection; protected without one. */
  readonly password?: string;
}

const INDEX_MANIFEST_COLUMN = "L";
const HEADER_ROW = 4;

export function buildReviewIndex(input: ReviewIndexInput): WorkbookSpec {
  const t = reviewTexts(input.locale);
  const x = t.index;
  const { config, mentors } = input;
  const b = new SheetBuilder(t.sheet.index, [
    { column: "A", width: 24 },
    { column: "B", width: 18 },
    { column: "C", width: 16 },
    { column: "D", width: 18 },
    { column: "E", width: 12 },
    { column: "F", width: 10 },
    { column: "G", width: 20 },
    { column: "H", width: 30 },
    { column: "I", width: 12 },
    { column: "J", width: 18 },
    { column: INDEX_MANIFEST_COLUMN, hidden: true },
  ]);
  b.put(1, "A", [`${x.title} ${config.period.label}`]);
  b.style("A1", "title");
  b.put(2, "A", [x.note]);
  // Wider than a legible page: over two pages across, each with the rep column and the header; the
  // note within the first page.
  const indexPrint = b.legiblePrint(`${HEADER_ROW}:${HEADER_ROW}`);
  b.merge(`A2:${columnLetter(indexPrint.noteEnd)}2`);
  b.style("A2:J2", "note");
  b.height(2, 30);
  b.put(HEADER_ROW, "A", [...x.headers]);
  b.style(`A${HEADER_ROW}:J${HEADER_ROW}`, "header");
  let r = HEADER_ROW + 1;
  for (const { rep, file } of input.entries) {
    const isNew = mentors.mentorOf.has(rep.name);
    const mentor = mentors.mentorOf.get(rep.name);
    b.put(r, "A", [
      text(rep.name),
      text(rep.role),
      text(rep.team),
      text(rep.manager),
      rep.hireDate,
      isNew ? x.yes : null,
      isNew ? (mentor ? text(mentor) : t.seed.noMentor) : null,
      text(file),
      config.dueDate,
      CHOICES.indexStatus[0],
    ]);
    r++;
  }
  const last = Math.max(r - 1, HEADER_ROW + 1);
  b.format(`E${HEADER_ROW + 1}:E${last}`, DATE_FORMAT);
  b.format(`I${HEADER_ROW + 1}:I${last}`, DATE_FORMAT);
  b.input(`J${HEADER_ROW + 1}:J${last}`);
  b.validate({
    range: `J${HEADER_ROW + 1}:J${last}`,
    rule: { type: "list", values: CHOICES.indexStatus },
    allowBlank: true,
    errorMessage: t.plan.statusError,
  });
  const manifest: FormManifest<IndexManifestData> = {
    form: INDEX_FORM,
    version: FORM_VERSION,
    checks: [],
    fields: [],
    data: {
      period: config.period.label,
      reps: input.entries.map((e) => ({
        name: e.rep.name,
        team: e.rep.team,
        file: e.file,
        ...(e.id ? { id: e.id } : {}),
      })),
    },
  };
  // One cell down the hidden column per 32,767 characters (Excel's limit on a cell's text).
  manifestCells(manifest).forEach((cell, i) => b.put(1 + i, INDEX_MANIFEST_COLUMN, [{ text: cell }]));
  const index = b.build(
    {
      freeze: { rows: HEADER_ROW, columns: 1 },
      tables: [{ name: "TeamReviews", range: `A${HEADER_ROW}:J${last}` }],
      print: indexPrint.print,
    },
    false,
  );

  // Mentor pairing of the new hires, with the rule that made it.
  const p = new SheetBuilder(t.sheet.pairing, [
    { column: "A", width: 24 },
    { column: "B", width: 16 },
    { column: "C", width: 12 },
    { column: "D", width: 24 },
    { column: "E", width: 16 },
    // The rule wraps: at 56 the sheet printed over three pages for a few rows.
    { column: "F", width: 36 },
  ]);
  p.put(1, "A", [x.pairingTitle]);
  p.style("A1", "title");
  p.put(3, "A", [...x.pairingHeaders]);
  p.style("A3:F3", "header");
  const hireDate = new Map(input.entries.map((e) => [e.rep.name, e.rep.hireDate]));
  const rule = t.seed.pairingReason(config.mentoring.experiencedMonths);
  mentors.pairings.forEach((pair, i) => {
    p.put(4 + i, "A", [
      text(pair.mentee),
      text(pair.team),
      hireDate.get(pair.mentee) ?? null,
      pair.mentor ? text(pair.mentor) : t.seed.noMentor,
      pair.mentor ? (hireDate.get(pair.mentor) ?? null) : null,
      rule,
    ]);
  });
  const lastPair = Math.max(3 + mentors.pairings.length, 4);
  p.format(`C4:C${lastPair}`, DATE_FORMAT);
  p.format(`E4:E${lastPair}`, DATE_FORMAT);
  p.wrap(`F4:F${lastPair}`);
  const pairing = p.build({ freeze: { rows: 3, columns: 0 }, print: p.legiblePrint("3:3").print }, false);

  const meetings = buildFeedbackLog({
    locale: input.locale,
    sheetName: t.sheet.teamMeetings,
    owner: [...new Set(input.entries.map((e) => e.rep.team))].join(", "),
    ownerIsTeam: true,
    emptyRows: Math.max(config.feedbackRows, 52),
    ...(config.asOf !== undefined ? { asOf: config.asOf } : {}),
  });
  return { sheets: withPassword([index, pairing, meetings], input.password), activate: index.name };
}
