/**
 * The funnel sheet: per stage, the deals at it, their value, how many reached it and the conversion
 * to the next stage, for the team and for each rep; each rep's weakest stage against the team is
 * flagged (the bottleneck to coach). All counts are COUNTIFS/SUMIFS over the data table.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type {
  ConditionalFormatSpec,
  CellInput,
  RangeNumberFormat,
  RangeStyle,
  SheetSpec,
} from "../../workbook/spec";
import { columnLetter, rowSpan } from "../../workbook/a1";
import { Criterion, countIfs, equalsCell, equalsText, literal, sumIfs } from "./criteria";
import { DataLayout, MONEY_FORMAT, PERCENT_FORMAT, dataRange } from "./data-sheet";
import type { NormalizedImport } from "./normalize";
import { importedText } from "./text";

export interface FunnelBlockRef {
  /** Rep name, or "" for the team block. */
  readonly rep: string;
  /** 1-based sheet rows of the first stage, the "stage unknown" row and the won row. */
  readonly firstStageRow: number;
  readonly unknownRow: number;
  readonly wonRow: number;
}

export interface FunnelLayout {
  readonly sheet: string;
  readonly stages: readonly string[];
  readonly team: FunnelBlockRef;
  readonly reps: readonly FunnelBlockRef[];
  /** Summary rows per rep (weakest stage in column B). */
  readonly summaryRows: readonly { readonly rep: string; readonly row: number }[];
}

export interface FunnelSheetInput {
  readonly imported: NormalizedImport;
  readonly data: DataLayout;
  readonly texts: CrmSheetTexts;
}

/** A criterion with its SUMPRODUCT form too (the comparison after the range: =$A9). */
interface Condition extends Criterion {
  readonly compare: string;
}

/** Columns A to I: stage, count, value, conversions, gap to the team, weakest mark. */
const WIDTHS = [22, 18, 14, 11, 11, 13, 13, 11, 10];

/** What the funnel sheet's builders add to. */
interface FunnelSheetParts {
  readonly blocks: { start: string; rows: CellInput[][] }[];
  readonly styles: RangeStyle[];
  readonly numberFormats: RangeNumberFormat[];
  readonly conditionalFormats: ConditionalFormatSpec[];
}

interface FunnelContext {
  readonly input: FunnelSheetInput;
  readonly stages: readonly string[];
  /** A split report: values by share; the team block counts deals by share. */
  readonly split: boolean;
  readonly teamStart: number;
  /** The formula of the amount (by share on a split report) of the rows matching `criteria`. */
  readonly value: (criteria: readonly Condition[]) => string;
  readonly out: FunnelSheetParts;
}

export function buildFunnelSheet(input: FunnelSheetInput): { sheet: SheetSpec; layout: FunnelLayout } {
  const { imported, data, texts } = input;
  const t = texts.funnel;
  const stages = imported.stages.map((s) => s.name);
  const N = stages.length;
  const reps = imported.roster;
  const orderHow = imported.stages.some((s) => s.source === "probability")
    ? t.orderProbability
    : imported.stages.some((s) => s.source === "found")
      ? t.orderFound
      : t.orderGiven;

  const summaryTitleRow = 4;
  const summaryHeaderRow = 5;
  const summaryFirst = 6;
  const blockHeight = N + 5; // title, header, N stages, unknown, won, blank
  const teamStart = summaryFirst + reps.length + 1;
  const blockStart = (i: number) => teamStart + blockHeight * (i + 1);

  const split = data.columns.share !== undefined;
  const note = t.note(orderHow) + (split ? t.splitCredit : "");
  const blocks: { start: string; rows: CellInput[][] }[] = [
    { start: "A1", rows: [[t.title], [note]] },
    { start: `A${summaryTitleRow}`, rows: [[t.summaryTitle], [...t.summaryHeaders]] },
  ];
  const styles: RangeStyle[] = [
    { range: "A1", style: "title" },
    { range: "A2", style: "note" },
    { range: `A${summaryTitleRow}`, style: "subtitle" },
    { range: `A${summaryHeaderRow}:E${summaryHeaderRow}`, style: "header" },
  ];
  const out: FunnelSheetParts = { blocks, styles, numberFormats: [], conditionalFormats: [] };

  // A split report (one row per owner and deal, with the owner's credit share): values are credited
  // by share in every block, as on the KPI sheet; a rep's block counts a split deal whole, the team
  // block by share, so the team counts it once (docs/crm-profiles.md).
  const dataRef = (c: Condition) => dataRange(data, c.column);
  const value = (criteria: readonly Condition[]): string =>
    split
      ? `SUMPRODUCT(${[...criteria.map((c) => `(${dataRef(c)}${c.compare})`), dataRange(data, "amount"), dataRange(data, "share")].join("*")})`
      : sumIfs(data, "amount", criteria);

  const ctx: FunnelContext = { input, stages, split, teamStart, value, out };
  const team = funnelBlock(ctx, teamStart, t.teamBlock, null);
  const repBlocks = reps.map((rep, i) => funnelBlock(ctx, blockStart(i), importedText(rep.name), rep.name));
  const summaryRows = writeSummary(out, t, repBlocks, N, summaryFirst);

  return {
    sheet: {
      name: texts.sheet.funnel,
      tabColor: "#548235",
      blocks,
      styles,
      numberFormats: out.numberFormats,
      conditionalFormats: out.conditionalFormats,
      columns: WIDTHS.map((width, i) => ({ column: columnLetter(i), width })),
      // The note runs across the sheet; rows are fitted to wrapped text (fitWrappedRows).
      merges: [rowSpan(2, 0, WIDTHS.length - 1)],
      freeze: { rows: 0, columns: 1 },
      print: { orientation: "landscape", fitToWidth: true },
    },
    layout: {
      sheet: texts.sheet.funnel,
      stages,
      team,
      reps: repBlocks,
      summaryRows,
    },
  };
}

/** One block of the funnel (the team's, or a rep's with the comparison columns) from 1-based row `start`. */
function funnelBlock(
  ctx: FunnelContext,
  start: number,
  title: CellInput,
  repName: string | null,
): FunnelBlockRef {
  const { input, stages, split, teamStart, value, out } = ctx;
  const { data, texts } = input;
  const t = texts.funnel;
  const N = stages.length;
  const header = start + 1;
  const s1 = start + 2;
  const sN = s1 + N - 1;
  const u = sN + 1;
  const w = u + 1;
  const who: Condition[] =
    repName === null
      ? []
      : [{ column: "owner", test: equalsCell(`$A$${start}`, repName), compare: `=$A$${start}` }];
  const count = (criteria: readonly Condition[]) =>
    split && repName === null ? sumIfs(data, "share", criteria) : countIfs(data, criteria);
  const lost: Condition = {
    column: "outcome",
    test: equalsText(texts.outcome.lost),
    compare: `=${literal(texts.outcome.lost)}`,
  };
  const rows: CellInput[][] = [[title], [...(repName === null ? t.headers.slice(0, 6) : t.headers)]];
  const teamRef = (row: number) => `$F$${teamStart + 2 + (row - s1)}`;
  for (let k = 0; k < N; k++) {
    const r = s1 + k;
    const at: Condition = {
      column: "funnelStage",
      test: equalsCell(`$A${r}`, stages[k]),
      compare: `=$A${r}`,
    };
    const reached = k === 0 ? `=SUM(B${s1}:B${sN})+B${u}+B${w}` : `=SUM(B${r}:B${sN})+B${w}`;
    const next = k < N - 1 ? `E${r + 1}` : `B${w}`;
    const row: CellInput[] = [
      importedText(stages[k]),
      { formula: `=${count([at, ...who])}` },
      { formula: `=${value([at, ...who])}` },
      { formula: `=${count([at, lost, ...who])}` },
      { formula: reached },
      { formula: `=IF(E${r}=0,"",${next}/E${r})` },
    ];
    if (repName !== null) {
      row.push(
        { formula: `=${teamRef(r)}` },
        { formula: `=IF(OR(F${r}="",G${r}=""),"",F${r}-G${r})` },
        {
          formula: `=IF(AND(ISNUMBER(H${r}),H${r}<0,H${r}=MIN($H$${s1}:$H$${sN})),${literal(t.weakest)},"")`,
        },
      );
    }
    rows.push(row);
  }
  const unknown: Condition = {
    column: "funnelStage",
    test: equalsCell(`$A${u}`, texts.stageUnknown),
    compare: `=$A${u}`,
  };
  rows.push([
    importedText(texts.stageUnknown),
    { formula: `=${count([unknown, ...who])}` },
    { formula: `=${value([unknown, ...who])}` },
    { formula: `=${count([unknown, lost, ...who])}` },
  ]);
  const wonCrit: Condition = {
    column: "outcome",
    test: equalsText(texts.outcome.won),
    compare: `=${literal(texts.outcome.won)}`,
  };
  rows.push([
    t.won,
    { formula: `=${count([wonCrit, ...who])}` },
    { formula: `=${value([wonCrit, ...who])}` },
  ]);
  out.blocks.push({ start: `A${start}`, rows });

  const last = repName === null ? "F" : "I";
  out.styles.push(
    { range: `A${start}`, style: "subtitle" },
    { range: `A${header}:${last}${header}`, style: "header" },
  );
  out.numberFormats.push(
    { range: `B${s1}:B${w}`, format: "0" },
    { range: `C${s1}:C${w}`, format: MONEY_FORMAT },
    { range: `D${s1}:E${w}`, format: "0" },
    { range: `F${s1}:G${sN}`, format: PERCENT_FORMAT },
  );
  if (repName !== null) {
    out.numberFormats.push({ range: `H${s1}:H${sN}`, format: "+0.0%;-0.0%;0.0%" });
    out.conditionalFormats.push({
      type: "expression",
      range: `A${s1}:I${sN}`,
      formula: `=$I${s1}<>""`,
      style: { fill: "#F8CBAD", bold: true },
    });
  }
  return { rep: repName ?? "", firstStageRow: s1, unknownRow: u, wonRow: w };
}

/** The summary table (each rep's weakest stage against the team) from row `first`; its rows by rep. */
function writeSummary(
  out: FunnelSheetParts,
  t: CrmSheetTexts["funnel"],
  repBlocks: readonly FunnelBlockRef[],
  N: number,
  summaryFirst: number,
): { rep: string; row: number }[] {
  const summaryRows: { rep: string; row: number }[] = [];
  const summary: CellInput[][] = repBlocks.map((b, i) => {
    const r = summaryFirst + i;
    const sN = b.firstStageRow + N - 1;
    const H = `$H$${b.firstStageRow}:$H$${sN}`;
    // INDEX over a one-cell range is #REF! in Gnumeric: with one stage, MATCH only guards the cell.
    const pick = (col: string) =>
      N === 1
        ? `IF(MATCH(C${r},${H},0),$${col}$${b.firstStageRow})`
        : `INDEX($${col}$${b.firstStageRow}:$${col}$${sN},MATCH(C${r},${H},0))`;
    summaryRows.push({ rep: b.rep, row: r });
    return [
      importedText(b.rep),
      { formula: `=IF(C${r}="","",IF(C${r}>=0,${literal(t.noWeakStage)},${pick("A")}))` },
      { formula: `=IF(COUNT(${H})=0,"",MIN(${H}))` },
      { formula: `=IF(OR(C${r}="",C${r}>=0),"",${pick("F")})` },
      { formula: `=IF(OR(C${r}="",C${r}>=0),"",${pick("G")})` },
    ];
  });
  if (summary.length) {
    out.blocks.push({ start: `A${summaryFirst}`, rows: summary });
    const lastSummary = summaryFirst + summary.length - 1;
    out.numberFormats.push(
      { range: `C${summaryFirst}:C${lastSummary}`, format: "+0.0%;-0.0%;0.0%" },
      { range: `D${summaryFirst}:E${lastSummary}`, format: PERCENT_FORMAT },
    );
  }

  return summaryRows;
}
