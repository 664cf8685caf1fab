/** The feedback log form: one sheet for a rep's or a team's meetings, actions and follow-ups. */
import * as React from "react";
import { Combobox, Field, Option } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES } from "../../../i18n";
import { buildFeedbackLog, reviewSheetNames } from "../../../generators/reviews";
import { CheckField, ChoiceField, TextField, useFieldIssues } from "../../components/fields";
import { FormEnd } from "../../components/FormEnd";
import type { Prepared } from "../../components/GeneratePanel";
import { FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { useText } from "../../text";
import { fileStem } from "../form-values";
import {
  FEEDBACK_FIELD_KEYS,
  FeedbackFormState,
  defaultFeedbackForm,
  validateFeedbackForm,
} from "./feedback-form";

export function FeedbackForm() {
  const text = useText();
  const { t } = text;
  const { roster } = usePane();
  const [form, setForm] = useRemembered<FeedbackFormState>("feedback", () =>
    defaultFeedbackForm(text.locale),
  );
  const validation = React.useMemo(() => validateFeedbackForm(form), [form]);
  const fields = useFieldIssues(validation.ok ? [] : validation.issues, FEEDBACK_FIELD_KEYS);
  const set = <K extends keyof FeedbackFormState>(key: K, value: FeedbackFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const owners = React.useMemo(() => {
    const names = form.ownerIsTeam ? roster.reps.map((r) => r.team) : roster.reps.map((r) => r.name);
    return [...new Set(names)];
  }, [roster.reps, form.ownerIsTeam]);
  const ownerError = fields.error("owner");

  const prepare = (): Prepared | null => {
    if (!validation.ok) return null;
    const { owner, emptyRows, asOf } = validation.value;
    const locale = form.sheetLocale;
    const sheet = buildFeedbackLog({
      locale,
      sheetName: reviewSheetNames(locale, owner).feedback,
      owner,
      ownerIsTeam: form.ownerIsTeam,
      emptyRows,
      ...(asOf !== undefined ? { asOf } : {}),
    });
    return {
      spec: { sheets: [sheet], activate: sheet.name },
      fileName: `${fileStem(`${t("feedback.fileStem")}-${owner}`)}.xlsx`,
    };
  };

  return (
    <FormView id="feedback" title={t("feedback.title")} intro={t("feedback.intro")}>
      <RosterSource id="feedback-roster" optional />
      <Section id="feedback-who" title={t("feedback.section.who")}>
        <CheckField
          label={t("feedback.ownerIsTeam")}
          checked={form.ownerIsTeam}
          onChange={(v) => set("ownerIsTeam", v)}
        />
        <Field
          label={form.ownerIsTeam ? t("feedback.team") : t("feedback.owner")}
          hint={t("feedback.ownerHint")}
          required
          validationState={ownerError ? "error" : "none"}
          validationMessage={ownerError}
        >
          <Combobox
            // Fluent names the arrow "Open" in English whatever the pane's language.
            expandIcon={{ "aria-label": t("form.openList") }}
            freeform
            value={form.owner}
            selectedOptions={owners.includes(form.owner) ? [form.owner] : []}
            onChange={(e) => set("owner", e.currentTarget.value)}
            onOptionSelect={(_e, d) => d.optionText !== undefined && set("owner", d.optionText)}
            onBlur={() => fields.touch("owner")}
          >
            {owners.map((o) => (
              <Option key={o} value={o}>
                {o}
              </Option>
            ))}
          </Combobox>
        </Field>
        <FieldRow>
          <ChoiceField
            label={t("form.sheetLanguage")}
            value={form.sheetLocale}
            choices={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => set("sheetLocale", v as FeedbackFormState["sheetLocale"])}
          />
          <TextField
            label={t("feedback.emptyRows")}
            value={form.emptyRows}
            inputMode="numeric"
            onChange={(v) => set("emptyRows", v)}
            onBlur={() => fields.touch("emptyRows")}
            error={fields.error("emptyRows")}
          />
          <TextField
            label={t("form.asOf")}
            hint={t("form.asOfHint")}
            value={form.asOf}
            onChange={(v) => set("asOf", v)}
            onBlur={() => fields.touch("asOf")}
            error={fields.error("asOf")}
          />
        </FieldRow>
      </Section>
      <FormEnd
        kind="feedback"
        form={form}
        defaults={() => defaultFeedbackForm(text.locale)}
        setForm={setForm}
        saveName={form.owner || t("feedback.title")}
        prepare={prepare}
        fields={fields}
      />
    </FormView>
  );
}
