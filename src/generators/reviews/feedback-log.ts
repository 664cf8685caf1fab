/**
 * The feedback log (沟通与反馈): weekly meetings and one-to-ones with topics, progress, problems,
 * agreed actions with owner and due date, recognition given and follow-up status. An action past its
 * due date and not done is flagged by formula and turns red.
 */
import type { Locale } from "../../i18n";
import { CHOICES, reviewTexts } from "../../i18n/sheets/reviews";
import type { CellInput, SheetSpec } from "../../workbook/spec";
import { DATE_FORMAT, dateValidation } from "./self-review";
import { SheetBuilder, f, str, text } from "./sheet-builder";

export interface FeedbackEntry {
  readonly date: number;
  /** A label of CHOICES.meetings. */
  readonly meeting: string;
  readonly participants: string;
  readonly topics: string;
  readonly progress?: string;
  readonly problems?: string;
  readonly action?: string;
  readonly owner?: string;
  readonly due?: number | null;
  readonly recognition?: string;
  /** A label of CHOICES.followUp. */
  readonly status?: string | null;
}

export interface FeedbackLogInput {
  readonly locale: Locale;
  readonly sheetName: string;
  /** Whose log it is: a rep's name, or the team's names with ownerIsTeam. */
  readonly owner: string;
  readonly ownerIsTeam?: boolean;
  /** Empty rows after the entries. */
  readonly emptyRows: number;
  /** Overdue means due before this date; absent: TODAY() in the sheet. */
  readonly asOf?: number;
  readonly entries?: readonly FeedbackEntry[];
}

/** Row of the first entry and cell of the as-of date, for tests and other sheets. */
export const FEEDBACK_FIRST_ROW = 7;
export const FEEDBACK_AS_OF = "B3";

/** Red, as Excel's "light red fill with dark red text". */
export const OVERDUE_STYLE = { fill: "#F8CBAD", fontColor: "#9C0006" } as const;

export function buildFeedbackLog(input: FeedbackLogInput): SheetSpec {
  const t = reviewTexts(input.locale);
  const fl = t.feedback;
  const b = new SheetBuilder(input.sheetName, [
    { column: "A", width: 12 },
    { column: "B", width: 18 },
    { column: "C", width: 20 },
    { column: "D", width: 28 },
    { column: "E", width: 24 },
    { column: "F", width: 24 },
    { column: "G", width: 28 },
    { column: "H", width: 14 },
    { column: "I", width: 12 },
    { column: "J", width: 24 },
    { column: "K", width: 16 },
    { column: "L", width: 12 },
  ]);
  b.put(1, "A", [fl.title]);
  b.style("A1", "title");
  b.put(2, "A", [fl.note]);
  b.merge("A2:L2");
  b.style("A2:L2", "note");
  b.height(2, 30);
  b.put(3, "A", [fl.asOf, input.asOf ?? f("=TODAY()")]);
  b.put(4, "A", [input.ownerIsTeam ? t.selfReview.team : t.selfReview.rep, text(input.owner)]);
  b.style("A3:A4", "label");
  b.style("B3:B4", "computed");
  b.format(FEEDBACK_AS_OF, DATE_FORMAT);

  const header = 6;
  b.put(header, "A", [...fl.headers]);
  b.style(`A${header}:L${header}`, "header");
  const entries = input.entries ?? [];
  const first = FEEDBACK_FIRST_ROW;
  const last = first + entries.length + input.emptyRows - 1;
  const done = str(CHOICES.done);
  for (let r = first; r <= last; r++) {
    const e = entries[r - first];
    const values: CellInput[] = e
      ? [
          e.date,
          e.meeting,
          text(e.participants),
          text(e.topics),
          e.progress ? text(e.progress) : null,
          e.problems ? text(e.problems) : null,
          e.action ? text(e.action) : null,
          e.owner ? text(e.owner) : null,
          e.due ?? null,
          e.recognition ? text(e.recognition) : null,
          e.status ?? null,
        ]
      : Array<CellInput>(11).fill(null);
    values.push(f(`=IF(AND(I${r}<>"",K${r}<>${done},I${r}<$B$3),${str(fl.overdue)},"")`));
    b.put(r, "A", values);
  }
  b.input(`A${first}:K${last}`);
  b.wrap(`C${first}:G${last}`);
  b.wrap(`J${first}:J${last}`);
  b.style(`L${first}:L${last}`, "computed");
  b.format(`A${first}:A${last}`, DATE_FORMAT);
  b.format(`I${first}:I${last}`, DATE_FORMAT);
  b.validate(dateValidation(`A${first}:A${last}`, t));
  b.validate(dateValidation(`I${first}:I${last}`, t));
  b.validate({
    range: `B${first}:B${last}`,
    rule: { type: "list", values: CHOICES.meetings },
    allowBlank: true,
    errorMessage: t.selfReview.listError,
  });
  b.validate({
    range: `K${first}:K${last}`,
    rule: { type: "list", values: CHOICES.followUp },
    allowBlank: true,
    errorMessage: t.plan.statusError,
  });
  b.highlight({
    type: "expression",
    range: `A${first}:L${last}`,
    formula: `=$L${first}<>""`,
    style: OVERDUE_STYLE,
  });
  return b.build({
    freeze: { rows: header, columns: 0 },
    // At full size over pages across, each with the date and rep columns and the header: fitted to
    // one page wide, its twelve columns printed at 4.6 pt.
    print: { orientation: "landscape", titleRows: `${header}:${header}`, titleColumns: "A:B" },
  });
}
