/**
 * The incentive form's look at the open workbook (Excel mode): the CRM data table a Sales Kit import
 * left there, read with its import report (a payments export dates rows by payment date), for the
 * measures that take their actuals from it.
 */
import * as React from "react";
import { errorMessage } from "../../error-message";
import { usePane } from "../../pane-context";
import {
  CrmDataTable,
  crmTableCandidates,
  readCrmDataTable,
  reportNamesPayments,
  reportSheetFor,
} from "./crm-table";

export type CrmTableState =
  | { readonly status: "browser" }
  | { readonly status: "reading" }
  | { readonly status: "none" }
  | { readonly status: "found"; readonly data: CrmDataTable }
  | { readonly status: "failed"; readonly reason: string };

/** The label and value rows of an import report's summary lie within these cells. */
const REPORT_SUMMARY = "A1:B20";

export function useCrmDataTable(): CrmTableState {
  const { services, roster } = usePane();
  const access = services.workbook;
  const [state, setState] = React.useState<CrmTableState>(
    access ? { status: "reading" } : { status: "browser" },
  );
  React.useEffect(() => {
    if (!access) return;
    let live = true;
    const find = async (): Promise<CrmDataTable | null> => {
      const candidates = crmTableCandidates(await access.listTables());
      if (!candidates.length) return null;
      const sheets = await access.listSheets();
      for (const info of candidates) {
        if (!info.address) continue;
        const grid = await access.readTable(info.name);
        const report = reportSheetFor(info.sheet, sheets);
        const summary = report ? await access.readFormulas(report, REPORT_SUMMARY) : null;
        const address = info.address;
        const data = readCrmDataTable({ ...info, address }, grid, roster.reps, reportNamesPayments(summary));
        if (data) return data;
      }
      return null;
    };
    find().then(
      (data) => {
        if (live) setState(data ? { status: "found", data } : { status: "none" });
      },
      (error: unknown) => {
        if (live) setState({ status: "failed", reason: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [access, roster.reps]);
  return state;
}
