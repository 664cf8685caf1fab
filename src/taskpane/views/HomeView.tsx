/**
 * Home: what the user came to do, on one screen (set goals, pay commission, run reviews, import the
 * CRM, use KPI formulas). The SALES.* functions sit behind a link, searchable, with an example each
 * that can be put into the selected cell (inside Excel) or copied (in a browser).
 */
import * as React from "react";
import { Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n";
import { useText } from "../text";
import type { ViewId } from "./views";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tasks: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(13rem, 1fr))",
    gap: tokens.spacingVerticalS,
  },
  // One task a line: its name and what it makes, left-aligned, the whole box a button.
  task: {
    width: "100%",
    height: "auto",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    textAlign: "start",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  // In a pane as narrow as Excel's default the task names speak for themselves: the lines that
  // explain them would push the last task below the first screen.
  taskNote: { "@media (max-width: 400px)": { display: "none" } },
});

/** What a manager comes to do, in the words they would use, and the view that does it. */
const TASKS: readonly { view: Exclude<ViewId, "home">; title: MessageKey; summary: MessageKey }[] = [
  { view: "goals", title: "home.task.goals", summary: "home.goals" },
  { view: "incentives", title: "home.task.incentives", summary: "home.incentives" },
  { view: "reviews", title: "home.task.reviews", summary: "home.reviews" },
  { view: "crm", title: "home.task.crm", summary: "home.crm" },
  { view: "feedback", title: "home.task.feedback", summary: "home.feedback" },
];

/** The SALES.* function reference, with the catalogue's texts, loads when first opened. */
const FunctionReference = React.lazy(() =>
  import(/* webpackChunkName: "reference" */ "./FunctionReference").then((m) => ({
    default: m.FunctionReference,
  })),
);

export function HomeView({ onOpen }: { onOpen: (view: ViewId) => void }) {
  const { t } = useText();
  const styles = useStyles();
  const [reference, setReference] = React.useState(false);
  if (reference) {
    return (
      <React.Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
        <FunctionReference onBack={() => setReference(false)} />
      </React.Suspense>
    );
  }
  return (
    <section className={styles.root} aria-labelledby="home-tasks">
      <h2 id="home-tasks" className={styles.heading}>
        {t("home.task.title")}
      </h2>
      <ul className={styles.tasks}>
        {TASKS.map((g) => (
          <li key={g.view}>
            <Button className={styles.task} onClick={() => onOpen(g.view)}>
              <Text weight="semibold">{t(g.title)}</Text>
              <Caption1 className={styles.taskNote}>{t(g.summary)}</Caption1>
            </Button>
          </li>
        ))}
        <li>
          <Button className={styles.task} onClick={() => setReference(true)} data-testid="open-reference">
            <Text weight="semibold">{t("home.task.formulas")}</Text>
            <Caption1 className={styles.taskNote}>{t("home.formulas")}</Caption1>
          </Button>
        </li>
      </ul>
    </section>
  );
}
