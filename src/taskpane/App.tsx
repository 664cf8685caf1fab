/** The pane's shell: header with the language switch, then the home view. */
import * as React from "react";
import {
  Body1,
  Caption1,
  Dropdown,
  FluentProvider,
  Option,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { LOCALES, Locale, MessageKey, translate } from "../i18n";
import { CATALOGUE, NAMESPACE } from "../functions/catalogue";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

const LANGUAGE_NAMES: Record<Locale, string> = { "en-US": "English", "zh-CN": "中文" };

export interface AppProps {
  mode: "excel" | "download";
  initialLocale: Locale;
}

export function App({ mode, initialLocale }: AppProps): React.JSX.Element {
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const t = (key: MessageKey) => translate(locale, key);
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t("app.title")}</Title3>
          <Dropdown
            aria-label={t("app.language")}
            value={LANGUAGE_NAMES[locale]}
            selectedOptions={[locale]}
            onOptionSelect={(_e, data) => data.optionValue && setLocale(data.optionValue as Locale)}
          >
            {LOCALES.map((l) => (
              <Option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </Option>
            ))}
          </Dropdown>
        </header>
        <Body1>{t("app.tagline")}</Body1>
        <Caption1>{t(mode === "excel" ? "app.mode.excel" : "app.mode.download")}</Caption1>
        <section aria-labelledby="functions-title">
          <Subtitle2 as="h2" id="functions-title">
            {t("home.functions.title")}
          </Subtitle2>
          <Body1 as="p">{t("home.functions.intro")}</Body1>
          <ul className={styles.list}>
            {CATALOGUE.map((f) => (
              <li key={f.name}>
                <code className={styles.code}>{f.example.formula}</code> → {f.example.result}:{" "}
                {locale === "zh-CN" ? f.zh : f.en}
              </li>
            ))}
          </ul>
          <Caption1>
            {NAMESPACE}.* · {CATALOGUE.length}
          </Caption1>
        </section>
        <section aria-labelledby="generators-title">
          <Subtitle2 as="h2" id="generators-title">
            {t("home.generators.title")}
          </Subtitle2>
          <Body1 as="p">{t("home.generators.soon")}</Body1>
        </section>
      </main>
    </FluentProvider>
  );
}
