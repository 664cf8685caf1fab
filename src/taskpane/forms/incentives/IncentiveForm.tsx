/** The incentive table form: plan period and pay, measures with commission tiers, draw and award. */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES } from "../../../i18n";
import { generateIncentiveWorkbook, repStatementWorkbooks } from "../../../generators/incentives";
import { PAY_FREQUENCIES } from "../../../schemas/incentive-plan";
import { CheckField, ChoiceField, GroupError, TextField, useFieldIssues } from "../../components/fields";
import { FormEnd } from "../../components/FormEnd";
import type { Prepared } from "../../components/GeneratePanel";
import { FieldGroup, FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { useText } from "../../text";
import { fileStem } from "../form-values";
import { ProtectionPasswordField, useProtectionPassword } from "../protection-password";
import {
  IncentiveFormState,
  MAX_MEASURES,
  MAX_TIERS,
  MeasureRow,
  defaultIncentiveForm,
  defaultMeasure,
  TIER_RATE,
  incentiveFieldKeys,
  sampleRole,
  tierFromSpec,
  validateIncentiveForm,
} from "./incentive-form";
import type { NumberSpec } from "../number-fields";
import { sampleRep, workedExample } from "./worked-example";
import { WorkedExampleView } from "./WorkedExample";
import { AdvancedMechanics } from "./AdvancedMechanics";
import { useCrmDataTable } from "./use-crm-table";
import type { CrmDataTable } from "./crm-table";
import {
  buildCrmCommissionSheet,
  crmActuals,
  crmActualsIssues,
  crmMeasures,
} from "../../../generators/incentives/crm-actuals";
import { calcLayout } from "../../../generators/incentives/layout";
import { withIncentivePassword } from "../../../generators/incentives/crm-workbook";
import { exportCounts, payFromExport } from "./crm-export";
import { EXPORT_FIELD, readExportFile, readMappingFile, useCrmFile } from "./use-crm-export";
import { paneIssue } from "../issues";
import { crmCommissionTexts } from "../../../i18n/sheets/crm-commission";
import type { PlanModel } from "../../../kpi/plan/model";
import type { IncentivePlan } from "../../../schemas/incentive-plan";
import { withRecipe } from "../../download/spec-recipe";
import { FileInput } from "../../components/FileInput";

const MONEY: NumberSpec = { kind: "money" };
const COUNT: NumberSpec = { kind: "count" };

const useStyles = makeStyles({
  tier: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
});

export function IncentiveForm() {
  const text = useText();
  const { t } = text;
  const { services, roster } = usePane();
  const styles = useStyles();
  const [form, setForm] = useRemembered<IncentiveFormState>("incentives", () =>
    defaultIncentiveForm(text.locale, services.today()),
  );
  const validation = React.useMemo(() => validateIncentiveForm(form, roster.reps), [form, roster.reps]);
  // The team workbook, or each rep's private statement as a file of its own (a .zip, or new workbooks).
  const [output, setOutput] = React.useState<"team" | "perRep">("team");
  const [password, setPassword] = useProtectionPassword("incentives");
  const crmTable = useCrmDataTable();
  const crmData = crmTable.status === "found" ? crmTable.data : null;
  // The CRM path: a data table in the workbook and a measure that reads it.
  const crmUse = crmData && validation.ok && crmMeasures(validation.plan).length ? crmData : null;
  // Browser mode: the CRM export file itself, paid as `sales-kit incentives --crm` pays it.
  const browser = crmTable.status === "browser";
  const [exportFile, chooseExport] = useCrmFile("incentives.crmExport", readExportFile);
  const [mappingFile, chooseMapping, clearMapping] = useCrmFile("incentives.crmMapping", readMappingFile);
  const asOf = services.today();
  const exportPay = React.useMemo(() => {
    if (!browser || !validation.ok || !crmMeasures(validation.plan).length) return null;
    if (exportFile.busy || mappingFile.busy) return null;
    const fileIssues = [...exportFile.issues, ...mappingFile.issues];
    if (fileIssues.length) return { ok: false as const, issues: fileIssues };
    if (!exportFile.file)
      return { ok: false as const, issues: [paneIssue(EXPORT_FIELD, "incentives.crm.exportNeeded")] };
    return payFromExport(
      exportFile.file,
      mappingFile.file,
      validation.plan,
      validation.model,
      roster.reps,
      form.sheetLocale,
      asOf,
    );
  }, [browser, validation, exportFile, mappingFile, roster.reps, form.sheetLocale, asOf]);
  const crmIssues = React.useMemo(
    () =>
      crmUse && validation.ok
        ? crmActualsIssues(validation.plan, crmUse.imported, validation.model.currency, { crm: crmUse.table })
        : exportPay && !exportPay.ok
          ? [...exportPay.issues]
          : [],
    [crmUse, validation, exportPay],
  );
  const keys = React.useMemo(() => incentiveFieldKeys(form), [form]);
  // The example follows every edit, for the roster's first rep (or a stand-in before a roster).
  const example = React.useMemo(() => {
    const reps = roster.reps.length
      ? roster.reps.slice(0, 1)
      : [sampleRep(t("incentives.example.sampleRep"), sampleRole(form))];
    const sample = validateIncentiveForm(form, reps);
    return sample.ok ? workedExample(sample.model) : null;
  }, [form, roster.reps, t]);
  const fields = useFieldIssues(validation.ok ? [] : validation.issues, keys);

  const set = <K extends keyof IncentiveFormState>(key: K, value: IncentiveFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setMeasure = (i: number, patch: Partial<MeasureRow>) =>
    setForm((f) => ({ ...f, measures: f.measures.map((m, k) => (k === i ? { ...m, ...patch } : m)) }));
  const input = (
    key: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    hint?: string,
    number?: NumberSpec,
  ) => (
    <TextField
      key={key}
      label={label}
      hint={hint}
      value={value}
      number={number && { ...number, currency: form.currency }}
      onChange={onChange}
      onBlur={() => fields.touch(key)}
      error={fields.error(key)}
    />
  );

  /** The plan's CRM measures paid by SUMIFS over the workbook's data table, and what it leaves unpaid. */
  const fromCrm = (data: CrmDataTable, plan: IncentivePlan, model: PlanModel) => {
    const actuals = crmActuals(
      model,
      crmMeasures(plan),
      data.imported,
      data.layout,
      calcLayout(model),
      data.locale,
    );
    const lines = [
      t("incentives.crm.summary", {
        measures: actuals.measures.map((m) => model.measures[m.measure].name).join(", "),
        table: data.table,
        sheet: data.sheet,
        rows: data.imported.rowsRead,
      }),
    ];
    if (actuals.offRoster.length)
      lines.push(
        t("incentives.crm.offRoster", {
          list: [...new Set(actuals.offRoster.map((o) => o.owner))].join(", "),
        }),
      );
    if (data.repsWithoutRows.length)
      lines.push(t("incentives.crm.noRows", { names: data.repsWithoutRows.join(", ") }));
    return { actuals, lines };
  };

  /** The download paid from the export: the CLI's workbook, or each rep's statement with its deals. */
  const fromExport = (paid: Extract<typeof exportPay, { ok: true }>): Prepared => {
    const { built, imported } = paid;
    const model = built.actuals.model;
    const counts = exportCounts(imported);
    const lines = [
      t("incentives.crm.exportSummary", {
        file: imported.file ?? exportFile.label,
        profile: text.pick(imported.profile.name),
        ...counts,
        measures: built.actuals.measures.map((m) => model.measures[m.measure].name).join(", "),
      }),
    ];
    if (imported.unknownOwners.length)
      lines.push(
        t("incentives.crm.exportOffRoster", {
          list: imported.unknownOwners
            .map((o) => t("incentives.crm.ownerRows", { owner: o.owner, row: o.firstRow, rows: o.rows }))
            .join(", "),
        }),
      );
    if (built.actuals.outside.length)
      lines.push(
        t("incentives.crm.outside", { count: built.actuals.outside.length, sheet: built.commissionSheet }),
      );
    if (output === "perRep" && model.reps.length) {
      const files = repStatementWorkbooks({
        model,
        locale: form.sheetLocale,
        deals: built.actuals.statementDeals,
      }).map((f) => ({ fileName: f.fileName, spec: f.spec }));
      return {
        spec: files[0].spec,
        fileName: files[0].fileName,
        files,
        zipName: `${fileStem(`${t("incentives.statementsStem")}-${form.start}`)}.zip`,
        summary: [t("incentives.statementsSummary", { count: files.length }), ...lines],
      };
    }
    return {
      spec: withIncentivePassword(built.spec, built.layout, password || undefined),
      fileName: `${fileStem(`${t("incentives.fileStem")}-${form.start}`)}.xlsx`,
      summary: [
        t("incentives.summary", {
          reps: model.reps.length,
          periods: model.periods.length,
          measures: model.measures.length,
        }),
        ...lines,
      ],
    };
  };

  const prepare = (): Prepared | null => {
    if (!validation.ok || crmIssues.length) return null;
    if (exportPay?.ok) return fromExport(exportPay);
    const crm = crmUse ? fromCrm(crmUse, validation.plan, validation.model) : null;
    const model = crm ? crm.actuals.model : validation.model;
    if (output === "perRep" && model.reps.length) {
      // Private files: each rep's statement alone, as `sales-kit incentives --statements` writes them.
      const files = repStatementWorkbooks({
        model,
        locale: form.sheetLocale,
        ...(crm ? { deals: crm.actuals.statementDeals } : {}),
      }).map((f) => ({
        fileName: f.fileName,
        spec: f.spec,
      }));
      return {
        spec: files[0].spec,
        fileName: files[0].fileName,
        files,
        zipName: `${fileStem(`${t("incentives.statementsStem")}-${form.start}`)}.zip`,
        summary: [t("incentives.statementsSummary", { count: files.length })],
      };
    }
    const options = {
      locale: form.sheetLocale,
      ...(password ? { password } : {}),
      ...(crm ? { actualFormulas: crm.actuals.formulas, statementDeals: crm.actuals.statementDeals } : {}),
    };
    const { spec: team, layout } = generateIncentiveWorkbook(model, options);
    let spec = team;
    const crmLines: string[] = [];
    if (crm && crmUse) {
      // The reconciliation of the data table with the pay, by formula, as `incentives --crm` writes it.
      const name = crmCommissionTexts(crmUse.locale).sheet;
      const sheet = buildCrmCommissionSheet(name, {
        actuals: crm.actuals,
        data: crmUse.layout,
        calc: layout.calc,
        calcSheet: layout.sheets.calculation,
        locale: crmUse.locale,
      }).toSheet({ tabColor: "#7F7F7F", print: { orientation: "landscape", fitToWidth: true } });
      spec = { ...team, sheets: [...team.sheets, sheet] };
      crmLines.push(...crm.lines);
      if (crm.actuals.outside.length)
        crmLines.push(t("incentives.crm.outside", { count: crm.actuals.outside.length, sheet: name }));
    }
    // A large team's sheets make their rows on demand: the download worker makes them from these.
    const append = spec.sheets.slice(team.sheets.length);
    return {
      spec: withRecipe(spec, { kind: "incentives", model, options, append }),
      fileName: `${fileStem(`${t("incentives.fileStem")}-${form.start}`)}.xlsx`,
      summary: [
        t("incentives.summary", {
          reps: model.reps.length,
          periods: model.periods.length,
          measures: model.measures.length,
        }),
        ...crmLines,
      ],
    };
  };

  const choice = (labelKey: Parameters<typeof t>[0]) => t(labelKey);

  return (
    <FormView id="incentives" title={t("incentives.title")} intro={t("incentives.intro")}>
      <RosterSource id="incentives-roster" />
      <Section id="incentives-plan" title={t("incentives.section.plan")}>
        <FieldRow>
          {input("name", t("incentives.name"), form.name, (v) => set("name", v))}
          <ChoiceField
            label={t("form.sheetLanguage")}
            value={form.sheetLocale}
            choices={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => set("sheetLocale", v as IncentiveFormState["sheetLocale"])}
          />
          {input("currency", t("form.currency"), form.currency, (v) => set("currency", v))}
        </FieldRow>
        <FieldRow>
          {input(
            "period.start",
            t("incentives.start"),
            form.start,
            (v) => set("start", v),
            t("incentives.startHint"),
          )}
          {input(
            "period.months",
            t("incentives.months"),
            form.months,
            (v) => set("months", v),
            undefined,
            COUNT,
          )}
          <ChoiceField
            label={t("incentives.payFrequency")}
            value={form.payFrequency}
            error={fields.error("payFrequency")}
            choices={PAY_FREQUENCIES.map((f) => ({ value: f, label: choice(`incentives.frequency.${f}`) }))}
            onChange={(v) => set("payFrequency", v as IncentiveFormState["payFrequency"])}
          />
          <ChoiceField
            label={t("incentives.basis")}
            value={form.basis}
            choices={[
              { value: "bookings", label: t("incentives.basis.bookings") },
              { value: "collections", label: t("incentives.basis.collections") },
            ]}
            onChange={(v) => set("basis", v as IncentiveFormState["basis"])}
          />
        </FieldRow>
        <FieldRow>
          {input(
            "targetIncentive",
            t("incentives.targetIncentive"),
            form.targetIncentive,
            (v) => set("targetIncentive", v),
            t("form.optional"),
            MONEY,
          )}
        </FieldRow>
      </Section>
      <Section id="incentives-measures" title={t("incentives.section.measures")}>
        <GroupError group={t("incentives.section.measures")} message={fields.error("measures")} />
        <Caption1 data-testid="incentives-crm">
          {browser && exportFile.file
            ? t("incentives.crm.exportLoaded", {
                file: exportFile.label,
                rows: exportFile.file.table.rows.length,
                columns: exportFile.file.table.header.length,
              })
            : crmTable.status === "found"
              ? t("incentives.crm.found", { table: crmTable.data.table, sheet: crmTable.data.sheet })
              : crmTable.status === "failed"
                ? t("incentives.crm.failed", { reason: crmTable.reason })
                : t(`incentives.crm.${crmTable.status}`)}
        </Caption1>
        {browser && (
          <>
            <FileInput
              id="incentives-crm-export"
              label={t("incentives.crm.exportFile")}
              accept=".csv,.tsv,.txt,.xlsx,text/csv"
              disabled={exportFile.busy}
              onFile={chooseExport}
            />
            <FileInput
              id="incentives-crm-mapping"
              label={t("incentives.crm.mappingFile")}
              accept=".json,application/json"
              disabled={mappingFile.busy}
              onFile={(file) => (file ? chooseMapping(file) : clearMapping())}
            />
          </>
        )}
        {form.measures.map((m, i) => (
          <FieldGroup key={i} legend={t("incentives.measure", { n: i + 1, name: m.name })}>
            <FieldRow>
              {input(`measure.${i}.name`, t("incentives.measureName"), m.name, (v) =>
                setMeasure(i, { name: v }),
              )}
              {input(
                `measure.${i}.quota`,
                t("incentives.quota"),
                m.quota,
                (v) => setMeasure(i, { quota: v }),
                t("incentives.quotaHint"),
                MONEY,
              )}
              <ChoiceField
                label={t("incentives.tiersOn")}
                value={m.on}
                choices={[
                  { value: "amount", label: t("incentives.on.amount") },
                  { value: "attainment", label: t("incentives.on.attainment") },
                ]}
                onChange={(v) => setMeasure(i, { on: v as MeasureRow["on"] })}
              />
              <ChoiceField
                label={t("incentives.method")}
                hint={t(
                  m.method === "marginal" ? "incentives.method.marginalHint" : "incentives.method.retroHint",
                )}
                value={m.method}
                choices={[
                  { value: "marginal", label: t("incentives.method.marginal") },
                  { value: "retro", label: t("incentives.method.retro") },
                ]}
                onChange={(v) => setMeasure(i, { method: v as MeasureRow["method"] })}
              />
              {(crmData || browser) && (
                <ChoiceField
                  label={t("incentives.crm.actuals")}
                  value={m.crm ?? "typed"}
                  choices={(["typed", "amount", "collected"] as const).map((v) => ({
                    value: v,
                    label: t(
                      browser && v !== "typed"
                        ? (`incentives.crm.export.${v}` as const)
                        : (`incentives.crm.${v}` as const),
                    ),
                  }))}
                  onChange={(v) =>
                    setMeasure(i, { crm: v === "typed" ? undefined : (v as MeasureRow["crm"]) })
                  }
                />
              )}
            </FieldRow>
            {m.byRole ? (
              // The role tables are edited with the other advanced mechanics.
              <Caption1>{t("incentives.byRoleNote")}</Caption1>
            ) : (
              <>
                <GroupError
                  group={t("incentives.measure", { n: i + 1, name: m.name })}
                  message={fields.error(`measure.${i}.tiers`)}
                />
                {m.tiers.map((tier, k) => (
                  <div
                    key={k}
                    className={styles.tier}
                    role="group"
                    aria-label={t("incentives.tier", { n: k + 1 })}
                  >
                    {input(
                      `measure.${i}.tier.${k}.from`,
                      t(m.on === "amount" ? "incentives.tierFromAmount" : "incentives.tierFromAttainment", {
                        n: k + 1,
                      }),
                      tier.from,
                      (v) =>
                        setMeasure(i, { tiers: m.tiers.map((x, j) => (j === k ? { ...x, from: v } : x)) }),
                      undefined,
                      tierFromSpec(m.on),
                    )}
                    {input(
                      `measure.${i}.tier.${k}.rate`,
                      t("incentives.tierRate", { n: k + 1 }),
                      tier.rate,
                      (v) =>
                        setMeasure(i, { tiers: m.tiers.map((x, j) => (j === k ? { ...x, rate: v } : x)) }),
                      undefined,
                      TIER_RATE,
                    )}
                    <Button
                      aria-label={t("incentives.removeTier", { n: k + 1 })}
                      disabled={m.tiers.length <= 1}
                      onClick={() => setMeasure(i, { tiers: m.tiers.filter((_x, j) => j !== k) })}
                    >
                      −
                    </Button>
                  </div>
                ))}
              </>
            )}
            <FieldRow>
              <Button
                disabled={m.byRole || m.tiers.length >= MAX_TIERS}
                onClick={() => setMeasure(i, { tiers: [...m.tiers, { from: "", rate: "" }] })}
              >
                {t("incentives.addTier")}
              </Button>
              {form.measures.length > 1 && (
                <Button
                  onClick={() =>
                    set(
                      "measures",
                      form.measures.filter((_x, j) => j !== i),
                    )
                  }
                >
                  {t("incentives.removeMeasure")}
                </Button>
              )}
            </FieldRow>
          </FieldGroup>
        ))}
        <div>
          <Button
            disabled={form.measures.length >= MAX_MEASURES}
            onClick={() => set("measures", [...form.measures, { ...defaultMeasure(text.locale), name: "" }])}
          >
            {t("incentives.addMeasure")}
          </Button>
        </div>
        <CheckField
          label={t("incentives.allowRatesAbove100")}
          checked={form.allowRatesAbove100}
          onChange={(v) => set("allowRatesAbove100", v)}
        />
      </Section>
      <WorkedExampleView example={example} currency={form.currency} />
      <Section id="incentives-extras" title={t("incentives.section.extras")}>
        <FieldRow>
          {input(
            "draw",
            t("incentives.draw"),
            form.draw,
            (v) => set("draw", v),
            t("incentives.drawHint"),
            MONEY,
          )}
        </FieldRow>
        {form.draw.trim() !== "" && (
          <CheckField
            label={t("incentives.drawRecoverable")}
            checked={form.drawRecoverable}
            onChange={(v) => set("drawRecoverable", v)}
          />
        )}
        <FieldRow>
          {input(
            "bestRep.title",
            t("incentives.bestRep"),
            form.bestRepTitle,
            (v) => set("bestRepTitle", v),
            t("form.optional"),
          )}
          {input(
            "bestRep.bonus",
            t("incentives.bestRepBonus"),
            form.bestRepBonus,
            (v) => set("bestRepBonus", v),
            undefined,
            MONEY,
          )}
          {form.bestRepTitle.trim() !== "" && (
            <ChoiceField
              label={t("incentives.bestRepTie")}
              value={form.bestRepTie}
              choices={(["share", "all", "first"] as const).map((v) => ({
                value: v,
                label: t(`incentives.tie.${v}`),
              }))}
              onChange={(v) => set("bestRepTie", v as IncentiveFormState["bestRepTie"])}
            />
          )}
        </FieldRow>
        <FieldRow>
          <ChoiceField
            label={t("incentives.zeroQuota")}
            value={form.zeroQuota}
            choices={(["baseRate", "nothing"] as const).map((v) => ({
              value: v,
              label: t(`incentives.zeroQuota.${v}`),
            }))}
            onChange={(v) => set("zeroQuota", v as IncentiveFormState["zeroQuota"])}
          />
          {input(
            "payableDecimals",
            t("incentives.payableDecimals"),
            form.payableDecimals,
            (v) => set("payableDecimals", v),
            t("incentives.payableDecimalsHint"),
            COUNT,
          )}
        </FieldRow>
      </Section>
      <AdvancedMechanics form={form} setForm={setForm} input={input} fields={fields} />
      <ChoiceField
        label={t("incentives.output")}
        value={output}
        choices={(["team", "perRep"] as const).map((v) => ({ value: v, label: t(`incentives.output.${v}`) }))}
        onChange={(v) => setOutput(v as "team" | "perRep")}
      />
      {output === "team" && <ProtectionPasswordField value={password} onChange={setPassword} />}
      <FormEnd
        kind="incentives"
        form={form}
        defaults={() => defaultIncentiveForm(text.locale, services.today())}
        setForm={setForm}
        saveName={form.name}
        prepare={prepare}
        inputExtra={`${output}|${password}|${crmTable.status}|${exportFile.label}|${exportFile.busy}|${mappingFile.label}|${mappingFile.busy}`}
        issues={crmIssues}
        fields={fields}
      />
    </FormView>
  );
}
