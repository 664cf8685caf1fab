/**
 * The choice a CRM import offers when the workbook already holds one: update its data in place (the
 * default: pay and KPI sheets follow) or add this import as a new table. Radio buttons, whose labels
 * wrap within a 320 px pane where a dropdown's would be cut.
 */
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useText } from "../../text";
import type { ImportTarget } from "./reimport";

export function ImportTargetChoice(props: {
  readonly table: string;
  readonly value: ImportTarget;
  readonly onChange: (value: ImportTarget) => void;
}) {
  const { t } = useText();
  return (
    <div data-testid="crm-target">
      <Field label={t("crm.target.label", { table: props.table })}>
        <RadioGroup
          value={props.value}
          onChange={(_e, data) => props.onChange(data.value === "new" ? "new" : "update")}
        >
          <Radio value="update" label={t("crm.target.update")} />
          <Radio value="new" label={t("crm.target.new")} />
        </RadioGroup>
      </Field>
      {props.value === "update" && <Caption1>{t("crm.target.updateHint", { table: props.table })}</Caption1>}
    </div>
  );
}
