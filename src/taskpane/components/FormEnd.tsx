/**
 * The end every generator form shares: create with its preview, then its settings saved and reopened.
 * A preview belongs to the form's values and the roster it was made from.
 */
import * as React from "react";
import type { InputIssue } from "../../schemas/errors";
import type { FieldIssues } from "./fields";
import { restoreForm } from "../forms/form-values";
import { usePane } from "../pane-context";
import type { PlanKind } from "../services";
import { GeneratePanel, Prepared } from "./GeneratePanel";
import { SavedPlans } from "./SavedPlans";

export function FormEnd<T extends object>(props: {
  readonly kind: PlanKind;
  readonly form: T;
  /** A fresh form, the base a saved plan is restored onto. */
  readonly defaults: () => T;
  readonly setForm: (form: T) => void;
  readonly saveName: string;
  readonly prepare: () => Prepared | null;
  readonly fields: FieldIssues;
  /** Issues no field claims that show as they arise (an import's rejected rows). */
  readonly issues?: readonly InputIssue[];
  /** Other input the preview depends on (a loaded file). */
  readonly inputExtra?: string;
}) {
  const { roster } = usePane();
  const inputKey = `${JSON.stringify(props.form)}|${roster.label}|${roster.reps.length}|${props.inputExtra ?? ""}`;
  // What runs after a write may save settings (the goal form records its sheets'): the list then
  // reads the store again.
  const [writes, setWrites] = React.useState(0);
  const prepare = (): Prepared | null => {
    const prepared = props.prepare();
    const after = prepared?.afterWrite;
    if (!prepared || !after) return prepared;
    return {
      ...prepared,
      afterWrite: async (result) => {
        try {
          return await after(result);
        } finally {
          setWrites((n) => n + 1);
        }
      },
    };
  };
  // The primary action comes right after the form's fields; saving the settings is secondary.
  return (
    <>
      <GeneratePanel
        id={props.kind}
        prepare={prepare}
        inputKey={inputKey}
        issues={props.issues}
        fields={props.fields}
      />
      <SavedPlans
        kind={props.kind}
        current={props.form}
        defaultName={props.saveName}
        onOpen={(data) => props.setForm(restoreForm(props.defaults(), data))}
        refreshKey={writes}
      />
    </>
  );
}
