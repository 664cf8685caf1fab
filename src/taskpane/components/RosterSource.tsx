/**
 * Where the team roster comes from, shared by every generator: the selected range or a table of
 * the workbook (inside Excel), a CSV file, or rows pasted from a sheet. Shows what was read, or
 * each problem with its row.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../pane-context";
import { FieldGroup } from "./layout";
import { rosterFromFile, rosterFromGrid, rosterFromText } from "../roster-input";
import type { TableInfo } from "../services";
import { useText } from "../text";
import { errorMessage } from "../error-message";
import { FileInput } from "./FileInput";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function RosterSource({ id, optional = false }: { id: string; optional?: boolean }) {
  const { t, issue, locale } = useText();
  const { services, roster, setRoster } = usePane();
  const styles = useStyles();
  const [pasted, setPasted] = React.useState("");
  const [tables, setTables] = React.useState<TableInfo[] | null>(null);
  const [table, setTable] = React.useState<string>("");
  const [busy, setBusy] = React.useState(false);
  const [readError, setReadError] = React.useState<string | null>(null);
  const workbook = services.workbook;

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setReadError(null);
    try {
      await task();
    } catch (error) {
      setReadError(errorMessage(error, locale));
    } finally {
      setBusy(false);
    }
  };

  const fromSelection = () =>
    run(async () => {
      const sel = await workbook!.readSelection();
      setRoster(rosterFromGrid(sel.values, sel.address));
    });
  const findTables = () =>
    run(async () => {
      const list = await workbook!.listTables();
      setTables(list);
      if (list.length) setTable(list[0].name);
    });
  const fromTable = () =>
    run(async () => {
      setRoster(rosterFromGrid(await workbook!.readTable(table), table));
    });
  const onFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      setRoster(await rosterFromFile(file, file.name));
    });
  };
  const teams = new Set(roster.reps.map((r) => r.team)).size;

  return (
    <FieldGroup
      legend={optional ? t("roster.titleOptional") : t("roster.title")}
      describedBy={`${id}-status`}
    >
      <Caption1>{t("roster.hint")}</Caption1>
      {workbook && (
        <div className={styles.row}>
          <Button onClick={() => void fromSelection()} disabled={busy}>
            {t("roster.fromSelection")}
          </Button>
          {tables === null ? (
            <Button onClick={() => void findTables()} disabled={busy}>
              {t("roster.findTables")}
            </Button>
          ) : tables.length === 0 ? (
            <Caption1>{t("roster.noTables")}</Caption1>
          ) : (
            <>
              <Field label={t("roster.table")}>
                <Dropdown
                  value={table}
                  selectedOptions={[table]}
                  onOptionSelect={(_e, d) => d.optionValue && setTable(d.optionValue)}
                >
                  {tables.map((tb) => (
                    <Option key={tb.name} value={tb.name} text={tb.name}>
                      {`${tb.name} (${tb.sheet})`}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Button onClick={() => void fromTable()} disabled={busy || !table}>
                {t("roster.useTable")}
              </Button>
            </>
          )}
        </div>
      )}
      <FileInput
        id={`${id}-file`}
        label={t("roster.file")}
        accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={onFile}
      />
      <Field label={t("roster.paste")} hint={t("roster.pasteHint")}>
        <Textarea value={pasted} rows={3} resize="vertical" onChange={(_e, d) => setPasted(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          onClick={() => setRoster(rosterFromText(pasted, t("roster.pastedLabel")))}
          disabled={!pasted.trim()}
        >
          {t("roster.usePasted")}
        </Button>
      </div>
      <div id={`${id}-status`} aria-live="polite">
        {readError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("roster.readFailed", { reason: readError })}</MessageBarBody>
          </MessageBar>
        )}
        {roster.reps.length > 0 && (
          <MessageBar intent="success" data-testid="roster-status" layout="multiline">
            <MessageBarBody>
              {t("roster.loaded", { count: roster.reps.length, teams, source: roster.label })}
            </MessageBarBody>
          </MessageBar>
        )}
        {roster.issues.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("roster.problems", { source: roster.label })}</MessageBarTitle>
              <ul className={styles.list}>
                {roster.issues.slice(0, 20).map((i, k) => (
                  <li key={k}>{issue(i)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {!optional && roster.reps.length === 0 && roster.issues.length === 0 && (
          <Caption1>{t("roster.none")}</Caption1>
        )}
      </div>
    </FieldGroup>
  );
}
