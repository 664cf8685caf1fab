/**
 * Form fields with their validation message beside them (Fluent's Field), and the hook that decides
 * when a message shows: after the user leaves the field, or after they ask to create.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InputIssue } from "../../schemas/errors";
import { splitIssues } from "../forms/form-values";
import { NumberSpec, numberShown, readNumber } from "../forms/number-fields";
import { useText } from "../text";

export interface FieldIssues {
  /** The message for a field, once it should show. */
  error(key: string): string | undefined;
  /** Marks a field as visited (its message may show from now on). */
  touch(key: string): void;
  /** Issues no field claims (shown once the user asked to create). */
  readonly rest: readonly InputIssue[];
  readonly submitted: boolean;
  /** Shows every message (the user asked for a preview or to create). */
  reveal(): void;
}

export function useFieldIssues(issues: readonly InputIssue[], keys: readonly string[]): FieldIssues {
  const text = useText();
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  const split = React.useMemo(() => splitIssues(issues, keys), [issues, keys]);
  return {
    error(key) {
      if (!submitted && !touched.has(key)) return undefined;
      const list = split.byField.get(key);
      if (!list?.length) return undefined;
      return list
        .map((i) =>
          i.row !== undefined ? text.t("issue.atRow", { row: i.row, text: text.pick(i) }) : text.pick(i),
        )
        .join(" · ");
    },
    touch(key) {
      setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
    },
    rest: submitted ? split.rest : [],
    submitted,
    reveal: () => setSubmitted(true),
  };
}

// Fluent's inputs and dropdowns have minimum widths (a dropdown 250 px) made for wide forms; in a
// task pane they take the width of their grid cell instead.
const useStyles = makeStyles({
  fill: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  ask: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  groupError: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * A message about a group of fields (weights that must add up, a missing export), shown at the
 * group. `group` names it in the list at the button, which can move focus here.
 */
export function GroupError({ group, message }: { group: string; message: string | undefined }) {
  const styles = useStyles();
  if (!message) return null;
  return (
    <div role="alert" tabIndex={-1} data-form-error={group} className={styles.groupError}>
      {message}
    </div>
  );
}

interface BaseProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
}

/** Fluent Field's props for a label, a hint and a message that marks the control invalid. */
function fieldProps(props: BaseProps) {
  return {
    label: props.label,
    hint: props.hint,
    required: props.required,
    validationState: props.error ? ("error" as const) : ("none" as const),
    validationMessage: props.error,
  };
}

export function TextField(
  props: BaseProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly onBlur?: () => void;
    readonly placeholder?: string;
    readonly inputMode?: "text" | "decimal" | "numeric";
    readonly type?: "text" | "date" | "password";
    readonly className?: string;
    /** A number field: the value it was read as shows beside it; a percent rate shows a % sign. */
    readonly number?: NumberSpec;
  },
) {
  const styles = useStyles();
  const { locale, t } = useText();
  const shown = props.number && !props.error ? numberShown(props.value, props.number, locale) : null;
  const percent = props.number?.kind === "rate" && props.number.rateScale === "percent";
  const hint = [shown, props.hint].filter(Boolean).join(" · ") || undefined;
  // A bare 1 in a rate field is 1% to some and 100% to others: asked, never guessed.
  const read = props.number?.kind === "rate" ? readNumber(props.value, props.number) : null;
  const ambiguous = read !== null && !read.ok && read.code === "ambiguous-rate";
  const typed = props.value.trim();
  return (
    <Field {...fieldProps({ ...props, hint })} className={props.className}>
      <Input
        className={styles.fill}
        value={props.value}
        type={props.type ?? "text"}
        inputMode={props.inputMode ?? (props.number ? "decimal" : undefined)}
        contentAfter={percent ? <span aria-hidden="true">%</span> : undefined}
        placeholder={props.placeholder}
        onChange={(_e, data) => props.onChange(data.value)}
        onBlur={props.onBlur}
      />
      {ambiguous && (
        <div role="group" aria-label={t("number.whichRate", { value: typed })} className={styles.ask}>
          <span>{t("number.whichRate", { value: typed })}</span>
          <Button size="small" onClick={() => props.onChange(`${typed}%`)}>
            {`${typed}%`}
          </Button>
          <Button size="small" onClick={() => props.onChange("100%")}>
            100%
          </Button>
        </div>
      )}
    </Field>
  );
}

export function AreaField(
  props: BaseProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly onBlur?: () => void;
    readonly placeholder?: string;
    readonly rows?: number;
  },
) {
  return (
    <Field {...fieldProps(props)}>
      <Textarea
        value={props.value}
        rows={props.rows ?? 3}
        resize="vertical"
        placeholder={props.placeholder}
        onChange={(_e, data) => props.onChange(data.value)}
        onBlur={props.onBlur}
      />
    </Field>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export function ChoiceField(
  props: BaseProps & {
    readonly value: string;
    readonly choices: readonly Choice[];
    readonly onChange: (value: string) => void;
    readonly placeholder?: string;
  },
) {
  const styles = useStyles();
  const selected = props.choices.find((c) => c.value === props.value);
  return (
    <Field {...fieldProps(props)}>
      <Dropdown
        className={styles.fill}
        value={selected?.label ?? ""}
        selectedOptions={selected ? [selected.value] : []}
        placeholder={props.placeholder}
        onOptionSelect={(_e, data) => data.optionValue !== undefined && props.onChange(data.optionValue)}
      >
        {props.choices.map((c) => (
          <Option key={c.value} value={c.value}>
            {c.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function CheckField(props: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string;
}) {
  const checkbox = (
    <Checkbox
      label={props.label}
      checked={props.checked}
      onChange={(_e, data) => props.onChange(data.checked === true)}
    />
  );
  if (!props.error) return checkbox;
  return (
    <Field validationState="error" validationMessage={props.error}>
      {checkbox}
    </Field>
  );
}
