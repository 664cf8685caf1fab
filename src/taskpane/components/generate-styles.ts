/** The styles of the Create panel and its parts. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useGenerateStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // The bar beside its Cancel button, the bar taking what the button leaves.
  progress: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  bar: { flexGrow: 1, minWidth: "10rem" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Long file and sheet names in the result lines wrap instead of widening the pane.
  wrap: { overflowWrap: "anywhere" },
});
