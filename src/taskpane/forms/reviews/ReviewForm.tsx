/** The self-review and development plan form: one rep's review, plan and feedback log sheets. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES } from "../../../i18n";
import { buildRepReviewWorkbook, defaultCompetencies, pairMentors } from "../../../generators/reviews";
import { CheckField, ChoiceField, GroupError, TextField, useFieldIssues } from "../../components/fields";
import { FormEnd } from "../../components/FormEnd";
import type { Prepared } from "../../components/GeneratePanel";
import { FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { useText } from "../../text";
import { fileStem } from "../form-values";
import { teamReviewFiles } from "./team-files";
import {
  CompetencyRow,
  ReviewFormState,
  WHOLE_TEAM,
  defaultReviewForm,
  reviewFieldKeys,
  validateReviewForm,
} from "./review-form";

const useStyles = makeStyles({
  competency: {
    display: "grid",
    gridTemplateColumns: "1fr 7rem",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

export function ReviewForm() {
  const text = useText();
  const { t, pick } = text;
  const { services, roster } = usePane();
  const styles = useStyles();
  const [form, setForm] = useRemembered<ReviewFormState>("reviews", () =>
    defaultReviewForm(text.locale, services.today()),
  );
  const validation = React.useMemo(() => validateReviewForm(form, roster.reps), [form, roster.reps]);
  const keys = React.useMemo(() => reviewFieldKeys(form), [form]);
  const fields = useFieldIssues(validation.ok ? [] : validation.issues, keys);
  const set = <K extends keyof ReviewFormState>(key: K, value: ReviewFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setCompetency = (key: string, patch: Partial<CompetencyRow>) =>
    setForm((f) => ({
      ...f,
      competencies: f.competencies.map((c) => (c.key === key ? { ...c, ...patch } : c)),
    }));
  const input = (key: keyof ReviewFormState & string, label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      value={form[key] as string}
      onChange={(v) => set(key, v as never)}
      onBlur={() => fields.touch(key)}
      error={fields.error(key)}
    />
  );

  const prepare = (): Prepared | null => {
    if (!validation.ok) return null;
    const locale = form.sheetLocale;
    if (validation.team) {
      const { config } = validation;
      const files = teamReviewFiles(locale, roster.reps, config, () => crypto.randomUUID());
      return {
        spec: files[0].spec,
        fileName: files[0].fileName,
        files,
        zipName: `${fileStem(`${t("reviews.fileStem")}-${config.period.label}`)}.zip`,
        summary: [t("reviews.teamSummary", { count: roster.reps.length, period: config.period.label })],
      };
    }
    const { config, rep } = validation;
    const competencies = config.competencies ?? defaultCompetencies();
    const mentors = pairMentors(roster.reps, config.period.end, config.mentoring);
    const spec = buildRepReviewWorkbook({ locale, rep, config, competencies, kpis: [], mentors });
    const mentor = mentors.mentorOf.get(rep.name);
    const summary = [t("reviews.summary", { rep: rep.name, period: config.period.label })];
    if (mentor) summary.push(t("reviews.mentor", { mentor }));
    return {
      spec,
      fileName: `${fileStem(`${t("reviews.fileStem")}-${rep.name}-${config.period.label}`)}.xlsx`,
      summary,
    };
  };

  return (
    <FormView id="reviews" title={t("reviews.title")} intro={t("reviews.intro")}>
      <RosterSource id="reviews-roster" />
      <Section id="reviews-who" title={t("reviews.section.who")}>
        <FieldRow>
          <ChoiceField
            label={t("reviews.rep")}
            required
            value={form.rep}
            placeholder={t("reviews.repPlaceholder")}
            error={fields.error("rep")}
            choices={[
              ...(roster.reps.length > 1 ? [{ value: WHOLE_TEAM, label: t("reviews.wholeTeam") }] : []),
              ...roster.reps.map((r) => ({ value: r.name, label: `${r.name} · ${r.team}` })),
            ]}
            onChange={(v) => {
              set("rep", v);
              fields.touch("rep");
            }}
          />
          <ChoiceField
            label={t("form.sheetLanguage")}
            value={form.sheetLocale}
            choices={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => set("sheetLocale", v as ReviewFormState["sheetLocale"])}
          />
        </FieldRow>
        <FieldRow>
          {input("period", t("reviews.period"), t("reviews.periodHint"))}
          {input("dueDate", t("reviews.dueDate"), t("reviews.dueDateHint"))}
          {input("feedbackRows", t("reviews.feedbackRows"))}
          {input("asOf", t("form.asOf"), t("form.asOfHint"))}
        </FieldRow>
      </Section>
      <Section id="reviews-competencies" title={t("reviews.section.competencies")}>
        <GroupError group={t("reviews.section.competencies")} message={fields.error("competencies")} />
        {form.competencies.map((c) => (
          <div key={c.key} className={styles.competency}>
            <CheckField
              label={pick(c.name)}
              checked={c.include}
              onChange={(include) => setCompetency(c.key, { include })}
            />
            {c.include && (
              <TextField
                label={t("reviews.weight", { name: pick(c.name) })}
                value={c.weight}
                number={{ kind: "rate" }}
                onChange={(weight) => setCompetency(c.key, { weight })}
                onBlur={() => fields.touch(`competency.${c.key}`)}
                error={fields.error(`competency.${c.key}`)}
              />
            )}
          </div>
        ))}
      </Section>
      <FormEnd
        kind="reviews"
        form={form}
        defaults={() => defaultReviewForm(text.locale, services.today())}
        setForm={setForm}
        saveName={form.period}
        prepare={prepare}
        fields={fields}
      />
    </FormView>
  );
}
