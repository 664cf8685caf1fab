/** The progress of a write: what it is doing, how far it is, and Cancel while the write can stop. */
import * as React from "react";
import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { MessageKey } from "../../i18n";
import { usePane } from "../pane-context";
import type { WritePhase } from "../services";
import { useText } from "../text";
import { useGenerateStyles } from "./generate-styles";
import type { Phase } from "./write-phase";

const PHASE_KEYS: Readonly<Record<WritePhase, MessageKey>> = {
  checking: "write.phase.checking",
  writing: "write.phase.writing",
  calculating: "write.phase.calculating",
  starting: "write.phase.starting",
  building: "write.phase.building",
  packing: "write.phase.packing",
  opening: "write.phase.opening",
  offering: "write.phase.offering",
};

/** Past these the work is done (Excel recalculates, the browser saves): too late to cancel. */
const LAST_STEPS: ReadonlySet<WritePhase> = new Set(["calculating", "offering"]);

export interface WriteProgressProps {
  readonly phase: Extract<Phase, { kind: "writing" }>;
  readonly cancellable: boolean;
  readonly onCancel: () => void;
}

export function WriteProgress({ phase, cancellable, onCancel }: WriteProgressProps) {
  const { t } = useText();
  const { services } = usePane();
  const styles = useGenerateStyles();
  return (
    <div className={styles.progress} data-testid="write-progress">
      <Field
        className={styles.bar}
        label={
          phase.cancelling
            ? t("write.cancelling")
            : phase.step
              ? t(PHASE_KEYS[phase.step])
              : services.mode === "excel"
                ? t("write.writing")
                : t("write.building")
        }
        validationState="none"
        validationMessage={
          phase.fraction === null
            ? undefined
            : t(phase.step === "building" ? "write.percentAbout" : "write.percent", {
                percent: Math.round(phase.fraction * 100),
              })
        }
      >
        <ProgressBar value={phase.fraction ?? undefined} max={1} />
      </Field>
      {cancellable && !(phase.step && LAST_STEPS.has(phase.step)) && (
        <Button onClick={onCancel} disabled={phase.cancelling === true}>
          {t("action.cancel")}
        </Button>
      )}
    </div>
  );
}
