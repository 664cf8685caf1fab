/**
 * How a write ended: the sheets created (a link that opens the new one) or the file offered again,
 * the workbooks made, or what a cancelled or failed write left behind (nothing, as a rule).
 */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostNote, WriteFailure } from "../services";
import { usePane } from "../pane-context";
import { useText } from "../text";
import { useGenerateStyles } from "./generate-styles";
import type { Phase } from "./write-phase";

export interface WriteOutcomeProps {
  readonly phase: Phase;
  /** Whether the write was of several workbooks (a failure then names those left open). */
  readonly files: boolean;
}

export function WriteOutcome({ phase, files }: WriteOutcomeProps) {
  const { t, locale } = useText();
  const { services } = usePane();
  const styles = useGenerateStyles();

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
      : files
        ? t("files.leftOpen", { names: failure.leftBehind.join(locale === "zh-CN" ? "、" : ", ") })
        : t("write.leftBehind", { names: failure.leftBehind.join(", ") });

  switch (phase.kind) {
    case "done":
      return (
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
            <Notes notes={phase.result.notes} />
          </MessageBarBody>
        </MessageBar>
      );
    case "filesDone":
      return (
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
            <Notes notes={phase.result.notes} />
          </MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return phase.failure.cancelled ? (
        <MessageBar intent="info" layout="multiline" data-testid="write-cancelled">
          <MessageBarBody>
            <MessageBarTitle>{t("write.cancelled")}</MessageBarTitle>
            {outcome(phase.failure)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="write-error">
          <MessageBarBody>
            <MessageBarTitle>{t("write.failed")}</MessageBarTitle>
            {phase.failure.reason} {outcome(phase.failure)}
          </MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}

/** The host's notes on the write, in the pane's language. */
function Notes({ notes }: { readonly notes: readonly HostNote[] }) {
  const { pick } = useText();
  const styles = useGenerateStyles();
  if (notes.length === 0) return null;
  return (
    <ul className={styles.list}>
      {notes.map((n, k) => (
        <li key={k}>{pick(n)}</li>
      ))}
    </ul>
  );
}
