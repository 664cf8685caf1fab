/**
 * A browser file picker with its label above it. The native input is as wide as its button and the
 * chosen file's name: capped at the pane's width (a 320 px pane) and set in the pane's font.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  file: {
    maxWidth: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
});

export interface FileInputProps {
  readonly id: string;
  readonly label: string;
  /** The input's accept list: extensions and MIME types. */
  readonly accept: string;
  readonly disabled?: boolean;
  /** The chosen file, or undefined when the choice was cleared. */
  readonly onFile: (file: File | undefined) => void;
}

export function FileInput({ id, label, accept, disabled, onFile }: FileInputProps) {
  const styles = useStyles();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <br />
      <input
        id={id}
        className={styles.file}
        type="file"
        accept={accept}
        {...(disabled !== undefined ? { disabled } : {})}
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
    </div>
  );
}
