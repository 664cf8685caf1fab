/** Layout pieces every form shares: a titled section and a row of fields that wraps in a narrow pane. */
import * as React from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: {
    // A fieldset is as wide as its widest content by default (min-width: min-content): the file
    // input alone made the roster box 33 px wider than a 320 px pane.
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(8.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

export function FormView(props: { id: string; title: string; intro: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.form} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} className={styles.heading}>
        {props.title}
      </h2>
      <Body1 as="p">{props.intro}</Body1>
      {props.children}
    </section>
  );
}

export function Section(props: { id: string; title: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <h3 id={props.id} className={styles.heading}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}

export function FieldRow({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  return <div className={styles.row}>{children}</div>;
}

/** A framed group of controls with its legend (the roster source, saved settings, a measure). */
export function FieldGroup(props: {
  legend: string;
  children: React.ReactNode;
  describedBy?: string;
  testId?: string;
}) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group} aria-describedby={props.describedBy} data-testid={props.testId}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}
