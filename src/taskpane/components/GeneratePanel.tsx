/**
 * The end of every generator form: Preview (what will be created), then Create, with progress,
 * a success line that opens the new sheet (or offers the file again), and an error that says what
 * failed and that nothing was changed. The writing itself goes through the PaneServices writer.
 */
import * as React from "react";
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookSpec } from "../../workbook/spec";
import type { InputIssue } from "../../schemas/errors";
import { translateBoth } from "../../i18n";
import { usePane } from "../pane-context";
import { SheetPreview, previewSpec } from "../preview";
import { HostNote, WriteFailure, WriteResult } from "../services";
import { useText } from "../text";
import { SpecPreview } from "./SpecPreview";
import { errorMessage } from "../error-message";

export interface Prepared {
  readonly spec: WorkbookSpec;
  readonly fileName: string;
  /** Lines shown above the preview (who is left out, what was read ...). */
  readonly summary?: readonly string[];
  /**
   * Runs just before the write: what it throws (a WriteFailure saying nothing was changed) stops
   * the write, as a failed write would.
   */
  readonly beforeWrite?: () => Promise<void>;
  /**
   * Runs once the spec is written, with the write's result; its notes join the result's. A failure
   * here leaves the written sheets as they are and is not the write's: it shows as a note.
   */
  readonly afterWrite?: (result: WriteResult) => Promise<readonly HostNote[]>;
}

export interface GeneratePanelProps {
  /** Validates the form and builds the spec; null when the form has issues (it shows them). */
  readonly prepare: () => Prepared | null;
  /** Changes whenever the input changes: an older preview is then dropped. */
  readonly inputKey: string;
  /** Issues no field claims, listed above the buttons. */
  readonly issues?: readonly InputIssue[];
  readonly id: string;
}

type Phase =
  | { kind: "idle" }
  /** `fraction` null until the writer tells one (a download's build does not): the bar then runs on. */
  | { kind: "writing"; fraction: number | null }
  | { kind: "done"; result: WriteResult }
  | { kind: "failed"; failure: WriteFailure };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function GeneratePanel({ prepare, inputKey, issues = [], id }: GeneratePanelProps) {
  const { t, pick, issue: issueLine, locale } = useText();
  const { services } = usePane();
  const styles = useStyles();
  const [prepared, setPrepared] = React.useState<{ prepared: Prepared; sheets: SheetPreview[] } | null>(null);
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const [prepareError, setPrepareError] = React.useState<string | null>(null);
  const writing = phase.kind === "writing";

  // A preview belongs to the input it was made from.
  React.useEffect(() => {
    setPrepared(null);
    setPrepareError(null);
  }, [inputKey]);

  const onPreview = () => {
    setPhase({ kind: "idle" });
    setPrepareError(null);
    try {
      const p = prepare();
      setPrepared(p ? { prepared: p, sheets: previewSpec(p.spec) } : null);
    } catch (error) {
      setPrepared(null);
      setPrepareError(errorMessage(error));
    }
  };

  const onCreate = async () => {
    if (!prepared) return;
    setPhase({ kind: "writing", fraction: null });
    try {
      await prepared.prepared.beforeWrite?.();
      const result = await services.writer.write(prepared.prepared.spec, {
        fileName: prepared.prepared.fileName,
        onProgress: (fraction) => setPhase({ kind: "writing", fraction }),
      });
      const after = prepared.prepared.afterWrite;
      const notes = after
        ? await after(result).catch((error: unknown): readonly HostNote[] => [
            translateBoth("write.afterFailed", {
              reason: errorMessage(error),
            }),
          ])
        : [];
      setPhase({
        kind: "done",
        result: notes.length ? { ...result, notes: [...result.notes, ...notes] } : result,
      });
    } catch (error) {
      const failure = error instanceof WriteFailure ? error : new WriteFailure(errorMessage(error), true);
      setPhase({ kind: "failed", failure });
    }
  };

  const openSheet = async (name: string) => {
    try {
      await services.workbook?.activateSheet(name);
    } catch {
      // The sheet was renamed or deleted since: nothing to open.
    }
  };

  return (
    <div className={styles.root}>
      {issues.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("form.issues")}</MessageBarTitle>
            <ul className={styles.list}>
              {issues.map((i, k) => (
                <li key={k}>{issueLine(i)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button onClick={onPreview} disabled={writing}>
          {t("action.preview")}
        </Button>
        <Button appearance="primary" onClick={() => void onCreate()} disabled={!prepared || writing}>
          {services.mode === "excel" ? t("action.create") : t("action.download")}
        </Button>
      </div>
      {prepareError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("preview.failed")}</MessageBarTitle>
            {prepareError}
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared && (
        <>
          {prepared.prepared.summary?.length ? (
            <ul className={styles.list}>
              {prepared.prepared.summary.map((line, k) => (
                <li key={k}>{line}</li>
              ))}
            </ul>
          ) : null}
          <SpecPreview sheets={prepared.sheets} id={`${id}-preview`} />
        </>
      )}
      <div aria-live="polite">
        {phase.kind === "writing" && (
          <Field
            label={services.mode === "excel" ? t("write.writing") : t("write.building")}
            validationState="none"
            validationMessage={
              phase.fraction === null
                ? undefined
                : t("write.percent", { percent: Math.round(phase.fraction * 100) })
            }
          >
            <ProgressBar value={phase.fraction ?? undefined} max={1} />
          </Field>
        )}
        {phase.kind === "done" && (
          <MessageBar intent="success" layout="multiline" data-testid="write-success">
            <MessageBarBody>
              <MessageBarTitle>
                {phase.result.file
                  ? t("write.downloaded", { file: phase.result.file.name })
                  : t("write.created", { count: phase.result.sheets.length })}
              </MessageBarTitle>
              {t("write.sheets", { sheets: phase.result.sheets.join(locale === "zh-CN" ? "、" : ", ") })}{" "}
              {phase.result.file ? (
                <Link href={phase.result.file.url} download={phase.result.file.name}>
                  {t("write.downloadAgain")}
                </Link>
              ) : phase.result.activate ? (
                <Link onClick={() => void openSheet(phase.result.activate!)}>
                  {t("write.open", { sheet: phase.result.activate })}
                </Link>
              ) : null}
              {phase.result.notes.length > 0 && (
                <ul className={styles.list}>
                  {phase.result.notes.map((n, k) => (
                    <li key={k}>{pick(n)}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {phase.kind === "failed" && (
          <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="write-error">
            <MessageBarBody>
              <MessageBarTitle>{t("write.failed")}</MessageBarTitle>
              {phase.failure.reason}{" "}
              {phase.failure.restored
                ? services.mode === "excel"
                  ? t("write.unchanged")
                  : t("write.notDownloaded")
                : t("write.leftBehind", { names: phase.failure.leftBehind.join(", ") })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
