/**
 * The Dashboard action. In Excel: adds the weekly dashboard to the open workbook, or refreshes the
 * one of the same period (the fresh sheet replaces it once written), read from the workbook's own
 * cells as `sales-kit dashboard` reads a file. In the browser: the user picks a workbook file, the
 * dashboard is grafted into it as the CLI does, and the file is offered for download. What is
 * missing is said at the action, in the user's language.
 */
import * as React from "react";
import { Caption1, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { dashboardSheetsToRead } from "../../../generators/dashboard/place";
import { translateBoth } from "../../../i18n";
import type { InputIssue } from "../../../schemas/errors";
import { ChoiceField } from "../../components/fields";
import { GeneratePanel, Prepared } from "../../components/GeneratePanel";
import { FieldRow, FormView, Section } from "../../components/layout";
import { XLSX_MIME, offerWithLink } from "../../download/download-writer";
import { errorMessage, errorTexts } from "../../error-message";
import { usePane, useRemembered } from "../../pane-context";
import { MAX_EXPORT_BYTES, readFileBytes } from "../../roster-input";
import type { SheetsRead } from "../../services";
import { useText } from "../../text";
import { dashboardPeriods, dashboardPlan } from "./dashboard-plan";
import { cellsOfSheets } from "./read-cells";
import { FileInput } from "../../components/FileInput";

/** Columns A to L: every column the dashboard's reader looks at. */
const READ_COLUMNS = 12;

export function DashboardForm() {
  const { services } = usePane();
  return services.workbook ? <ExcelDashboard /> : <FileDashboard />;
}

function ExcelDashboard() {
  const text = useText();
  const { t } = text;
  const { services } = usePane();
  const access = services.workbook!;
  const [period, setPeriod] = useRemembered<string>("dashboard.period", () => "");
  const [book, setBook] = React.useState<SheetsRead | null>(null);
  const [readError, setReadError] = React.useState<string | null>(null);
  // Read again after each write, so a second run sees the dashboard it added (a refresh).
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setBook(null);
    access.readSheets(dashboardSheetsToRead, READ_COLUMNS).then(
      (read) => {
        if (live) setBook(read);
      },
      (error: unknown) => {
        if (live) setReadError(errorMessage(error, text.locale));
      },
    );
    return () => {
      live = false;
    };
  }, [access, generation, text.locale]);

  const cells = React.useMemo(() => (book ? cellsOfSheets(book) : null), [book]);
  const periods = React.useMemo(() => (cells ? dashboardPeriods(cells) : []), [cells]);
  const chosen = periods.includes(period) ? period : (periods[0] ?? "");
  const plan = React.useMemo(() => (cells ? dashboardPlan(cells, chosen) : null), [cells, chosen]);

  const prepare = (): Prepared | null => {
    if (!plan || !plan.ok) return null;
    const old = plan.replaces;
    return {
      spec: plan.spec,
      fileName: `${plan.spec.sheets[0].name}.xlsx`,
      afterWrite: async (result) => {
        setGeneration((g) => g + 1);
        const fresh = result.activate;
        if (!old || !fresh || fresh === old) return [];
        await access.replaceSheet(old, fresh);
        return [translateBoth("dashboard.replaced", { sheet: old })];
      },
    };
  };

  const issues = plan && !plan.ok ? plan.issues : [];
  return (
    <FormView id="dashboard" title={t("dashboard.title")} intro={t("dashboard.intro")}>
      <Section id="dashboard-source" title={t("dashboard.goalSheet")}>
        {book === null && !readError && <Caption1>{t("dashboard.reading")}</Caption1>}
        {readError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{readError}</MessageBarBody>
          </MessageBar>
        )}
        {periods.length > 1 && (
          <FieldRow>
            <ChoiceField
              label={t("dashboard.goalSheet")}
              value={chosen}
              choices={periods.map((p) => ({ value: p, label: p }))}
              onChange={setPeriod}
            />
          </FieldRow>
        )}
        {plan?.ok && (
          <Caption1 data-testid="dashboard-status">
            {t("dashboard.ready", {
              goals: plan.goalSheet,
              action: plan.replaces
                ? t("dashboard.refreshes", { sheet: plan.replaces })
                : t("dashboard.adds", { sheet: plan.spec.sheets[0].name }),
            })}
          </Caption1>
        )}
      </Section>
      <GeneratePanel
        id="dashboard"
        prepare={prepare}
        inputKey={`${generation}|${chosen}|${book ? book.sheetNames.join("|") : ""}`}
        issues={issues}
      />
    </FormView>
  );
}

type FileState =
  | { readonly step: "idle" }
  | { readonly step: "working"; readonly file: string }
  | { readonly step: "failed"; readonly issues: readonly InputIssue[] }
  | {
      readonly step: "done";
      readonly file: string;
      readonly url: string;
      readonly sheet: string;
      readonly refreshed: boolean;
      readonly period: string;
    };

/** The browser: a workbook file in, the same file with the dashboard offered for download. */
function FileDashboard() {
  const text = useText();
  const { t } = text;
  const [state, setState] = React.useState<FileState>({ step: "idle" });
  const lastUrl = React.useRef<string | null>(null);

  React.useEffect(
    () => () => {
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
    },
    [],
  );

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const fail = (issue: InputIssue) => setState({ step: "failed", issues: [issue] });
    if (file.size > MAX_EXPORT_BYTES) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return fail({
        file: file.name,
        field: "(file)",
        en: `is ${mb(file.size)} MB; a workbook of at most ${mb(MAX_EXPORT_BYTES)} MB is read`,
        zh: `大小为 ${mb(file.size)} MB；工作簿最多读取 ${mb(MAX_EXPORT_BYTES)} MB`,
      });
    }
    setState({ step: "working", file: file.name });
    try {
      const bytes = await readFileBytes(file);
      // ExcelJS and the graft come in their own chunk, on first use.
      const { dashboardIntoFile } = await import(/* webpackChunkName: "xlsx" */ "./dashboard-file");
      const made = await dashboardIntoFile(bytes, file.name);
      if (!made.ok) return setState({ step: "failed", issues: made.issues });
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
      const url = URL.createObjectURL(new Blob([made.data as BlobPart], { type: XLSX_MIME }));
      lastUrl.current = url;
      const name = /\.xlsx$/i.test(file.name) ? file.name : `${file.name}.xlsx`;
      offerWithLink(url, name);
      setState({
        step: "done",
        file: name,
        url,
        sheet: made.sheet,
        refreshed: made.refreshed,
        period: made.period,
      });
    } catch (error) {
      fail({ file: file.name, field: "(file)", ...errorTexts(error) });
    }
  };

  return (
    <FormView id="dashboard" title={t("dashboard.title")} intro={t("dashboard.intro")}>
      <Section id="dashboard-source" title={t("dashboard.file")}>
        <Caption1>{t("dashboard.browser")}</Caption1>
        <FileInput
          id="dashboard-file"
          label={t("dashboard.pick")}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={state.step === "working"}
          onFile={(file) => void onFile(file)}
        />
        <div aria-live="polite">
          {state.step === "working" && <Caption1>{t("dashboard.working", { file: state.file })}</Caption1>}
          {state.step === "failed" && (
            <MessageBar intent="error" layout="multiline" data-testid="dashboard-file-error">
              <MessageBarBody>
                {state.issues.map((issue, i) => (
                  <div key={i}>{text.issue(issue)}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          {state.step === "done" && (
            <MessageBar intent="success" layout="multiline" data-testid="dashboard-file-done">
              <MessageBarBody>
                {t("dashboard.fileDone", {
                  file: state.file,
                  sheet: state.sheet,
                  period: state.period,
                  action: t(state.refreshed ? "dashboard.fileRefreshed" : "dashboard.fileAdded"),
                })}{" "}
                <Link href={state.url} download={state.file}>
                  {t("dashboard.downloadAgain", { file: state.file })}
                </Link>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </Section>
    </FormView>
  );
}
