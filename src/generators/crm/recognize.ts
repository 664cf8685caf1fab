/**
 * Recognising an export: which profile its headers match and which column means which field.
 * When nothing matches for sure, the answer is a mapping step (the pane fills it in) or the CLI's
 * mapping file, never a guess presented as fact.
 */
import {
  CRM_FIELDS,
  CrmField,
  FIELD_LABELS,
  OUTCOME_FIELDS,
  RecordKind,
  REQUIRED_FIELDS,
} from "../../schemas/crm-fields";
import type { CrmMapping } from "../../schemas/crm-mapping";
import type { CrmProfile, OutcomeWords } from "../../schemas/crm-profile";
import type { InputIssue } from "../../schemas/errors";
import { BUILT_IN_PROFILES, GENERIC_PROFILE_ID, SHARED_WORDS, profileById } from "./profiles";
import { columnFits, headerlessTable, sampleValues } from "./column-values";
import type { CrmTable } from "./table";
import { matchKey } from "./text";

/** A header split into its name and a trailing note in brackets: "金额(万元)" -> 金额 + 万元. */
export interface HeaderParts {
  readonly full: string;
  readonly bare: string;
  /** 10,000 for 万, 100,000,000 for 亿, else 1. */
  readonly unit: number;
  readonly percent: boolean;
  readonly currency: string | null;
}

const CURRENCY_CODES = /\b(USD|CNY|RMB|EUR|GBP|HKD|JPY|SGD|AUD|CAD)\b/i;
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  "¥": "CNY",
  "￥": "CNY",
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  元: "CNY",
};

export function headerParts(header: string): HeaderParts {
  const full = matchKey(header.replace(/^\uFEFF/, "").replace(/^\*+/, ""));
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(full);
  const bare = m && m[1] ? m[1] : full;
  const note = m ? m[2] : "";
  const unit = /亿/.test(note) ? 1e8 : /万|10k|ten thousand/.test(note) ? 1e4 : 1;
  const code = CURRENCY_CODES.exec(note);
  const symbol = Object.keys(CURRENCY_SYMBOLS).find((s) => note.includes(s));
  const currency = code
    ? code[1].toUpperCase().replace("RMB", "CNY")
    : symbol
      ? CURRENCY_SYMBOLS[symbol]
      : null;
  return { full, bare, unit, percent: note.includes("%"), currency };
}

/** Which headers (by index) an alias list matches, in the aliases' order of preference. */
function matchAliases(parts: readonly HeaderParts[], aliases: readonly string[]): number[] {
  const found: number[] = [];
  for (const alias of aliases) {
    const key = matchKey(alias);
    parts.forEach((p, i) => {
      if ((p.full === key || p.bare === key) && !found.includes(i)) found.push(i);
    });
  }
  return found;
}

export interface ColumnBinding {
  readonly field: CrmField;
  /** 0-based column index in the table. */
  readonly column: number;
  readonly header: string;
  /** Multiplier from the header (万 = 10,000). */
  readonly unit: number;
  readonly percent: boolean;
  readonly currency: string | null;
  /** Where the binding came from: a profile alias or the user's mapping. */
  readonly via: "profile" | "mapping";
  /** Further columns read, in order, when this one is blank in a row (the profile's firstFilled). */
  readonly alternates?: readonly { readonly column: number; readonly header: string }[];
}

/** Everything normalisation needs to read the rows of one export. */
export interface ResolvedMapping {
  readonly profile: CrmProfile;
  /** The profile's name, or "custom mapping" when the user's mapping alone names the columns. */
  readonly label: { readonly en: string; readonly zh: string };
  /** "profile": recognised by a built-in profile; "mapping": columns set by the user. */
  readonly source: "profile" | "mapping";
  readonly kind: RecordKind;
  readonly columns: Readonly<Partial<Record<CrmField, ColumnBinding>>>;
  readonly dateOrder: "mdy" | "dmy";
  /** True when dateOrder was set by the user, not taken from the profile's default. */
  readonly dateOrderGiven: boolean;
  readonly probability: "percent" | "fraction";
  /** Multiplier for every amount (万 = 10,000), on top of a header's own unit. */
  readonly amountUnit: number;
  readonly decimalComma: boolean;
  readonly stageOrder: readonly string[];
  readonly stageOrderGiven: boolean;
  readonly outcomes: OutcomeWords;
  readonly newBusiness: readonly string[];
  readonly existingBusiness: readonly string[];
  /** CRM owner -> roster name, from the mapping. */
  readonly owners: Readonly<Record<string, string>>;
  /** Headers no field uses (shown in the report: nothing is hidden). */
  readonly unused: readonly string[];
  /** Optional fields with more than one matching column, left unmapped. */
  readonly ambiguous: readonly { field: CrmField; headers: readonly string[] }[];
}

/** A field of the mapping step: the pane shows one dropdown of headers per field. */
export interface MappingStepField {
  readonly field: CrmField;
  readonly label: { readonly en: string; readonly zh: string };
  readonly required: boolean;
  /** Headers whose names match the field's aliases (generic profile); empty when none does. */
  readonly candidates: readonly string[];
  /** Pre-selected only when exactly one header matches; the user confirms or changes it. */
  readonly suggested: string | null;
}

/** What the pane needs to ask the user which column is which. */
export interface MappingStep {
  readonly headers: readonly string[];
  /** Per header, up to three example values from the first rows. */
  readonly samples: readonly (readonly string[])[];
  readonly kind: RecordKind;
  readonly fields: readonly MappingStepField[];
  /** The built-in profile closest to the headers and the signature headers it misses. */
  readonly closest: { readonly profile: string; readonly missing: readonly string[] } | null;
}

export type Recognition =
  | { readonly ok: true; readonly mapping: ResolvedMapping }
  | { readonly ok: false; readonly step: MappingStep; readonly issues: readonly InputIssue[] };

export interface RecognizeOptions {
  readonly mapping?: CrmMapping;
  readonly profiles?: readonly CrmProfile[];
  /** Used in issues. */
  readonly file?: string;
  /** The mapping's file: issues about what the mapping says name it (default `file`). */
  readonly mappingFile?: string;
}

function signatureMatches(parts: readonly HeaderParts[], profile: CrmProfile): number {
  return profile.signature.filter((s) => matchAliases(parts, [s]).length > 0).length;
}

/** The specific profile whose signature headers are all present; with several, the one binding most columns. */
function detectProfile(parts: readonly HeaderParts[], profiles: readonly CrmProfile[]): CrmProfile | null {
  let best: { profile: CrmProfile; score: number } | null = null;
  for (const profile of profiles) {
    if (!profile.signature.length || signatureMatches(parts, profile) < profile.signature.length) continue;
    const score = Object.values(profile.columns).filter((a) => a && matchAliases(parts, a).length > 0).length;
    if (!best || score > best.score) best = { profile, score };
  }
  return best?.profile ?? null;
}

function bind(
  field: CrmField,
  column: number,
  header: string,
  parts: HeaderParts,
  via: ColumnBinding["via"],
): ColumnBinding {
  return { field, column, header, unit: parts.unit, percent: parts.percent, currency: parts.currency, via };
}

/** Binds fields by a profile's aliases. A specific profile takes its first alias found; generic refuses ambiguity. */
function bindByAliases(
  header: readonly string[],
  parts: readonly HeaderParts[],
  profile: CrmProfile,
  strict: boolean,
  table?: CrmTable,
): {
  columns: Partial<Record<CrmField, ColumnBinding>>;
  ambiguous: { field: CrmField; headers: string[] }[];
} {
  const columns: Partial<Record<CrmField, ColumnBinding>> = {};
  const ambiguous: { field: CrmField; headers: string[] }[] = [];
  const taken = new Set<number>();
  for (const field of CRM_FIELDS) {
    const aliases = profile.columns[field];
    if (!aliases) continue;
    // A column whose values are not of the field's type is not that field by a generic name (Dynamics
    // 365's "Revenue" holds "User Provided"). A profile's own header stays its field: its bad values
    // are the row reader's to report, row by row.
    const named = matchAliases(parts, aliases).filter((i) => !taken.has(i));
    const fitting = table ? named.filter((i) => columnFits(table, i, field)) : named;
    const found = strict || fitting.length ? fitting : named;
    if (!found.length) continue;
    if (strict && found.length > 1) {
      ambiguous.push({ field, headers: found.map((i) => header[i]) });
      continue;
    }
    taken.add(found[0]);
    const binding = bind(field, found[0], header[found[0]], parts[found[0]], "profile");
    if (!strict && profile.firstFilled.includes(field) && found.length > 1) {
      for (const i of found.slice(1)) taken.add(i);
      columns[field] = {
        ...binding,
        alternates: found.slice(1).map((i) => ({ column: i, header: header[i] })),
      };
    } else columns[field] = binding;
  }
  return { columns, ambiguous };
}

function mergeWords(...lists: (readonly string[] | undefined)[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const w of list ?? []) if (!out.includes(w)) out.push(w);
  return out;
}

function missingRequired(kind: RecordKind, columns: Partial<Record<CrmField, ColumnBinding>>): CrmField[] {
  const missing = REQUIRED_FIELDS[kind].filter((f) => !columns[f]);
  if (kind === "deals" && !OUTCOME_FIELDS.some((f) => columns[f])) missing.push("stage");
  return missing;
}

/** True when a row of cells could be the header of an export some profile knows (for readTable's isHeader). */
export function looksLikeHeader(
  cells: readonly string[],
  profiles: readonly CrmProfile[] = BUILT_IN_PROFILES,
): boolean {
  const parts = cells.map(headerParts);
  if (detectProfile(parts, profiles)) return true;
  const generic = profiles.find((p) => p.id === GENERIC_PROFILE_ID);
  if (!generic) return false;
  const { columns } = bindByAliases([...cells], parts, generic, false);
  return Boolean(columns.owner && columns.amount);
}

function samplesOf(table: CrmTable, count: number): string[][] {
  return table.header.map((_, i) => sampleValues(table, i, count));
}

/**
 * How close a profile is to the headers: the share of its signature present, then how many of its
 * columns bind. Half the signature at least, or it is not close at all (a HubSpot file is not
 * "almost Zoho" because both say Deal Name).
 */
function closeness(parts: readonly HeaderParts[], p: CrmProfile): { ratio: number; bound: number } | null {
  if (!p.signature.length) return null;
  const ratio = signatureMatches(parts, p) / p.signature.length;
  if (ratio < 0.5) return null;
  const bound = Object.values(p.columns).filter((a) => a && matchAliases(parts, a).length > 0).length;
  return { ratio, bound };
}

/**
 * The file as it is to be read: as exported, or, when its first row holds numbers or dates and no
 * profile knows it, as a file without a header row (columns named Column A, Column B ...).
 */
export function readableTable(
  table: CrmTable,
  profiles: readonly CrmProfile[] = BUILT_IN_PROFILES,
): CrmTable {
  if (looksLikeHeader(table.header, profiles)) return table;
  return headerlessTable(table) ?? table;
}

/** The mapping step for headers no profile recognises: candidates from the generic aliases. */
export function mappingStep(
  exported: CrmTable,
  profiles: readonly CrmProfile[] = BUILT_IN_PROFILES,
  kind: RecordKind = "deals",
): MappingStep {
  const table = readableTable(exported, profiles);
  const parts = table.header.map(headerParts);
  const generic = profiles.find((p) => p.id === GENERIC_PROFILE_ID);
  const fields = CRM_FIELDS.map((field): MappingStepField => {
    const found = (generic?.columns[field] ? matchAliases(parts, generic.columns[field]!) : []).filter((i) =>
      columnFits(table, i, field),
    );
    const candidates = found.map((i) => table.header[i]);
    return {
      field,
      label: FIELD_LABELS[field],
      required: REQUIRED_FIELDS[kind].includes(field) || (kind === "deals" && field === "stage"),
      candidates,
      suggested: candidates.length === 1 ? candidates[0] : null,
    };
  });
  let closest: MappingStep["closest"] = null;
  let best: { ratio: number; bound: number } | null = null;
  for (const p of profiles) {
    const c = closeness(parts, p);
    if (!c || (best && (c.ratio < best.ratio || (c.ratio === best.ratio && c.bound <= best.bound)))) continue;
    best = c;
    closest = { profile: p.id, missing: p.signature.filter((s) => !matchAliases(parts, [s]).length) };
  }
  return { headers: [...table.header], samples: samplesOf(table, 3), kind, fields, closest };
}

/** Turns the pane's choices (field -> header) into a mapping, to recognise with or to save as a file. */
export function mappingFromChoices(
  choices: Readonly<Partial<Record<CrmField, string | null>>>,
  extra: Omit<CrmMapping, "columns"> = {},
): CrmMapping {
  const columns: Partial<Record<CrmField, string>> = {};
  for (const field of CRM_FIELDS) {
    const header = choices[field];
    if (header) columns[field] = header;
  }
  return { ...extra, columns };
}

/** `field`: a key of the user's mapping file as written, or a field's name in both languages. */
function issue(
  file: string | undefined,
  field: string | { en: string; zh: string },
  en: string,
  zh: string,
): InputIssue {
  const at = typeof field === "string" ? { field, en, zh } : { field: field.en, fieldZh: field.zh, en, zh };
  return file !== undefined ? { file, ...at } : at;
}

/**
 * Recognises the columns of an export: by a built-in profile, or by the user's mapping on top of
 * one. Without either, the generic profile applies only if it binds every required field unambiguously.
 */
export function recognize(exported: CrmTable, options: RecognizeOptions = {}): Recognition {
  const profiles = options.profiles ?? BUILT_IN_PROFILES;
  const { mapping, file } = options;
  const mappingFile = options.mappingFile ?? file;
  const table = readableTable(exported, profiles);
  const headerless = table !== exported;
  const header = table.header;
  const parts = header.map(headerParts);
  const issues: InputIssue[] = [];

  let base: CrmProfile | null = null;
  if (mapping?.profile) {
    base = profileById(mapping.profile, profiles) ?? null;
    if (!base) {
      const ids = profiles.map((p) => p.id).join(", ");
      issues.push(
        issue(
          mappingFile,
          "profile",
          `unknown profile "${mapping.profile}" (known: ${ids})`,
          `未知的配置“${mapping.profile}”（可用：${ids}）`,
        ),
      );
    }
  } else {
    base = detectProfile(parts, profiles);
  }
  const generic = profileById(GENERIC_PROFILE_ID, profiles);
  // A mapping without a profile on an unknown export binds only what it names: no alias guesses.
  const useAliases = base !== null || !mapping;
  const profile = base ?? generic;
  if (!profile) throw new Error("the generic CRM profile is missing");
  const strict = base === null;
  const { columns, ambiguous } = useAliases
    ? bindByAliases(header, parts, profile, strict, table)
    : {
        columns: {} as Partial<Record<CrmField, ColumnBinding>>,
        ambiguous: [] as { field: CrmField; headers: string[] }[],
      };

  if (mapping) {
    for (const field of CRM_FIELDS) {
      const wanted = mapping.columns[field];
      if (!wanted) continue;
      const index = matchAliases(parts, [wanted])[0];
      if (index === undefined) {
        issues.push(
          issue(
            mappingFile,
            `columns.${field}`,
            `names a column "${wanted}" that ${file ?? "the export"} does not have (its columns: ${header.join(", ")})`,
            `指定的“${wanted}”列在 ${file ?? "导出文件"} 中不存在（现有列：${header.join("、")}）`,
          ),
        );
        continue;
      }
      // A column the user names for one field is no longer another field's alias match.
      for (const other of CRM_FIELDS) if (columns[other]?.column === index) delete columns[other];
      columns[field] = bind(field, index, header[index], parts[index], "mapping");
    }
  }

  const kind: RecordKind = mapping?.kind ?? profile.kind;
  const missing = missingRequired(kind, columns);
  const stillAmbiguous = ambiguous.filter((a) => !columns[a.field]);
  const blocking = stillAmbiguous.filter(
    (a) => missing.includes(a.field) || REQUIRED_FIELDS[kind].includes(a.field),
  );
  for (const field of missing) {
    const amb = stillAmbiguous.find((a) => a.field === field);
    const label = FIELD_LABELS[field];
    issues.push(
      amb
        ? issue(
            file,
            label,
            `several columns could be the ${label.en} (${amb.headers.join(", ")}): choose one in the mapping`,
            `有多列都可能是${label.zh}（${amb.headers.join("、")}）：请在映射中选择一列`,
          )
        : issue(
            file,
            label,
            kind === "deals" && field === "stage"
              ? "no stage or status column: name one in the mapping"
              : `no ${label.en} column: name it in the mapping`,
            kind === "deals" && field === "stage"
              ? "没有销售阶段或状态列：请在映射中指定"
              : `没有${label.zh}列：请在映射中指定`,
          ),
    );
  }
  if (headerless && (issues.length || blocking.length)) {
    const row = exported.headerRow ?? 1;
    const names = table.header.slice(0, 3).join(", ");
    issues.unshift(
      issue(
        file,
        "(header)",
        `row ${row} holds values (${exported.header.filter(Boolean).slice(0, 3).join(", ")}), not column names: the file has no header row; name its columns ${names} ... in the mapping`,
        `第 ${row} 行是数据（${exported.header.filter(Boolean).slice(0, 3).join("、")}），不是列名：文件没有表头行；请在映射中用 ${names} ……指定各列`,
      ),
    );
  }
  if (issues.length || blocking.length) {
    return { ok: false, step: mappingStep(table, profiles, kind), issues };
  }

  const usedColumns = new Set(
    Object.values(columns).flatMap((b) => [b!.column, ...(b!.alternates ?? []).map((a) => a.column)]),
  );
  const given = Boolean(mapping && (Object.keys(mapping.columns).length || !base));
  return {
    ok: true,
    mapping: {
      profile,
      label: base || !mapping ? profile.name : { en: "Custom mapping", zh: "自定义映射" },
      source: given ? "mapping" : "profile",
      kind,
      columns,
      dateOrder: mapping?.dateOrder ?? profile.dateOrder,
      dateOrderGiven: mapping?.dateOrder !== undefined,
      probability: mapping?.probability ?? profile.probability,
      amountUnit: mapping?.amountUnit === "wan" ? 1e4 : 1,
      decimalComma: mapping?.decimalComma ?? false,
      stageOrder: mapping?.stageOrder ?? profile.stageOrder,
      stageOrderGiven: mapping?.stageOrder !== undefined,
      outcomes: {
        won: mergeWords(mapping?.won, profile.outcomes.won, SHARED_WORDS.outcomes.won),
        lost: mergeWords(mapping?.lost, profile.outcomes.lost, SHARED_WORDS.outcomes.lost),
        open: mergeWords(mapping?.open, profile.outcomes.open, SHARED_WORDS.outcomes.open),
      },
      newBusiness: SHARED_WORDS.newBusiness,
      existingBusiness: SHARED_WORDS.existingBusiness,
      owners: mapping?.owners ?? {},
      unused: header.filter((h, i) => h !== "" && !usedColumns.has(i)),
      ambiguous: stillAmbiguous,
    },
  };
}
