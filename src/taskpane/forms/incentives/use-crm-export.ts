/**
 * The CRM export and column mapping files the incentive form reads in browser mode, kept while the
 * pane is open: the export read as the CLI reads `--crm` (the same header detection, the same size
 * cap), the mapping parsed by the mapping schema as `--mapping` is. A file that cannot be read leaves
 * an issue naming it; the form then builds nothing from it.
 */
import { looksLikeHeader } from "../../../generators/crm";
import { parseCrmMapping } from "../../../schemas/crm-mapping";
import type { InputIssue } from "../../../schemas/errors";
import { checkTableFile } from "../../../schemas/text-input";
import { errorTexts } from "../../error-message";
import { useRemembered } from "../../pane-context";
import { MAX_EXPORT_BYTES, decodeBytes, readFileBytes } from "../../roster-input";
import { paneIssue } from "../issues";
import type { CrmExportFile, CrmMappingFile } from "./crm-export";

export interface CrmFileState<T> {
  readonly label: string;
  readonly busy: boolean;
  readonly file: T | null;
  readonly issues: readonly InputIssue[];
}

const NONE = { label: "", busy: false, file: null, issues: [] };

/** Where the export's and the mapping's issues show in the form. */
export const EXPORT_FIELD = "crmExport";
export const MAPPING_FIELD = "crmMapping";

export async function readExportFile(file: Blob, label: string): Promise<CrmFileState<CrmExportFile>> {
  if (file.size > MAX_EXPORT_BYTES)
    return {
      ...NONE,
      label,
      issues: [
        paneIssue(EXPORT_FIELD, "incentives.crm.exportTooLarge", {
          file: label,
          size: Math.ceil(file.size / 1024 / 1024),
          max: Math.ceil(MAX_EXPORT_BYTES / 1024 / 1024),
        }),
      ],
    };
  const bytes = await readFileBytes(file);
  const wrong = checkTableFile(bytes, label);
  if (wrong) return { ...NONE, label, issues: [{ ...wrong, field: EXPORT_FIELD }] };
  const { readTable } = await import(/* webpackChunkName: "xlsx" */ "../../../hosts/xlsx/read-table");
  const read = await readTable(bytes, { fileName: label, isHeader: looksLikeHeader });
  if (!read.ok) return { ...NONE, label, issues: [{ file: label, field: EXPORT_FIELD, ...read.error }] };
  return { ...NONE, label, file: { fileName: label, table: read.table } };
}

export async function readMappingFile(file: Blob, label: string): Promise<CrmFileState<CrmMappingFile>> {
  const text = decodeBytes(await readFileBytes(file));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = errorTexts(error);
    return {
      ...NONE,
      label,
      issues: [
        {
          ...paneIssue(MAPPING_FIELD, "incentives.crm.mappingNotJson", { file: label, reason: reason.en }),
          file: label,
        },
      ],
    };
  }
  const parsed = parseCrmMapping(data, label);
  if (!parsed.ok) return { ...NONE, label, issues: parsed.issues };
  return { ...NONE, label, file: { fileName: label, mapping: parsed.value } };
}

/** One file input's state and its handler (remembered under `key` across views). */
export function useCrmFile<T>(
  key: string,
  read: (file: Blob, label: string) => Promise<CrmFileState<T>>,
): [CrmFileState<T>, (file: File | undefined) => void, () => void] {
  const [state, setState] = useRemembered<CrmFileState<T>>(key, () => NONE);
  const choose = (file: File | undefined) => {
    if (!file) return;
    setState({ ...NONE, label: file.name, busy: true });
    read(file, file.name).then(setState, (error: unknown) =>
      setState({
        ...NONE,
        label: file.name,
        issues: [{ file: file.name, field: key, ...errorTexts(error) }],
      }),
    );
  };
  return [state, choose, () => setState(NONE)];
}
