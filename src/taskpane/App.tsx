/**
 * The pane's shell: Fluent theme (Office's light or dark), language (Office's, switchable), the
 * navigation between Home and the five generators, and the state they share (services, roster).
 */
import * as React from "react";
import {
  Caption1,
  Dropdown,
  Field,
  FluentProvider,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Spinner,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES, Locale } from "../i18n";
import { EMPTY_ROSTER, PaneProvider, RosterState } from "./pane-context";
import type { PaneServices } from "./services";
import { TextProvider, paneText } from "./text";
import type { ThemeName } from "./theme";
import { HomeView } from "./views/HomeView";
import { VIEWS, ViewId } from "./views/views";

// The forms (with the generators, schemas and sheet texts behind them) load when first opened,
// so the pane's first render carries only the shell and Home.
const GoalForm = React.lazy(() =>
  import(/* webpackChunkName: "goals" */ "./forms/goals/GoalForm").then((m) => ({ default: m.GoalForm })),
);
const IncentiveForm = React.lazy(() =>
  import(/* webpackChunkName: "incentives" */ "./forms/incentives/IncentiveForm").then((m) => ({
    default: m.IncentiveForm,
  })),
);
const ReviewForm = React.lazy(() =>
  import(/* webpackChunkName: "reviews" */ "./forms/reviews/ReviewForm").then((m) => ({
    default: m.ReviewForm,
  })),
);
const FeedbackForm = React.lazy(() =>
  import(/* webpackChunkName: "feedback" */ "./forms/feedback/FeedbackForm").then((m) => ({
    default: m.FeedbackForm,
  })),
);
const CrmImportForm = React.lazy(() =>
  import(/* webpackChunkName: "crm" */ "./forms/crm/CrmImportForm").then((m) => ({
    default: m.CrmImportForm,
  })),
);

const DashboardForm = React.lazy(() =>
  import(/* webpackChunkName: "dashboard" */ "./forms/dashboard/DashboardForm").then((m) => ({
    default: m.DashboardForm,
  })),
);

const useStyles = makeStyles({
  // On the page's root, not the provider: Fluent copies the provider's classes onto its portal
  // nodes (dropdown lists), where a full-height box would cover the pane and swallow clicks.
  page: { minHeight: "100vh" },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "60rem",
    marginLeft: "auto",
    marginRight: "auto",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  title: { margin: 0 },
  // Fluent lays a horizontal field out as a "33% 1fr" grid; sized by its content inside a wrapping
  // flex row, the percentage is taken of the content's own width and the box ran past the pane's
  // edge (by 2 px in Chinese with some fonts). Label and box take their own widths instead.
  language: { minWidth: "7.5rem", gridTemplateColumns: "auto auto" },
  // Fluent's dropdown is 250 px wide by default: too wide beside the title in a task pane.
  languageBox: { minWidth: "7.5rem", width: "8.5rem" },
  // Six tabs wrapped into four rows at 320 px and pushed every input below the first screen: one
  // button that names the open view and lists the others takes a single line at any width.
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  navButton: { maxWidth: "100%", justifyContent: "flex-start" },
});

export interface AppProps {
  readonly services: PaneServices;
  readonly initialLocale: Locale;
  readonly theme?: ThemeName;
  readonly initialView?: ViewId;
}

function View({ id, onOpen }: { id: ViewId; onOpen: (view: ViewId) => void }) {
  switch (id) {
    case "home":
      return <HomeView onOpen={onOpen} />;
    case "goals":
      return <GoalForm />;
    case "incentives":
      return <IncentiveForm />;
    case "reviews":
      return <ReviewForm />;
    case "feedback":
      return <FeedbackForm />;
    case "crm":
      return <CrmImportForm />;
    case "dashboard":
      return <DashboardForm />;
  }
}

export function App({
  services,
  initialLocale,
  theme = "light",
  initialView = "home",
}: AppProps): React.JSX.Element {
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [view, setView] = React.useState<ViewId>(initialView);
  const [roster, setRoster] = React.useState<RosterState>(EMPTY_ROSTER);
  const memory = React.useRef(new Map<string, unknown>()).current;
  const styles = useStyles();
  const { t } = paneText(locale);
  const context = React.useMemo(() => ({ services, roster, setRoster, memory }), [services, roster, memory]);

  // The document's language follows the pane's, for screen readers and fonts.
  React.useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t("app.title");
  }, [locale, t]);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={locale}>
      <TextProvider locale={locale}>
        <PaneProvider value={context}>
          <div className={mergeClasses(styles.page, styles.root)}>
            <header className={styles.header}>
              <Title3 as="h1" className={styles.title}>
                {t("app.title")}
              </Title3>
              <Field label={t("app.language")} orientation="horizontal" className={styles.language}>
                <Dropdown
                  className={styles.languageBox}
                  value={LANGUAGE_NAMES[locale]}
                  selectedOptions={[locale]}
                  onOptionSelect={(_e, data) => data.optionValue && setLocale(data.optionValue as Locale)}
                >
                  {LOCALES.map((l) => (
                    <Option key={l} value={l} lang={l}>
                      {LANGUAGE_NAMES[l]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </header>
            <Caption1 role="status">
              {t(services.mode === "excel" ? "app.mode.excel" : "app.mode.download")} · {t("app.tagline")}
            </Caption1>
            <nav aria-label={t("nav.label")} className={styles.nav}>
              <Menu
                checkedValues={{ view: [view] }}
                onCheckedValueChange={(_e, data) =>
                  data.checkedItems[0] && setView(data.checkedItems[0] as ViewId)
                }
              >
                <MenuTrigger disableButtonEnhancement>
                  <MenuButton className={styles.navButton} data-testid="nav-menu">
                    {t("nav.open", { view: t(VIEWS.find((v) => v.id === view)!.label) })}
                  </MenuButton>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {VIEWS.map((v) => (
                      <MenuItemRadio key={v.id} name="view" value={v.id}>
                        {t(v.label)}
                      </MenuItemRadio>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            </nav>
            <main>
              <React.Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
                <View id={view} onOpen={setView} />
              </React.Suspense>
            </main>
          </div>
        </PaneProvider>
      </TextProvider>
    </FluentProvider>
  );
}
