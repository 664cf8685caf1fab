/**
 * The import report, as a sheet and as plain data: what was recognised and how, which rows were
 * not imported and why, which values were left blank, which owners are not on the roster.
 * Nothing is dropped without a line here.
 */
import type { CrmSheetTexts } from "../../i18n/sheets/crm";
import type { Locale } from "../../i18n";
import { FIELD_LABELS } from "../../schemas/crm-fields";
import { isoFromSerial } from "../../schemas/dates";
import { issueField } from "../../schemas/errors";
import type { CellInput, RangeStyle, SheetSpec } from "../../workbook/spec";
import { MONEY_FORMAT } from "./data-sheet";
import type { NormalizedImport } from "./normalize";
import { importedText } from "./text";
import { legiblePrint } from "../../workbook/print-width";
import { displayWidth, wrappedRowHeight } from "../../workbook/wrapped-text";

/** Counts the CLI prints and the pane shows before anything is written. */
export interface ImportSummary {
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsRejected: number;
  readonly warnings: number;
  readonly unknownOwners: number;
}

export function importSummary(imported: NormalizedImport): ImportSummary {
  return {
    rowsRead: imported.rowsRead,
    rowsImported: imported.recordColumns.length,
    rowsRejected: imported.issues.filter((i) => i.severity === "error").length,
    warnings: imported.issues.filter((i) => i.severity === "warning").length,
    unknownOwners: imported.unknownOwners.length,
  };
}

/** Widths of columns A-E; B holds a label's value. */
const WIDTHS = [30, 28, 22, 60, 30];
const LABEL_VALUE_WIDTH = 28;

function stageOrderText(imported: NormalizedImport): string {
  return imported.stages.map((s) => s.name).join(" → ");
}

export function buildReportSheet(
  imported: NormalizedImport,
  texts: CrmSheetTexts,
  locale: Locale,
  asOf: number,
): SheetSpec {
  const t = texts.report;
  const zh = locale === "zh-CN";
  const summary = importSummary(imported);
  const rows: CellInput[][] = [];
  const styles: RangeStyle[] = [{ range: "A1", style: "title" }];
  const line = (...cells: CellInput[]) => rows.push(cells);
  const mark = (style: RangeStyle["style"], lastCol = "A") => {
    const r = rows.length + 1;
    styles.push({ range: lastCol === "A" ? `A${r}` : `A${r}:${lastCol}${r}`, style });
  };

  line(t.title);
  line();
  mark("subtitle");
  line(t.summaryTitle);
  // A label's value wraps within B when longer than B: overflowing to the right it ran past the
  // first page's edge and printed its end alone on a page across. Wrapped in its own cell, not merged
  // over B:C: a re-import rewrites this sheet in place, and Office.js leaves what clearing a merged
  // range does undocumented.
  const longLabels: { row: number; text: string }[] = [];
  const label = (l: string, v: CellInput) => {
    mark("label");
    line(l, v);
    const value = typeof v === "string" ? v : typeof v === "object" && v && "text" in v ? v.text : "";
    if (displayWidth(value) > LABEL_VALUE_WIDTH) longLabels.push({ row: rows.length, text: value });
  };
  label(t.file, importedText(imported.file ?? ""));
  label(t.profile, zh ? imported.profile.name.zh : imported.profile.name.en);
  label(t.recognisedBy, imported.source === "mapping" ? t.byMapping : t.byProfile);
  label(t.kind, imported.kind === "orders" ? t.kindOrders : t.kindDeals);
  label(t.rowsRead, summary.rowsRead);
  label(t.rowsImported, summary.rowsImported);
  label(t.rowsRejected, summary.rowsRejected);
  label(t.warnings, summary.warnings);
  // Each date column is read in its own order: one line names each when they are several.
  const orderText = (d: { order: "mdy" | "dmy"; how: keyof typeof t.dateHow }) =>
    `${t.dateOrders[d.order]} (${t.dateHow[d.how]})`;
  label(
    t.dateOrder,
    imported.dateOrders.length > 1
      ? importedText(imported.dateOrders.map((d) => `${d.header}: ${orderText(d)}`).join("; "))
      : orderText(imported.dateOrder),
  );
  if (imported.stages.length) label(t.stageOrder, importedText(stageOrderText(imported)));
  if (imported.encoding) {
    const how = t.encodingHow[imported.encoding.how];
    label(t.encoding, zh ? `${imported.encoding.name}（${how}）` : `${imported.encoding.name} (${how})`);
  }
  label(t.currencies, importedText(imported.currencies.join(", ")));
  label(t.asOf, isoFromSerial(asOf));
  label(t.repsWithout, importedText(imported.repsWithoutRecords.join(zh ? "、" : ", ")));

  line();
  mark("subtitle");
  line(t.columnsTitle);
  mark("header", "C");
  line(...t.columnsHeaders);
  for (const c of imported.columns) {
    line(
      zh ? FIELD_LABELS[c.field].zh : FIELD_LABELS[c.field].en,
      importedText(c.header),
      c.via === "mapping" ? t.viaMapping : t.viaProfile,
    );
  }
  if (imported.unusedHeaders.length) {
    mark("label");
    line(t.unused, importedText(imported.unusedHeaders.join(zh ? "、" : ", ")));
  }

  line();
  mark("subtitle");
  line(t.ownersTitle);
  const ownersStart = rows.length + 2;
  if (imported.unknownOwners.length) {
    mark("header", "D");
    line(...t.ownersHeaders);
    for (const o of imported.unknownOwners) line(importedText(o.owner), o.rows, o.amount, o.firstRow);
  } else line(t.ownersNone);
  const ownersEnd = rows.length;

  line();
  mark("subtitle");
  line(t.issuesTitle);
  if (imported.issues.length) {
    mark("header", "E");
    line(...t.issuesHeaders);
    // Errors first (rows not imported), then warnings, each by row.
    const sorted = [...imported.issues].sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || (a.row ?? 0) - (b.row ?? 0),
    );
    for (const i of sorted) {
      line(
        i.severity === "error" ? t.error : t.warning,
        i.row ?? null,
        importedText(issueField(i, zh ? "zh-CN" : "en-US") ?? ""),
        importedText(zh ? i.zh : i.en),
        importedText(i.value ?? ""),
      );
    }
  } else line(t.issuesNone);

  return {
    name: texts.sheet.report,
    tabColor: "#BF9000",
    blocks: [{ start: "A1", rows }],
    styles,
    numberFormats: imported.unknownOwners.length
      ? [{ range: `C${ownersStart}:C${ownersEnd}`, format: MONEY_FORMAT }]
      : [],
    columns: WIDTHS.map((width, i) => ({ column: "ABCDE"[i], width })),
    ...(longLabels.length
      ? {
          wrap: longLabels.map((l) => `B${l.row}`),
          rows: longLabels.map((l) => ({
            row: l.row,
            height: wrappedRowHeight([{ text: l.text, width: LABEL_VALUE_WIDTH }]) ?? 15,
          })),
        }
      : {}),
    // Fitted to one page wide it printed under 8 pt: over pages across at the largest legible scale
    // that needs no more of them, each with the label column.
    print: legiblePrint(WIDTHS, 1).print,
  };
}
