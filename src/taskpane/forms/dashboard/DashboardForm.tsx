/**
 * The Dashboard action: adds the weekly dashboard to the open workbook, or refreshes the one it
 * added before (the fresh sheet replaces it once written). It reads the goal sheets the pane
 * recorded in the workbook (rebuilt with the roster loaded here) and checks that the CRM KPI sheet
 * is there; what is missing is said at the action, in the user's language.
 */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { translateBoth } from "../../../i18n";
import { dashboardTexts } from "../../../i18n/sheets/dashboard";
import { ChoiceField } from "../../components/fields";
import { GeneratePanel, Prepared } from "../../components/GeneratePanel";
import { FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { useText } from "../../text";
import { GoalSheetChoice, goalSheetChoices } from "../crm/goal-link";
import { dashboardPlan } from "./dashboard-plan";

interface WorkbookState {
  readonly sheets: readonly string[];
  readonly choices: readonly GoalSheetChoice[];
}

export function DashboardForm() {
  const text = useText();
  const { t, locale } = text;
  const { services, roster } = usePane();
  const access = services.workbook;
  const store = services.store;
  const [planName, setPlanName] = useRemembered<string>("dashboard.plan", () => "");
  const [book, setBook] = React.useState<WorkbookState | null>(null);
  const [readError, setReadError] = React.useState<string | null>(null);
  // Read again after each write, so a second run sees the dashboard it added (a refresh).
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    if (!access || !store) return;
    let live = true;
    setBook(null);
    Promise.all([store.list("goals"), access.listSheets()]).then(
      ([plans, sheets]) => {
        if (live)
          setBook({
            sheets,
            choices: goalSheetChoices(plans, sheets, roster.reps, locale, services.today()),
          });
      },
      (error: unknown) => {
        if (live) setReadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      live = false;
    };
  }, [access, store, roster.reps, locale, services, generation]);

  const plan = React.useMemo(
    () => (book ? dashboardPlan(book.choices, planName, book.sheets, locale) : null),
    [book, planName, locale],
  );

  if (!access) {
    return (
      <FormView id="dashboard" title={t("dashboard.title")} intro={t("dashboard.intro")}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("dashboard.browser")}</MessageBarBody>
        </MessageBar>
      </FormView>
    );
  }

  const prepare = (): Prepared | null => {
    if (!plan || !plan.ok) return null;
    const old = plan.replaces;
    return {
      spec: plan.spec,
      fileName: `${dashboardTexts(locale).sheet}.xlsx`,
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
  const sheet = dashboardTexts(locale).sheet;
  return (
    <FormView id="dashboard" title={t("dashboard.title")} intro={t("dashboard.intro")}>
      <RosterSource id="dashboard-roster" />
      <Section id="dashboard-source" title={t("dashboard.goalSheet")}>
        {book === null && !readError && <Caption1>{t("dashboard.reading")}</Caption1>}
        {readError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{readError}</MessageBarBody>
          </MessageBar>
        )}
        {book && book.choices.length > 1 && (
          <FieldRow>
            <ChoiceField
              label={t("dashboard.goalSheet")}
              value={planName || book.choices[0].planName}
              choices={book.choices.map((c) => ({ value: c.planName, label: c.sheet }))}
              onChange={setPlanName}
            />
          </FieldRow>
        )}
        {plan?.ok && (
          <Caption1 data-testid="dashboard-status">
            {t("dashboard.ready", {
              goals: plan.goalSheet,
              action: plan.replaces
                ? t("dashboard.refreshes", { sheet: plan.replaces })
                : t("dashboard.adds", { sheet }),
            })}
          </Caption1>
        )}
      </Section>
      <GeneratePanel
        id="dashboard"
        prepare={prepare}
        inputKey={`${generation}|${planName}|${book ? book.sheets.join("|") : ""}|${roster.reps.length}`}
        issues={issues}
      />
    </FormView>
  );
}
