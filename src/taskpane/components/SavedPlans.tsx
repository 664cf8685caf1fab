/**
 * Save a form's settings under a name and reopen them later (next quarter's rerun). Inside Excel
 * they are kept in the workbook; in a browser, in this browser. Hidden when neither can keep them.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../pane-context";
import { FieldGroup } from "./layout";
import type { PlanKind, SavedPlan } from "../services";
import { useText } from "../text";
import { errorMessage } from "../error-message";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "8rem" },
});

export function SavedPlans(props: {
  readonly kind: PlanKind;
  readonly current: unknown;
  readonly defaultName: string;
  readonly onOpen: (data: unknown) => void;
  /** A change reads the saved settings again (settings saved by something else than this list). */
  readonly refreshKey?: number;
}) {
  const { t } = useText();
  const { services } = usePane();
  const store = services.store;
  const styles = useStyles();
  const [plans, setPlans] = React.useState<SavedPlan[]>([]);
  const [name, setName] = React.useState(props.defaultName);
  const [chosen, setChosen] = React.useState("");
  const [status, setStatus] = React.useState("");

  const refresh = React.useCallback(async () => {
    if (!store) return;
    try {
      const list = await store.list(props.kind);
      setPlans(list);
      setChosen((c) => (list.some((p) => p.name === c) ? c : (list[0]?.name ?? "")));
    } catch (error) {
      setStatus(t("plans.failed", { reason: errorMessage(error) }));
    }
  }, [store, props.kind, t]);

  React.useEffect(() => {
    void refresh();
  }, [refresh, props.refreshKey]);

  if (!store) return null;

  const save = async () => {
    const clean = name.trim();
    if (!clean) return;
    try {
      await store.save({
        kind: props.kind,
        name: clean,
        savedAt: new Date().toISOString(),
        data: props.current,
      });
      setStatus(
        t(store.where === "workbook" ? "plans.savedWorkbook" : "plans.savedBrowser", { name: clean }),
      );
      await refresh();
    } catch (error) {
      setStatus(t("plans.failed", { reason: errorMessage(error) }));
    }
  };
  const open = () => {
    const plan = plans.find((p) => p.name === chosen);
    if (!plan) return;
    props.onOpen(plan.data);
    setStatus(t("plans.opened", { name: plan.name }));
  };

  return (
    <FieldGroup legend={t("plans.title")}>
      <Caption1>{t(store.where === "workbook" ? "plans.hintWorkbook" : "plans.hintBrowser")}</Caption1>
      <div className={styles.row}>
        <Field label={t("plans.name")} className={styles.grow}>
          <Input value={name} onChange={(_e, d) => setName(d.value)} />
        </Field>
        <Button onClick={() => void save()} disabled={!name.trim()}>
          {t("plans.save")}
        </Button>
      </div>
      {plans.length > 0 && (
        <div className={styles.row}>
          <Field label={t("plans.saved")} className={styles.grow}>
            <Dropdown
              value={chosen}
              selectedOptions={chosen ? [chosen] : []}
              onOptionSelect={(_e, d) => d.optionValue && setChosen(d.optionValue)}
            >
              {plans.map((p) => (
                <Option key={p.name} value={p.name} text={p.name}>
                  {`${p.name} · ${p.savedAt.slice(0, 10)}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button onClick={open} disabled={!chosen}>
            {t("plans.open")}
          </Button>
        </div>
      )}
      <Caption1 aria-live="polite">{status}</Caption1>
    </FieldGroup>
  );
}
