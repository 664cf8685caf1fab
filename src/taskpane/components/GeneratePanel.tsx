/**
 * The end of every generator form: Create (or Download) with the preview of what will be created
 * kept up to date as the form changes, problems listed at the button with focus on the first, progress,
 * a success line that opens the new sheet (or offers the file again), and an error that says what
 * failed and that nothing was changed. The writing itself goes through the PaneServices writer.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookSpec } from "../../workbook/spec";
import type { InputIssue } from "../../schemas/errors";
import { translateBoth } from "../../i18n";
import { usePane } from "../pane-context";
import { SheetPreview, previewSpec } from "../preview";
import { FilesResult, HostNote, OutputFile, WriteFailure, WritePhase, WriteResult } from "../services";
import type { MessageKey } from "../../i18n";
import { useText } from "../text";
import { SpecPreview } from "./SpecPreview";
import { errorMessage } from "../error-message";
import type { FieldIssues } from "./fields";

export interface Prepared {
  /** What is written; with `files`, the first of them, shown in the preview. */
  readonly spec: WorkbookSpec;
  readonly fileName: string;
  /**
   * Several workbooks at once (a review per rep): made by the services' file set, a .zip download
   * or new workbooks in Excel, instead of `spec` into the open workbook.
   */
  readonly files?: readonly OutputFile[];
  /** The .zip's name when `files` are offered as one download. */
  readonly zipName?: string;
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
  /**
   * The sheets to name once afterWrite has run, when it changed them (a CRM update in place deletes
   * the sheet it staged its rows on): the result shown is the write's with these.
   */
  readonly shownSheets?: () => Pick<WriteResult, "sheets" | "activate"> | null;
}

export interface GeneratePanelProps {
  /**
   * Builds the spec from the form as it is; null when the form has issues. It runs as the form
   * changes (for the preview) and again on create, so it must not reveal messages itself.
   */
  readonly prepare: () => Prepared | null;
  /** Changes whenever the input changes: the preview is then built again. */
  readonly inputKey: string;
  /** Issues no field claims that show as they arise (an import's rejected rows). */
  readonly issues?: readonly InputIssue[];
  /** The form's field messages: revealed on create, their unclaimed issues listed at the action. */
  readonly fields?: Pick<FieldIssues, "reveal" | "rest">;
  readonly id: string;
}

type Phase =
  | { kind: "idle" }
  /** `fraction` null until the writer tells one: the bar then runs on. */
  | { kind: "writing"; fraction: number | null; step?: WritePhase; cancelling?: boolean }
  | { kind: "done"; result: WriteResult }
  | { kind: "filesDone"; result: FilesResult }
  | { kind: "failed"; failure: WriteFailure };

/** A field that holds a problem: its label and message, read from the form as rendered. */
interface Invalid {
  readonly control: HTMLElement;
  readonly label: string;
  readonly message: string;
}

const PHASE_KEYS: Readonly<Record<WritePhase, MessageKey>> = {
  checking: "write.phase.checking",
  writing: "write.phase.writing",
  calculating: "write.phase.calculating",
  starting: "write.phase.starting",
  building: "write.phase.building",
  packing: "write.phase.packing",
  opening: "write.phase.opening",
  offering: "write.phase.offering",
};

/** Past these the work is done (Excel recalculates, the browser saves): too late to cancel. */
const LAST_STEPS: ReadonlySet<WritePhase> = new Set(["calculating", "offering"]);

/** Waits this long after the last change before building the preview again (typing stays smooth). */
const PREVIEW_DELAY_MS = 250;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // The bar beside its Cancel button, the bar taking what the button leaves.
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  bar: { flexGrow: 1, minWidth: "10rem" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Long file and sheet names in the result lines wrap instead of widening the pane.
  wrap: { overflowWrap: "anywhere" },
});

const textOf = (ids: string | null): string =>
  (ids ?? "")
    .split(/\s+/)
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
    .filter(Boolean)
    .join(" ");

/**
 * The controls of the form marked invalid (Fluent's Field sets aria-invalid and puts the message
 * first in aria-describedby), and messages that belong to a group of fields (data-form-error), in
 * the order they appear.
 */
function invalidControls(form: Element | null): Invalid[] {
  if (!form) return [];
  return Array.from(form.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-form-error]')).map(
    (el) => {
      if (el.hasAttribute("data-form-error")) {
        return {
          control: el,
          label: el.getAttribute("data-form-error") ?? "",
          message: el.textContent ?? "",
        };
      }
      const input = el as HTMLInputElement;
      const label = textOf(el.getAttribute("aria-labelledby")) || input.labels?.[0]?.textContent || "";
      const message = textOf((el.getAttribute("aria-describedby") ?? "").split(/\s+/)[0] ?? "");
      return { control: el, label: label.replace(/\s*\*$/, ""), message };
    },
  );
}

export function GeneratePanel({ prepare, inputKey, issues = [], fields, id }: GeneratePanelProps) {
  const { t, pick, issue: issueLine, locale } = useText();
  const { services } = usePane();
  const styles = useStyles();
  const [prepared, setPrepared] = React.useState<{ prepared: Prepared; sheets: SheetPreview[] } | null>(null);
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const [prepareError, setPrepareError] = React.useState<string | null>(null);
  // Create was pressed while the form had problems: they are listed at the button until fixed.
  const [blocked, setBlocked] = React.useState(false);
  const [invalid, setInvalid] = React.useState<readonly Invalid[]>([]);
  const focusFirst = React.useRef(false);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const cancel = React.useRef<AbortController | null>(null);
  const latestPrepare = React.useRef(prepare);
  latestPrepare.current = prepare;
  const writing = phase.kind === "writing";

  const build = React.useCallback((): Prepared | null => {
    try {
      const p = latestPrepare.current();
      setPrepared(p ? { prepared: p, sheets: previewSpec(p.spec) } : null);
      setPrepareError(null);
      return p;
    } catch (error) {
      setPrepared(null);
      setPrepareError(errorMessage(error));
      return null;
    }
  }, []);

  // The preview follows the form: built again shortly after each change.
  React.useEffect(() => {
    const timer = setTimeout(() => {
      if (build()) setBlocked(false);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [inputKey, build]);

  // While the list at the button shows, it follows the fields' messages as they are fixed; after
  // a blocked create, focus goes to the first field with a problem (or to the list).
  React.useLayoutEffect(() => {
    if (!blocked) return;
    const found = invalidControls(rootRef.current?.closest("form, section") ?? null);
    const same =
      found.length === invalid.length &&
      found.every((f, i) => f.control === invalid[i].control && f.message === invalid[i].message);
    if (!same) setInvalid(found);
    if (focusFirst.current) {
      focusFirst.current = false;
      (found[0]?.control ?? summaryRef.current)?.focus();
    }
  });

  const onCreate = async () => {
    if (writing) return;
    fields?.reveal();
    setPhase({ kind: "idle" });
    const ready = build();
    if (!ready) {
      setBlocked(true);
      focusFirst.current = true;
      return;
    }
    setBlocked(false);
    setPhase({ kind: "writing", fraction: null });
    const controller = new AbortController();
    cancel.current = controller;
    try {
      await ready.beforeWrite?.();
      if (ready.files) {
        const files = await services.files.writeFiles(ready.files, {
          zipName: ready.zipName ?? ready.fileName.replace(/\.xlsx$/i, ".zip"),
          signal: controller.signal,
          locale,
          onProgress: (fraction, step) =>
            setPhase((p) => ({
              kind: "writing",
              fraction,
              ...(step ? { step } : {}),
              cancelling: p.kind === "writing" && p.cancelling === true,
            })),
        });
        setPhase({ kind: "filesDone", result: files });
        return;
      }
      const result = await services.writer.write(ready.spec, {
        fileName: ready.fileName,
        signal: controller.signal,
        locale,
        onProgress: (fraction, step) =>
          setPhase((p) => ({
            kind: "writing",
            fraction,
            ...(step ? { step } : {}),
            cancelling: p.kind === "writing" && p.cancelling === true,
          })),
      });
      // Written: too late to take back, so what follows runs and Cancel goes.
      cancel.current = null;
      const after = ready.afterWrite;
      const notes = after
        ? await after(result).catch((error: unknown): readonly HostNote[] => [
            translateBoth("write.afterFailed", {
              reason: errorMessage(error),
            }),
          ])
        : [];
      const shown = ready.shownSheets?.() ?? null;
      const final = shown ? { ...result, ...shown } : result;
      setPhase({
        kind: "done",
        result: notes.length ? { ...final, notes: [...final.notes, ...notes] } : final,
      });
    } catch (error) {
      const failure = error instanceof WriteFailure ? error : new WriteFailure(errorMessage(error), true);
      setPhase({ kind: "failed", failure });
    } finally {
      cancel.current = null;
    }
  };

  const onCancel = () => {
    cancel.current?.abort();
    setPhase((p) => (p.kind === "writing" ? { ...p, cancelling: true } : p));
  };

  const openSheet = async (name: string) => {
    try {
      await services.workbook?.activateSheet(name);
    } catch {
      // The sheet was renamed or deleted since: nothing to open.
    }
  };

  /** What a failed or cancelled write left: nothing, sheets that stayed, or workbooks already opened. */
  const outcome = (failure: WriteFailure): string =>
    failure.restored
      ? services.mode === "excel"
        ? t("write.unchanged")
        : t("write.notDownloaded")
      : prepared?.prepared.files
        ? t("files.leftOpen", { names: failure.leftBehind.join(locale === "zh-CN" ? "、" : ", ") })
        : t("write.leftBehind", { names: failure.leftBehind.join(", ") });

  // Blocked, the list at the button holds every problem, the import's included.
  const unclaimed = blocked ? [...(fields?.rest ?? []), ...issues] : [];
  const problems = invalid.length + unclaimed.length;
  return (
    <div className={styles.root} ref={rootRef}>
      {!blocked && issues.length > 0 && (
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
      {blocked && problems > 0 && (
        <div ref={summaryRef} tabIndex={-1} data-testid="form-problems">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>{t("form.problems", { count: problems })}</MessageBarTitle>
              <ul className={styles.list}>
                {invalid.map((f, k) => (
                  <li key={`f${k}`}>
                    <Link as="button" onClick={() => f.control.focus()}>
                      {f.label || f.message}
                    </Link>
                    {f.label && f.message ? t("form.problemText", { text: f.message }) : ""}
                  </li>
                ))}
                {unclaimed.map((i, k) => (
                  <li key={`r${k}`}>{issueLine(i)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void onCreate()} disabled={writing}>
          {prepared?.prepared.files
            ? services.mode === "excel"
              ? t("action.createFiles")
              : t("action.downloadZip")
            : services.mode === "excel"
              ? t("action.create")
              : t("action.download")}
        </Button>
      </div>
      {prepareError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t("preview.failed")}</MessageBarTitle>
            {prepareError}
          </MessageBarBody>
        </MessageBar>
      )}
      {prepared ? (
        <>
          {prepared.prepared.summary?.length ? (
            <ul className={mergeClasses(styles.list, styles.wrap)}>
              {prepared.prepared.summary.map((line, k) => (
                <li key={k}>{line}</li>
              ))}
            </ul>
          ) : null}
          <SpecPreview sheets={prepared.sheets} id={`${id}-preview`} />
        </>
      ) : (
        !prepareError && <Caption1 data-testid="preview-waiting">{t("preview.waiting")}</Caption1>
      )}
      <div aria-live="polite">
        {phase.kind === "writing" && (
          <div className={styles.progress} data-testid="write-progress">
            <Field
              className={styles.bar}
              label={
                phase.cancelling
                  ? t("write.cancelling")
                  : phase.step
                    ? t(PHASE_KEYS[phase.step])
                    : services.mode === "excel"
                      ? t("write.writing")
                      : t("write.building")
              }
              validationState="none"
              validationMessage={
                phase.fraction === null
                  ? undefined
                  : t(phase.step === "building" ? "write.percentAbout" : "write.percent", {
                      percent: Math.round(phase.fraction * 100),
                    })
              }
            >
              <ProgressBar value={phase.fraction ?? undefined} max={1} />
            </Field>
            {cancel.current && !(phase.step && LAST_STEPS.has(phase.step)) && (
              <Button onClick={onCancel} disabled={phase.cancelling === true}>
                {t("action.cancel")}
              </Button>
            )}
          </div>
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
        {phase.kind === "filesDone" && (
          <MessageBar intent="success" layout="multiline" data-testid="write-success">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>
                {phase.result.zip
                  ? t("files.zipped", { file: phase.result.zip.name, count: phase.result.files.length })
                  : t("files.opened", { count: phase.result.files.length })}
              </MessageBarTitle>
              {t("files.list", { files: phase.result.files.join(locale === "zh-CN" ? "、" : ", ") })}{" "}
              {phase.result.zip && (
                <Link href={phase.result.zip.url} download={phase.result.zip.name}>
                  {t("write.downloadAgain")}
                </Link>
              )}
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
        {phase.kind === "failed" && phase.failure.cancelled && (
          <MessageBar intent="info" layout="multiline" data-testid="write-cancelled">
            <MessageBarBody>
              <MessageBarTitle>{t("write.cancelled")}</MessageBarTitle>
              {outcome(phase.failure)}
            </MessageBarBody>
          </MessageBar>
        )}
        {phase.kind === "failed" && !phase.failure.cancelled && (
          <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="write-error">
            <MessageBarBody>
              <MessageBarTitle>{t("write.failed")}</MessageBarTitle>
              {phase.failure.reason} {outcome(phase.failure)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
