/** The SALES.* functions behind Home's link: searchable, each with an example to insert or copy. */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  SearchBox,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOGUE, NAMESPACE } from "../../functions/catalogue";
import { usePane } from "../pane-context";
import { useText } from "../text";
import { errorMessage } from "../error-message";
import { generalDisplay } from "./excel-display";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
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

export function FunctionReference({ onBack }: { onBack: () => void }) {
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
