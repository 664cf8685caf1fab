/**
 * Home: what the user came to do, on one screen (set goals, pay commission, run reviews, import the
 * CRM, use KPI formulas). The SALES.* functions sit behind a link, searchable, with an example each
 * that can be put into the selected cell (inside Excel) or copied (in a browser).
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  SearchBox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, NAMESPACE } from "../../functions/catalogue";
import type { MessageKey } from "../../i18n";
import { usePane } from "../pane-context";
import { useText } from "../text";
import type { ViewId } from "./views";
import { errorMessage } from "../error-message";
import { generalDisplay } from "./excel-display";

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
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  fn: {
    display: "grid",
    // minmax(0, …): a long example formula wraps instead of widening the pane.
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Examples and results such as {0,300000,300000,…} have no spaces: break them anywhere.
  example: { overflowWrap: "anywhere", minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  search: { width: "100%", minWidth: 0 },
});

/** What a manager comes to do, in the words they would use, and the view that does it. */
const TASKS: readonly { view: Exclude<ViewId, "home">; title: MessageKey; summary: MessageKey }[] = [
  { view: "goals", title: "home.task.goals", summary: "home.goals" },
  { view: "incentives", title: "home.task.incentives", summary: "home.incentives" },
  { view: "reviews", title: "home.task.reviews", summary: "home.reviews" },
  { view: "crm", title: "home.task.crm", summary: "home.crm" },
  { view: "feedback", title: "home.task.feedback", summary: "home.feedback" },
];

export function HomeView({ onOpen }: { onOpen: (view: ViewId) => void }) {
  const { t } = useText();
  const styles = useStyles();
  const [reference, setReference] = React.useState(false);
  if (reference) return <FunctionReference onBack={() => setReference(false)} />;
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

/** The SALES.* functions, searchable, each with an example to insert or copy. */
function FunctionReference({ onBack }: { onBack: () => void }) {
  const { t, pick } = useText();
  const { services } = usePane();
  const styles = useStyles();
  const [status, setStatus] = React.useState("");
  const [query, setQuery] = React.useState("");
  const workbook = services.workbook;
  const copy = services.copyText;
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = CATALOGUE.filter((f) => {
    const text = `${NAMESPACE}.${f.name} ${f.en} ${f.zh} ${f.example.formula}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });

  const insert = async (formula: string, name: string) => {
    try {
      if (workbook) {
        const address = await workbook.insertFormula(formula);
        setStatus(t("home.inserted", { name, address }));
      } else if (copy) {
        await copy(formula);
        setStatus(t("home.copied", { name }));
      }
    } catch (error) {
      setStatus(t("home.insertFailed", { reason: errorMessage(error) }));
    }
  };

  return (
    <section className={styles.root} aria-labelledby="home-functions">
      <div>
        <Link as="button" onClick={onBack}>
          {t("home.back")}
        </Link>
      </div>
      <h2 id="home-functions" className={styles.heading}>
        {t("home.functions.title")}
      </h2>
      <Body1 as="p">{t(workbook ? "home.functions.introExcel" : "home.functions.introBrowser")}</Body1>
      <Field label={t("home.search")}>
        <SearchBox className={styles.search} value={query} onChange={(_e, d) => setQuery(d.value)} />
      </Field>
      <Caption1 as="p" aria-live="polite" data-testid="function-status">
        {shown.length === 0 ? t("home.noMatch", { query: query.trim() }) : status}
      </Caption1>
      <ul className={styles.list}>
        {shown.map((f) => {
          const name = `${NAMESPACE}.${f.name}`;
          return (
            <li key={f.name} className={styles.fn}>
              <div className={styles.example}>
                <div className={styles.name}>{name}</div>
                <Caption1>{pick(f)}</Caption1>
                <div>
                  <code className={styles.code}>{f.example.formula}</code> →{" "}
                  {generalDisplay(f.example.result)}
                </div>
              </div>
              {(workbook || copy) && (
                <Button
                  size="small"
                  onClick={() => void insert(f.example.formula, name)}
                  aria-label={t(workbook ? "home.insertLabel" : "home.copyLabel", { name })}
                >
                  {t(workbook ? "home.insert" : "home.copy")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
