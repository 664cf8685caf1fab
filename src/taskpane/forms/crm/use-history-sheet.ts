/**
 * The KPI history side of the CRM form (Excel mode): the workbook's history sheet (either
 * language's name), read and parsed as the CLI's --history reads last week's, so a re-import
 * appends its snapshot; and, after the write, the fresh history sheet put in the old one's place.
 */
import * as React from "react";
import { historyRowsFromGrid, isHistorySheetName } from "../../../generators/crm";
import type { HistoryRow } from "../../../generators/crm";
import { HISTORY_TEXTS } from "../../../i18n/sheets/history";
import type { InputIssue } from "../../../schemas/errors";
import { errorTexts } from "../../error-message";
import { usePane } from "../../pane-context";
import type { WorkbookAccess } from "../../services";
import { paneIssue } from "../issues";

/** The history table's columns, A to H. */
const HISTORY_READ_COLUMNS = 8;

export type HistoryState =
  | { readonly kind: "none" }
  | { readonly kind: "reading" }
  | { readonly kind: "found"; readonly sheet: string; readonly rows: readonly HistoryRow[] }
  | { readonly kind: "unreadable"; readonly sheet: string; readonly issues: readonly InputIssue[] };

/** The first sheet, in tab order, named as the history sheet is in either language. */
export function historySheetName(sheets: readonly string[]): string | null {
  return sheets.find(isHistorySheetName) ?? null;
}

/**
 * The workbook's history, read now. A sheet that cannot be parsed stops the import: its rows
 * would otherwise be dropped from the history written in its place.
 */
export async function readHistory(access: WorkbookAccess): Promise<HistoryState> {
  let sheet: string | null = null;
  try {
    const read = await access.readSheets((names) => {
      sheet = historySheetName(names);
      return sheet ? [sheet] : [];
    }, HISTORY_READ_COLUMNS);
    const name = sheet as string | null;
    if (!name) return { kind: "none" };
    const grid = read.grids.get(name)?.values ?? [];
    const parsed = historyRowsFromGrid(grid, name);
    if (parsed.ok) return { kind: "found", sheet: name, rows: parsed.rows };
    return { kind: "unreadable", sheet: name, issues: [stops(name), ...parsed.issues] };
  } catch (error) {
    const name = (sheet as string | null) ?? HISTORY_TEXTS["en-US"].sheet;
    const reason = errorTexts(error);
    return {
      kind: "unreadable",
      sheet: name,
      issues: [stops(name), { field: name, en: reason.en, zh: reason.zh }],
    };
  }
}

function stops(sheet: string): InputIssue {
  return paneIssue(sheet, "crm.history.unreadable", { sheet });
}

/** The workbook's history sheet as read on opening the form and again after each write. */
export function useHistorySheet() {
  const { services } = usePane();
  const access = services.workbook;
  const [state, setState] = React.useState<HistoryState>(() =>
    access ? { kind: "reading" } : { kind: "none" },
  );
  // Bumped after a write: the next import reads the history it has just written.
  const [generation, setGeneration] = React.useState(0);
  React.useEffect(() => {
    if (!access) return;
    let live = true;
    setState({ kind: "reading" });
    void readHistory(access).then((read) => {
      if (live) setState(read);
    });
    return () => {
      live = false;
    };
  }, [access, generation]);
  const reread = React.useCallback(() => setGeneration((g) => g + 1), []);
  return { access, state, reread, generation };
}
