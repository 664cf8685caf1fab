/**
 * The problems shown at the Create button: issues no field claims as they arise and, after a
 * blocked create, every problem of the form, each field's a link that focuses it.
 */
import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { InputIssue } from "../../schemas/errors";
import { useText } from "../text";
import { useGenerateStyles } from "./generate-styles";
import type { Invalid } from "./invalid-fields";

/** Issues no field claims, shown as they arise (an import's rejected rows). */
export function IssueList({ issues }: { readonly issues: readonly InputIssue[] }) {
  const { t, issue: issueLine } = useText();
  const styles = useGenerateStyles();
  return (
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
  );
}

export interface BlockedProblemsProps {
  readonly invalid: readonly Invalid[];
  /** Problems no field shows. */
  readonly unclaimed: readonly InputIssue[];
  /** Focus lands here when no field claims a problem. */
  readonly summaryRef: React.Ref<HTMLDivElement>;
}

/** After a blocked create: the fields with problems (links to them), then the problems no field shows. */
export function BlockedProblems({ invalid, unclaimed, summaryRef }: BlockedProblemsProps) {
  const { t, issue: issueLine } = useText();
  const styles = useGenerateStyles();
  return (
    <div ref={summaryRef} tabIndex={-1} data-testid="form-problems">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.wrap}>
          <MessageBarTitle>
            {t("form.problems", { count: invalid.length + unclaimed.length })}
          </MessageBarTitle>
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
  );
}
