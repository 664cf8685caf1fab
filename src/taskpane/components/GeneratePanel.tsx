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
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
} from "@fluentui/react-components";
import type { InputIssue } from "../../schemas/errors";
import { usePane } from "../pane-context";
import { useText } from "../text";
import type { FieldIssues } from "./fields";
import { BlockedProblems, IssueList } from "./FormProblems";
import { useGenerateStyles } from "./generate-styles";
import { useInvalidFields } from "./invalid-fields";
import { usePreparedPreview } from "./prepared-preview";
import { SpecPreview } from "./SpecPreview";
import { WriteOutcome } from "./WriteOutcome";
import { WriteProgress } from "./WriteProgress";
import { useWrite } from "./write-phase";

import type { Prepared } from "./prepared";

export type { Prepared };

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

export function GeneratePanel({ prepare, inputKey, issues = [], fields, id }: GeneratePanelProps) {
  const { t, locale } = useText();
  const { services } = usePane();
  const styles = useGenerateStyles();
  // Create was pressed while the form had problems: they are listed at the button until fixed.
  const [blocked, setBlocked] = React.useState(false);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const { prepared, prepareError, build } = usePreparedPreview(prepare, inputKey, () => setBlocked(false));
  const { invalid, focusFirst } = useInvalidFields(blocked, rootRef, summaryRef);
  const writer = useWrite(services, locale);
  const { phase } = writer;
  const writing = phase.kind === "writing";

  const onCreate = async () => {
    if (writing) return;
    fields?.reveal();
    writer.reset();
    const ready = build();
    if (!ready) {
      setBlocked(true);
      focusFirst.current = true;
      return;
    }
    setBlocked(false);
    await writer.write(ready);
  };

  // Blocked, the list at the button holds every problem, the import's included.
  const unclaimed = blocked ? [...(fields?.rest ?? []), ...issues] : [];
  const problems = invalid.length + unclaimed.length;
  return (
    <div className={styles.root} ref={rootRef}>
      {!blocked && issues.length > 0 && <IssueList issues={issues} />}
      {blocked && problems > 0 && (
        <BlockedProblems invalid={invalid} unclaimed={unclaimed} summaryRef={summaryRef} />
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
          <WriteProgress phase={phase} cancellable={writer.cancellable} onCancel={writer.cancel} />
        )}
        <WriteOutcome phase={phase} files={!!prepared?.prepared.files} />
      </div>
    </div>
  );
}
