/**
 * The CRM import form: an export (CSV or .xlsx file, or a range or table of the workbook), how its
 * columns are read (a recognised profile, or the user's mapping), the KPI periods and as-of date,
 * and in Excel a goal sheet of the workbook to link to; then the import report, preview and create.
 */
import * as React from "react";
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { LANGUAGE_NAMES, LOCALES, translateBoth } from "../../../i18n";
import {
  CrmTable,
  goalKpiPeriods,
  goalTargetLinks,
  importCrm,
  importSummary,
  looksLikeHeader,
  mappingStep,
  parsePeriods,
} from "../../../generators/crm";
import { goalLayout } from "../../../generators/goals";
import type { InputIssue } from "../../../schemas/errors";
import { CheckField, ChoiceField, GroupError, TextField, useFieldIssues } from "../../components/fields";
import { FormEnd } from "../../components/FormEnd";
import type { Prepared } from "../../components/GeneratePanel";
import { FieldGroup, FieldRow, FormView, Section } from "../../components/layout";
import { RosterSource } from "../../components/RosterSource";
import { usePane, useRemembered } from "../../pane-context";
import { MAX_EXPORT_BYTES, readFileBytes } from "../../roster-input";
import { useText } from "../../text";
import { fileStem, parseListText } from "../form-values";
import {
  CRM_FIELD_KEYS,
  CrmFormState,
  CrmMappingState,
  crmTableFromGrid,
  defaultCrmForm,
  mappingFromStep,
  recognition,
  validateCrmForm,
} from "./crm-form";
import { GOAL_FIELD, checkGoalSheet, completeGoalLink, goalSummary } from "./goal-link";
import { useGoalSheet } from "./use-goal-sheet";
import { useHistorySheet } from "./use-history-sheet";
import { ImportTargetChoice } from "./ImportTargetChoice";
import { ImportTarget, planReimport, swapAfterWrite, useEarlierImport } from "./reimport";
import { errorTexts } from "../../error-message";
import type { WriteResult } from "../../services";
import { FileInput } from "../../components/FileInput";

interface LoadedTable {
  readonly table: CrmTable | null;
  readonly label: string;
  readonly error: { en: string; zh: string } | null;
  readonly warnings: readonly { row?: number; en: string; zh: string }[];
}

const NO_TABLE: LoadedTable = { table: null, label: "", error: null, warnings: [] };

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function CrmImportForm() {
  const text = useText();
  const { t, pick } = text;
  const { services, roster } = usePane();
  const styles = useStyles();
  const [form, setForm] = useRemembered<CrmFormState>("crm", () =>
    defaultCrmForm(text.locale, services.today()),
  );
  const [loaded, setLoaded] = useRemembered<LoadedTable>("crm.table", () => NO_TABLE);
  const [importIssues, setImportIssues] = React.useState<readonly InputIssue[]>([]);
  const [busy, setBusy] = React.useState(false);
  const goal = useGoalSheet(form.goalPlan);
  const history = useHistorySheet();
  const earlierState = useEarlierImport(history.generation);
  const previous =
    earlierState.kind === "found" && services.workbook?.swapTableRows ? earlierState.earlier : null;
  const target: ImportTarget = form.target ?? "update";
  const validation = React.useMemo(() => validateCrmForm(form, loaded.table), [form, loaded.table]);
  const fieldIssues = React.useMemo(
    () => [...(validation.ok ? [] : validation.issues), ...goal.issues],
    [validation, goal.issues],
  );
  const fields = useFieldIssues(fieldIssues, CRM_FIELD_KEYS);
  const rec = React.useMemo(
    () => (loaded.table ? recognition(loaded.table, form) : null),
    [loaded.table, form],
  );
  const step = React.useMemo(() => (loaded.table ? mappingStep(loaded.table) : null), [loaded.table]);
  const set = <K extends keyof CrmFormState>(key: K, value: CrmFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setMapping = (patch: Partial<CrmMappingState>) =>
    setForm((f) => ({ ...f, useMapping: true, mapping: { ...f.mapping, ...patch } }));

  const acceptTable = (table: CrmTable | null, label: string, warnings: LoadedTable["warnings"] = []) => {
    setLoaded({ table, label, error: null, warnings });
    setImportIssues([]);
    if (!table) return;
    // No profile knows the export: start the mapping from the columns whose names fit.
    const first = recognition(table, { ...form, useMapping: false });
    setForm((f) => ({
      ...f,
      useMapping: !first.ok,
      mapping: first.ok ? f.mapping : mappingFromStep(first.step),
    }));
  };

  const onFile = (file: File | undefined) => {
    if (!file) return;
    // The CLI's cap on exports: a larger file is refused before a byte is read.
    if (file.size > MAX_EXPORT_BYTES) {
      const mb = (n: number) => Math.ceil(n / 1024 / 1024);
      setLoaded({
        ...NO_TABLE,
        label: file.name,
        error: {
          en: `${file.name} is ${mb(file.size)} MB; exports of at most ${mb(MAX_EXPORT_BYTES)} MB are read (export fewer rows or columns)`,
          zh: `${file.name} 大小为 ${mb(file.size)} MB；导出文件最多读取 ${mb(MAX_EXPORT_BYTES)} MB（请减少导出的行或列）`,
        },
      });
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        const { readTable } = await import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/read-table");
        const result = await readTable(await readFileBytes(file), {
          fileName: file.name,
          isHeader: looksLikeHeader,
        });
        if (result.ok) acceptTable(result.table, file.name, result.table.warnings);
        else setLoaded({ ...NO_TABLE, label: file.name, error: result.error });
      } catch (error) {
        setLoaded({ ...NO_TABLE, label: file.name, error: errorTexts(error) });
      } finally {
        setBusy(false);
      }
    })();
  };
  const fromWorkbook = (
    read: () => Promise<{ label: string; grid: Parameters<typeof crmTableFromGrid>[0] }>,
  ) => {
    setBusy(true);
    void (async () => {
      try {
        const { label, grid } = await read();
        acceptTable(crmTableFromGrid(grid), label);
      } catch (error) {
        setLoaded({ ...NO_TABLE, error: errorTexts(error) });
      } finally {
        setBusy(false);
      }
    })();
  };

  const prepare = (): Prepared | null => {
    setImportIssues([]);
    if (!validation.ok || !loaded.table || goal.issues.length) return null;
    // The workbook's history is appended to: not known yet, or unreadable, nothing to build.
    const earlier = history.state;
    if (earlier.kind === "reading" || earlier.kind === "unreadable") return null;
    const { options } = validation;
    const linked = goal.chosen;
    // With a goal sheet and no periods typed: the goal period and its months, as the CLI does.
    const periods =
      options.periods.length || !linked ? parsePeriods(options.periods).periods : goalKpiPeriods(linked.plan);
    const result = importCrm(loaded.table, roster.reps, {
      locale: form.sheetLocale,
      asOf: options.asOf,
      periods,
      file: loaded.label,
      ...(earlier.kind === "found" ? { history: earlier.rows } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
      ...(linked
        ? {
            goalLinks: goalTargetLinks(linked.plan, goalLayout(linked.plan, linked.plan.locale), {
              sheet: linked.sheet,
            }),
          }
        : {}),
    });
    if (!result.ok) {
      setImportIssues(result.issues);
      if (result.step && !form.useMapping)
        setForm((f) => ({ ...f, useMapping: true, mapping: mappingFromStep(result.step!) }));
      return null;
    }
    const s = importSummary(result.imported);
    const summary = [
      t("crm.summary", {
        read: s.rowsRead,
        imported: s.rowsImported,
        rejected: s.rowsRejected,
        warnings: s.warnings,
      }),
    ];
    if (s.unknownOwners) summary.push(t("crm.unknownOwners", { count: s.unknownOwners }));
    summary.push(t("crm.periods", { periods: result.workbook.periods.map((p) => p.label).join(", ") }));
    const { kpi } = result.workbook;
    let spec = result.workbook.spec;
    // A workbook with an earlier import: its table updated in place unless the user chose a new one.
    const plan =
      previous && target === "update"
        ? planReimport(
            result.workbook,
            previous,
            t("crm.stagingSheet"),
            form.sheetLocale,
            earlier.kind === "found" ? earlier.sheet : undefined,
          )
        : null;
    if (plan?.kind === "new" && plan.reason) summary.push(t(plan.reason, { table: previous!.table }));
    const update = plan?.kind === "update" ? plan : null;
    if (update) {
      spec = update.spec;
      summary.push(
        t("crm.update.plan", {
          table: previous!.table,
          sheet: previous!.sheet,
          rows: update.records,
          before: previous!.rows,
        }),
      );
    }
    const access = goal.access;
    let link: Pick<Prepared, "beforeWrite" | "afterWrite"> = {};
    // An update keeps the earlier import's KPI sheet, and with it the goal link it has.
    if (linked && access && !update) {
      const pending = {
        choice: linked,
        kpi,
        kpiIndex: spec.sheets.findIndex((s) => s.name === kpi.sheet),
        fillActuals: form.fillActuals,
      };
      summary.push(...goalSummary(linked, kpi, form.fillActuals, text.locale));
      link = {
        beforeWrite: () => checkGoalSheet(access, linked, text.locale),
        afterWrite: (written) => completeGoalLink(access, pending, written),
      };
    }
    let afterWrite = link.afterWrite;
    if (earlier.kind === "found" && history.access) {
      const access = history.access;
      const reread = history.reread;
      const old = earlier.sheet;
      const historyIndex = spec.sheets.findIndex((s) => s.name === result.workbook.history.sheet);
      const historySpec = spec;
      // Snapshots before this import's: an import run again the same day replaces its first run.
      const count = new Set(result.workbook.historyRows.map((r) => r.date)).size - 1;
      summary.push(t("crm.history.appends", { sheet: old, count }));
      const linkAfter = link.afterWrite;
      // The fresh history sheet is written beside the old one (the host gives it a free name), so a
      // failed or cancelled write leaves the old one as it was; then one request deletes the old
      // sheet and gives the fresh one its name. Should that fail, both sheets stay.
      afterWrite = async (written) => {
        try {
          const notes = linkAfter ? [...(await linkAfter(written))] : [];
          const fresh = historySpec === spec ? written.sheets[historyIndex] : undefined;
          // An update in place replaces the history in its own request (swapAfterWrite).
          if (fresh && fresh !== old && !update) await access.replaceSheet(old, fresh);
          notes.push(translateBoth("crm.history.appended", { sheet: old, count }));
          return notes;
        } finally {
          reread();
        }
      };
    } else if (history.access) {
      const reread = history.reread;
      const linkAfter = link.afterWrite;
      afterWrite = async (written) => {
        reread();
        return linkAfter ? linkAfter(written) : [];
      };
    }
    let shown: Pick<WriteResult, "sheets" | "activate"> | null = null;
    if (update && previous && services.workbook) {
      const workbook = services.workbook;
      const then = afterWrite;
      // The staged write activates a staged sheet: a refused update puts back the one the user had.
      let activeBefore: string | null = null;
      link = {
        beforeWrite: async () => {
          activeBefore = (await workbook.activeSheet?.().catch(() => null)) ?? null;
        },
      };
      afterWrite = (written) =>
        swapAfterWrite(
          workbook,
          previous,
          update,
          written,
          async (w) => (then ? [...(await then(w))] : []),
          (sheets) => (shown = sheets),
          activeBefore,
        );
    }
    return {
      spec,
      fileName: `${fileStem(`${t("crm.fileStem")}-${loaded.label.replace(/\.[^.]+$/, "")}`)}.xlsx`,
      summary,
      ...link,
      ...(afterWrite ? { afterWrite } : {}),
      ...(update ? { shownSheets: () => shown } : {}),
    };
  };

  const workbook = services.workbook;
  const headers = step?.headers ?? [];
  const showMapping = loaded.table !== null && (form.useMapping || (rec !== null && !rec.ok));

  return (
    <FormView id="crm" title={t("crm.title")} intro={t("crm.intro")}>
      <FieldGroup legend={t("crm.section.source")}>
        <Caption1>{t("crm.sourceHint")}</Caption1>
        <FileInput
          id="crm-file"
          label={t("crm.file")}
          accept=".csv,.tsv,.txt,.xlsx,text/csv"
          disabled={busy}
          onFile={onFile}
        />
        {workbook && (
          <div className={styles.row}>
            <Button
              disabled={busy}
              onClick={() =>
                fromWorkbook(async () => {
                  const sel = await workbook.readSelection();
                  return { label: sel.address, grid: sel.values };
                })
              }
            >
              {t("crm.fromSelection")}
            </Button>
          </div>
        )}
        <div aria-live="polite">
          <GroupError group={t("crm.section.source")} message={fields.error("source")} />
          {loaded.error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{pick(loaded.error)}</MessageBarBody>
            </MessageBar>
          )}
          {loaded.table && (
            <MessageBar intent={rec?.ok ? "success" : "warning"} data-testid="crm-status" layout="multiline">
              <MessageBarBody>
                {t("crm.loaded", {
                  rows: loaded.table.rows.length,
                  columns: loaded.table.header.length,
                  source: loaded.label,
                })}{" "}
                {rec?.ok
                  ? t(rec.mapping.source === "profile" ? "crm.recognised" : "crm.mapped", {
                      profile: pick(rec.mapping.profile.name),
                    })
                  : t("crm.needsMapping")}
              </MessageBarBody>
            </MessageBar>
          )}
          {loaded.warnings.length > 0 && (
            <ul className={styles.list}>
              {loaded.warnings.slice(0, 5).map((w, k) => (
                <li key={k}>
                  {w.row !== undefined ? t("issue.atRow", { row: w.row, text: pick(w) }) : pick(w)}
                </li>
              ))}
            </ul>
          )}
        </div>
        {loaded.table && !showMapping && (
          <div>
            <Button
              onClick={() =>
                setForm((f) => ({
                  ...f,
                  useMapping: true,
                  mapping: {
                    ...f.mapping,
                    columns: rec?.ok
                      ? Object.fromEntries(
                          Object.entries(rec.mapping.columns).map(([k, b]) => [k, b!.header]),
                        )
                      : {},
                  },
                }))
              }
            >
              {t("crm.setColumns")}
            </Button>
          </div>
        )}
      </FieldGroup>
      {showMapping && step && (
        <FieldGroup legend={t("crm.section.mapping")} testId="crm-mapping">
          <Caption1>{t("crm.mappingHint")}</Caption1>
          <GroupError group={t("crm.section.mapping")} message={fields.error("mapping")} />
          {rec && !rec.ok && rec.issues.length > 0 && (
            <ul className={styles.list}>
              {rec.issues.map((i, k) => (
                <li key={k}>{pick(i)}</li>
              ))}
            </ul>
          )}
          <FieldRow>
            {step.fields.map((f) => (
              <ChoiceField
                key={f.field}
                label={pick(f.label)}
                required={f.required}
                value={form.mapping.columns[f.field] ?? ""}
                choices={[
                  { value: "", label: t("crm.noColumn") },
                  ...headers.map((h, i) => ({
                    value: h,
                    label: step.samples[i]?.length ? `${h} (${step.samples[i].slice(0, 2).join(", ")})` : h,
                  })),
                ]}
                onChange={(v) => setMapping({ columns: { ...form.mapping.columns, [f.field]: v } })}
              />
            ))}
          </FieldRow>
          <FieldRow>
            <ChoiceField
              label={t("crm.dateOrder")}
              value={form.mapping.dateOrder}
              error={fields.error("mapping.dateOrder")}
              choices={[
                { value: "", label: t("crm.dateOrder.auto") },
                { value: "mdy", label: t("crm.dateOrder.mdy") },
                { value: "dmy", label: t("crm.dateOrder.dmy") },
              ]}
              onChange={(v) => setMapping({ dateOrder: v as CrmMappingState["dateOrder"] })}
            />
            <TextField
              label={t("crm.won")}
              hint={t("crm.wordsHint")}
              value={form.mapping.won}
              onChange={(v) => setMapping({ won: v })}
              error={fields.error("mapping.won")}
            />
            <TextField
              label={t("crm.lost")}
              hint={t("crm.wordsHint")}
              value={form.mapping.lost}
              onChange={(v) => setMapping({ lost: v })}
              error={fields.error("mapping.lost")}
            />
            <TextField
              label={t("crm.stageOrder")}
              hint={t("crm.stageOrderHint")}
              value={form.mapping.stageOrder}
              onChange={(v) => setMapping({ stageOrder: v })}
              error={fields.error("mapping.stageOrder")}
            />
          </FieldRow>
          <CheckField
            label={t("crm.decimalComma")}
            checked={form.mapping.decimalComma}
            onChange={(v) => setMapping({ decimalComma: v })}
          />
        </FieldGroup>
      )}
      {previous && (
        <FieldGroup legend={t("crm.section.target")}>
          <ImportTargetChoice table={previous.table} value={target} onChange={(v) => set("target", v)} />
        </FieldGroup>
      )}
      <RosterSource id="crm-roster" optional />
      {goal.access && (
        <Section id="crm-goal" title={t("crm.section.goal")}>
          <Caption1>{t("crm.goal.hint")}</Caption1>
          <FieldRow>
            <ChoiceField
              label={t("crm.goalSheet")}
              value={form.goalPlan}
              error={fields.error(GOAL_FIELD)}
              choices={[
                { value: "", label: t("crm.goal.none") },
                ...(goal.choices ?? []).map((c) => ({
                  value: c.planName,
                  // Settings the goal form recorded carry the sheet's own name: no need to say it twice.
                  label:
                    c.planName === c.sheet
                      ? c.sheet
                      : t("crm.goal.choice", { sheet: c.sheet, plan: c.planName }),
                })),
              ]}
              onChange={(v) => {
                // Choosing a goal sheet turns the actuals link on; the check's result shows at once.
                setForm((f) => ({ ...f, goalPlan: v, fillActuals: v ? true : f.fillActuals }));
                fields.touch(GOAL_FIELD);
              }}
            />
          </FieldRow>
          {goal.choices?.length === 0 && <Caption1>{t("crm.goal.noneFound")}</Caption1>}
          {goal.chosen && (
            <>
              <CheckField
                label={t("crm.goal.fillActuals")}
                checked={form.fillActuals}
                onChange={(v) => set("fillActuals", v)}
              />
              <Caption1 aria-live="polite" data-testid="crm-goal-status">
                {goal.reading
                  ? t("crm.goal.checking", { sheet: goal.chosen.sheet })
                  : goal.match?.kind === "ok"
                    ? t("crm.goal.matches", {
                        sheet: goal.chosen.sheet,
                        reps: goal.chosen.plan.reps.length,
                        metrics: goal.chosen.plan.metrics.length,
                      })
                    : null}
              </Caption1>
            </>
          )}
        </Section>
      )}
      <Section id="crm-options" title={t("crm.section.options")}>
        <FieldRow>
          <TextField
            label={t("crm.periodsLabel")}
            hint={
              goal.chosen
                ? t("crm.periodsHintGoal", { period: goal.chosen.plan.period.label })
                : t("crm.periodsHint")
            }
            value={form.periods}
            onChange={(v) => set("periods", v)}
            onBlur={() => fields.touch("periods")}
            error={fields.error("periods")}
          />
          <TextField
            label={t("crm.asOf")}
            value={form.asOf}
            onChange={(v) => set("asOf", v)}
            onBlur={() => fields.touch("asOf")}
            error={fields.error("asOf")}
          />
          <ChoiceField
            label={t("form.sheetLanguage")}
            value={form.sheetLocale}
            choices={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={(v) => set("sheetLocale", v as CrmFormState["sheetLocale"])}
          />
        </FieldRow>
      </Section>
      <FormEnd
        kind="crm"
        form={form}
        defaults={() => defaultCrmForm(text.locale, services.today())}
        setForm={setForm}
        saveName={parseListText(form.periods)[0] ?? t("crm.title")}
        prepare={prepare}
        fields={fields}
        issues={
          history.state.kind === "unreadable" ? [...history.state.issues, ...importIssues] : importIssues
        }
        inputExtra={`${loaded.label}|${loaded.table?.rows.length ?? 0}|${goal.chosen?.sheet ?? ""}|${history.state.kind}|${history.generation}|${target}|${previous?.table ?? ""}:${previous?.rows ?? ""}`}
      />
    </FormView>
  );
}
