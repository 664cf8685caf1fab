/**
 * The CRM import form as data: the export's table, the options (KPI periods, as-of date), and the
 * column mapping a user sets when no built-in profile recognises the export. Validation goes through
 * the CRM option and mapping schemas; the import itself is the CRM generator's importCrm.
 */
import type { Locale } from "../../../i18n";
import { recognize } from "../../../generators/crm";
import type { CrmTable, MappingStep, Recognition } from "../../../generators/crm";
import type { CrmField } from "../../../schemas/crm-fields";
import { CrmImportOptionsInput, parseCrmImportOptions } from "../../../schemas/crm-import";
import { CrmMapping, parseCrmMapping } from "../../../schemas/crm-mapping";
import { isoFromSerial, parseDateText } from "../../../schemas/dates";
import type { InputIssue } from "../../../schemas/errors";
import type { RawGrid } from "../../services";
import { parseListText } from "../form-values";
import { paneIssue } from "../issues";

export interface CrmMappingState {
  /** Field -> header; "" for none. */
  readonly columns: Readonly<Partial<Record<CrmField, string>>>;
  readonly dateOrder: "" | "mdy" | "dmy";
  readonly decimalComma: boolean;
  readonly won: string;
  readonly lost: string;
  readonly stageOrder: string;
}

export interface CrmFormState {
  readonly sheetLocale: Locale;
  readonly periods: string;
  readonly asOf: string;
  /** True once the user set columns themselves (or no profile recognised the export). */
  readonly useMapping: boolean;
  readonly mapping: CrmMappingState;
  /** Name of the saved goal plan whose goal sheet the import links to; "" for none (Excel mode). */
  readonly goalPlan: string;
  /** Whether the goal sheet's empty monthly actuals get links to the KPI sheet. */
  readonly fillActuals: boolean;
  /**
   * With an earlier import in the workbook: update its data in place (the default) or add a new one.
   * Absent in settings saved before the choice existed.
   */
  readonly target?: "update" | "new";
}

export const EMPTY_MAPPING: CrmMappingState = {
  columns: {},
  dateOrder: "",
  decimalComma: false,
  won: "",
  lost: "",
  stageOrder: "",
};

export function defaultCrmForm(locale: Locale, today: number): CrmFormState {
  return {
    sheetLocale: locale,
    periods: "",
    asOf: isoFromSerial(today),
    useMapping: false,
    mapping: EMPTY_MAPPING,
    goalPlan: "",
    fillActuals: true,
    target: "update",
  };
}

export const CRM_FIELD_KEYS = [
  "source",
  "periods",
  "asOf",
  "mapping",
  "mapping.dateOrder",
  "mapping.won",
  "mapping.lost",
  "mapping.stageOrder",
  "goalSheet",
];

/** A table from a range or a workbook table: the first row is the header. */
export function crmTableFromGrid(grid: RawGrid): CrmTable | null {
  if (!grid.length) return null;
  const header = grid[0].map((c) => (c === null ? "" : String(c).trim()));
  const rows = grid
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== null && c !== ""));
  return { header, headerRow: 1, rows };
}

/** The mapping object (as a mapping.json holds it) from the form's choices. */
export function mappingFromState(state: CrmMappingState): Record<string, unknown> {
  const columns: Record<string, string> = {};
  for (const [field, header] of Object.entries(state.columns)) if (header) columns[field] = header;
  const data: Record<string, unknown> = { columns };
  if (state.dateOrder) data.dateOrder = state.dateOrder;
  if (state.decimalComma) data.decimalComma = true;
  const list = (text: string) => parseListText(text);
  if (list(state.won).length) data.won = list(state.won);
  if (list(state.lost).length) data.lost = list(state.lost);
  if (list(state.stageOrder).length) data.stageOrder = list(state.stageOrder);
  return data;
}

/** The mapping state a step suggests: each field's single matching header. */
export function mappingFromStep(step: MappingStep): CrmMappingState {
  const columns: Partial<Record<CrmField, string>> = {};
  for (const f of step.fields) if (f.suggested) columns[f.field] = f.suggested;
  return { ...EMPTY_MAPPING, columns };
}

export interface CrmOptions {
  readonly periods: readonly string[];
  readonly asOf: number;
  readonly mapping?: CrmMapping;
}

export type CrmValidation = { ok: true; options: CrmOptions } | { ok: false; issues: InputIssue[] };

export function crmIssueField(field: string): string {
  if (field.startsWith("periods")) return "periods";
  if (field.startsWith("columns")) return "mapping";
  if (/^(dateOrder|won|lost|stageOrder)/.test(field)) return `mapping.${field.replace(/\[.*$/, "")}`;
  return field;
}

/** Options and mapping checked by their schemas; the table's own rows are checked by the import. */
export function validateCrmForm(form: CrmFormState, table: CrmTable | null): CrmValidation {
  const issues: InputIssue[] = [];
  if (!table) issues.push(paneIssue("source", "crm.noFile"));
  const periods = parseListText(form.periods);
  const input: CrmImportOptionsInput = { ...(periods.length ? { periods } : {}) };
  if (form.asOf.trim()) input.asOf = form.asOf.trim();
  const options = parseCrmImportOptions(input);
  if (!options.ok) issues.push(...options.issues.map((i) => ({ ...i, field: crmIssueField(i.field) })));
  let mapping: CrmMapping | undefined;
  if (form.useMapping) {
    const parsed = parseCrmMapping(mappingFromState(form.mapping));
    if (parsed.ok) mapping = parsed.value;
    else issues.push(...parsed.issues.map((i) => ({ ...i, field: crmIssueField(i.field) })));
  }
  if (issues.length || !options.ok) return { ok: false, issues };
  const asOf = form.asOf.trim() ? (parseDateText(form.asOf.trim()) as number) : NaN;
  if (!Number.isFinite(asOf)) return { ok: false, issues: [paneIssue("asOf", "crm.asOfRequired")] };
  return { ok: true, options: { periods, asOf, ...(mapping ? { mapping } : {}) } };
}

/** How the export is read with the current choices: recognised by a profile, or the mapping step. */
export function recognition(table: CrmTable, form: CrmFormState): Recognition {
  if (!form.useMapping) return recognize(table);
  const parsed = parseCrmMapping(mappingFromState(form.mapping));
  return recognize(table, parsed.ok ? { mapping: parsed.value } : {});
}
