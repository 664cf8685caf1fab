/**
 * The optional password of the generated input sheets' protection (goal and incentive forms). It
 * lives in the pane's memory only, never in the form's saved settings: a saved plan is kept in the
 * workbook or the browser, where a password must not be.
 */
import * as React from "react";
import { TextField } from "../components/fields";
import { useRemembered } from "../pane-context";
import { useText } from "../text";

export function useProtectionPassword(form: string): [string, (value: string) => void] {
  return useRemembered<string>(`${form}.password`, () => "");
}

export function ProtectionPasswordField(props: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useText();
  return (
    <TextField
      label={t("form.password")}
      hint={t("form.passwordHint")}
      type="password"
      value={props.value}
      onChange={props.onChange}
    />
  );
}
