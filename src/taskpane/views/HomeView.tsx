/**
 * Home: what Sales Kit does, the generators, and the SALES.* functions with an example each that
 * can be put into the selected cell (inside Excel) or copied (in a browser).
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
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

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cards: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(13rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
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
});

const GENERATORS: readonly { view: Exclude<ViewId, "home">; title: MessageKey; summary: MessageKey }[] = [
  { view: "goals", title: "nav.goals", summary: "home.goals" },
  { view: "incentives", title: "nav.incentives", summary: "home.incentives" },
  { view: "reviews", title: "nav.reviews", summary: "home.reviews" },
  { view: "feedback", title: "nav.feedback", summary: "home.feedback" },
  { view: "crm", title: "nav.crm", summary: "home.crm" },
];

export function HomeView({ onOpen }: { onOpen: (view: ViewId) => void }) {
  const { t, pick } = useText();
  const { services } = usePane();
  const styles = useStyles();
  const [status, setStatus] = React.useState("");
  const workbook = services.workbook;
  const copy = services.copyText;

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
    <div className={styles.root}>
      <section aria-labelledby="home-about">
        <h2 id="home-about" className={styles.heading}>
          {t("home.about.title")}
        </h2>
        <Body1 as="p">{t("home.about.body")}</Body1>
      </section>
      <section aria-labelledby="home-generators">
        <h2 id="home-generators" className={styles.heading}>
          {t("home.generators.title")}
        </h2>
        <div className={styles.cards}>
          {GENERATORS.map((g) => (
            <Card key={g.view} size="small">
              <CardHeader
                header={<Text weight="semibold">{t(g.title)}</Text>}
                description={<Caption1>{t(g.summary)}</Caption1>}
              />
              <Button
                appearance="secondary"
                onClick={() => onOpen(g.view)}
                aria-label={t("home.openGenerator", { name: t(g.title) })}
              >
                {t("home.open")}
              </Button>
            </Card>
          ))}
        </div>
      </section>
      <section aria-labelledby="home-functions">
        <h2 id="home-functions" className={styles.heading}>
          {t("home.functions.title")}
        </h2>
        <Body1 as="p">{t(workbook ? "home.functions.introExcel" : "home.functions.introBrowser")}</Body1>
        <Caption1 as="p" aria-live="polite" data-testid="function-status">
          {status}
        </Caption1>
        <ul className={styles.list}>
          {CATALOGUE.map((f) => {
            const name = `${NAMESPACE}.${f.name}`;
            return (
              <li key={f.name} className={styles.fn}>
                <div className={styles.example}>
                  <div className={styles.name}>{name}</div>
                  <Caption1>{pick(f)}</Caption1>
                  <div>
                    <code className={styles.code}>{f.example.formula}</code> → {f.example.result}
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
    </div>
  );
}
