/** The goal-sheet form: period, metrics with weights and targets, ramp and split, then preview and create. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES } from "../../../i18n";
import { generateGoalWorkbook, goalLayout } from "../../../generators/goals";
import { METRIC_PRESETS } from "../../../schemas/goals";
import { CheckField, ChoiceField, GroupError, TextField, useFieldIssues } from "../../components/fields";
import { FormEnd } from "../../components/FormEnd";
import type { Prepared } from "../../components/GeneratePanel";
import { FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { useText } from "../../text";
import { fileStem } from "../form-values";
import { ProtectionPasswordField, useProtectionPassword } from "../protection-password";
import type { NumberSpec } from "../number-fields";
import {
  GOAL_FIELD_KEYS,
  GoalFormState,
  GoalMetricRow,
  RATE,
  targetSpec,
  defaultGoalForm,
  recordGoalSheet,
  validateGoalForm,
} from "./goal-form";

const useStyles = makeStyles({
  metric: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

export function GoalForm() {
  const text = useText();
  const { t, pick } = text;
  const { services, roster } = usePane();
  const styles = useStyles();
  const [form, setForm] = useRemembered<GoalFormState>("goals", () =>
    defaultGoalForm(text.locale, services.today()),
  );
  const validation = React.useMemo(() => validateGoalForm(form, roster.reps), [form, roster.reps]);
  const issues = validation.ok ? [] : validation.issues;
  const fields = useFieldIssues(issues, GOAL_FIELD_KEYS);
  const [password, setPassword] = useProtectionPassword("goals");

  const set = <K extends keyof GoalFormState>(key: K, value: GoalFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setMetric = (id: string, patch: Partial<GoalMetricRow>) =>
    setForm((f) => ({ ...f, metrics: f.metrics.map((m) => (m.id === id ? { ...m, ...patch } : m)) }));
  const text_ = (
    key: keyof GoalFormState & string,
    label: string,
    hint?: string,
    extra?: { number?: NumberSpec },
  ) => (
    <TextField
      label={label}
      hint={hint}
      value={form[key] as string}
      onChange={(v) => set(key, v as never)}
      onBlur={() => fields.touch(key)}
      error={fields.error(key)}
      number={extra?.number}
    />
  );

  const prepare = (): Prepared | null => {
    if (!validation.ok) return null;
    const plan = validation.plan;
    const spec = generateGoalWorkbook(plan, {
      locale: form.sheetLocale,
      ...(password ? { password } : {}),
    });
    const summary = [
      t("goals.summary", { reps: plan.reps.length, metrics: plan.metrics.length, period: plan.period.label }),
    ];
    if (plan.notYetStarted.length) {
      summary.push(t("goals.leftOut", { names: plan.notYetStarted.map((r) => r.name).join(", ") }));
    }
    return {
      spec,
      fileName: `${fileStem(`${t("goals.fileStem")}-${plan.period.label}`)}.xlsx`,
      summary,
      ...(services.mode === "excel" && services.store
        ? {
            afterWrite: recordGoalSheet(
              services.store,
              spec.sheets.findIndex((s) => s.name === goalLayout(plan, form.sheetLocale).names.goals),
              form,
            ),
          }
        : {}),
    };
  };

  return (
    <FormView id="goals" title={t("goals.title")} intro={t("goals.intro")}>
      <RosterSource id="goals-roster" />
      <Section id="goals-period" title={t("goals.section.period")}>
        <FieldRow>
          {text_("period", t("goals.period"), t("goals.periodHint"))}
          {text_("title", t("goals.sheetTitle"), t("form.optional"))}
        </FieldRow>
        <FieldRow>
          <ChoiceField
            label={t("form.sheetLanguage")}
            value={form.sheetLocale}
            choices={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => set("sheetLocale", v as GoalFormState["sheetLocale"])}
          />
          {text_("currency", t("form.currency"))}
          {text_("asOf", t("goals.asOf"), t("goals.asOfHint"))}
        </FieldRow>
      </Section>
      <Section id="goals-metrics" title={t("goals.section.metrics")}>
        <GroupError group={t("goals.section.metrics")} message={fields.error("metrics")} />
        {form.metrics.map((m) => {
          const name = pick(METRIC_PRESETS[m.id].name);
          const key = (f: string) => `metric.${m.id}.${f}`;
          const field = (f: "weight" | "target" | "cap" | "gate", label: string, hint?: string) => (
            <TextField
              label={label}
              hint={hint}
              value={m[f]}
              number={{ ...(f === "target" ? targetSpec(m.id) : RATE), currency: form.currency }}
              onChange={(v) => setMetric(m.id, { [f]: v })}
              onBlur={() => fields.touch(key(f))}
              error={fields.error(key(f))}
            />
          );
          return (
            <div key={m.id} className={styles.metric} role="group" aria-label={name}>
              <CheckField
                label={name}
                checked={m.include}
                onChange={(include) => setMetric(m.id, { include })}
                error={fields.error(`metric.${m.id}`)}
              />
              {m.include && (
                <FieldRow>
                  {field("weight", t("goals.weight", { metric: name }), t("goals.weightHint"))}
                  {field("target", t("goals.target", { metric: name }), t("goals.targetHint"))}
                  {field("cap", t("goals.cap", { metric: name }), t("form.optional"))}
                  {field("gate", t("goals.gate", { metric: name }), t("form.optional"))}
                </FieldRow>
              )}
            </div>
          );
        })}
      </Section>
      <Section id="goals-more" title={t("goals.section.more")}>
        <FieldRow>
          {text_("split", t("goals.split"), t("goals.splitHint"))}
          {text_("ramp", t("goals.ramp"), t("goals.rampHint"))}
          {text_("tolerance", t("goals.tolerance"), t("goals.toleranceHint"), { number: RATE })}
        </FieldRow>
        {text_("holidays", t("goals.holidays"), t("goals.holidaysHint"))}
        <ProtectionPasswordField value={password} onChange={setPassword} />
      </Section>
      <FormEnd
        kind="goals"
        form={form}
        defaults={() => defaultGoalForm(text.locale, services.today())}
        setForm={setForm}
        saveName={form.period}
        prepare={prepare}
        inputExtra={password}
        fields={fields}
      />
    </FormView>
  );
}
