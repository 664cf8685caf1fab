/**
 * What the form would create, built from the form as it is: kept up to date shortly after each
 * change for the preview, and built once more on create.
 */
import * as React from "react";
import { errorMessage } from "../error-message";
import { SheetPreview, previewSpec } from "../preview";
import type { Prepared } from "./prepared";

/** Waits this long after the last change before building the preview again (typing stays smooth). */
const PREVIEW_DELAY_MS = 250;

export interface PreparedPreview {
  /** The last build and its sheets' preview; null when the form has issues or the build failed. */
  readonly prepared: { readonly prepared: Prepared; readonly sheets: SheetPreview[] } | null;
  /** Why the last build failed (it threw), or null. */
  readonly prepareError: string | null;
  /** Builds now; what was built, or null. */
  readonly build: () => Prepared | null;
}

/** `onBuilt` runs after each preview that the form could build. */
export function usePreparedPreview(
  prepare: () => Prepared | null,
  inputKey: string,
  onBuilt: () => void,
): PreparedPreview {
  const [prepared, setPrepared] = React.useState<PreparedPreview["prepared"]>(null);
  const [prepareError, setPrepareError] = React.useState<string | null>(null);
  const latestPrepare = React.useRef(prepare);
  latestPrepare.current = prepare;
  const latestOnBuilt = React.useRef(onBuilt);
  latestOnBuilt.current = onBuilt;

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
      if (build()) latestOnBuilt.current();
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [inputKey, build]);

  return { prepared, prepareError, build };
}
