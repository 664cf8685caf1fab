/**
 * The goal sheet side of the CRM form (Excel mode): the goal sheets the workbook holds for the saved
 * goal plans, and the check of the chosen one as read now.
 */
import * as React from "react";
import { goalSheetBlock, matchGoalSheet } from "../../../generators/crm";
import { usePane } from "../../pane-context";
import { useText } from "../../text";
import { GoalSheetCheck, GoalSheetChoice, goalLinkIssues, goalSheetChoices } from "./goal-link";
import { errorMessage } from "../../error-message";

export function useGoalSheet(planName: string) {
  const { locale } = useText();
  const pane = usePane();
  const { services, roster } = pane;
  // Linking needs the workbook's cells and its saved plans: neither is there in browser mode.
  const workbook = services.workbook;
  const store = services.store;
  const access = workbook && store ? workbook : null;
  const [choices, setChoices] = React.useState<readonly GoalSheetChoice[] | null>(null);
  const [checked, setChecked] = React.useState<{ choice: GoalSheetChoice; check: GoalSheetCheck } | null>(
    null,
  );

  React.useEffect(() => {
    if (!access || !store) return;
    let live = true;
    Promise.all([store.list("goals"), access.listSheets()]).then(
      ([plans, sheets]) => {
        if (live) setChoices(goalSheetChoices(plans, sheets, roster.reps, locale, services.today()));
      },
      () => {
        if (live) setChoices([]);
      },
    );
    return () => {
      live = false;
    };
  }, [access, store, roster.reps, locale, services]);

  const linking = access ? planName : "";
  const chosen = (linking && choices?.find((c) => c.planName === linking)) || null;
  React.useEffect(() => {
    if (!access || !chosen) return;
    let live = true;
    const block = goalSheetBlock(chosen.plan, chosen.sheet);
    access.readFormulas(block.sheet, block.address).then(
      (grid) => {
        if (live)
          setChecked({ choice: chosen, check: { match: matchGoalSheet(chosen.plan, grid, chosen.sheet) } });
      },
      (error: unknown) => {
        if (live)
          setChecked({ choice: chosen, check: { sheet: block.sheet, readError: errorMessage(error) } });
      },
    );
    return () => {
      live = false;
    };
  }, [access, chosen]);

  const check = chosen && checked?.choice === chosen ? checked.check : null;
  const match = check && "match" in check ? check.match : null;
  const issues = React.useMemo(() => goalLinkIssues(linking, choices, check), [linking, choices, check]);
  return {
    /** Null when the pane cannot link (browser mode): the form then offers no goal sheet. */
    access,
    /** Null while the workbook is read. */
    choices,
    chosen,
    /** The chosen sheet's check; null while it is read, and when it could not be read. */
    match,
    /** True while the chosen sheet is read. */
    reading: Boolean(chosen) && check === null,
    issues,
  };
}
