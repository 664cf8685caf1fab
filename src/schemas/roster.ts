/**
 * The team roster every generator starts from: one rep per row, read from a CSV with English or
 * Chinese headers (姓名/职位/团队/经理/入职日期 ...) or from JSON. Every problem names its row and column.
 */
import Papa from "papaparse";
import { z } from "zod";
import { InputIssue, SchemaResult, bi, fail, issuesFromZod, ok, pathToField } from "./errors";
import { parseDateText } from "./dates";
import { nameKey, personKey } from "./name-key";
import { parseNumberInput } from "./number-input";
import { csvQuoteIssues, csvRecordIssues, csvSizeIssue } from "../workbook/csv-checks";

export interface Rep {
  name: string;
  role: string;
  team: string;
  manager: string;
  /** Excel serial (1900 system); null when unknown (treated as fully ramped). */
  hireDate: number | null;
  /** Last day employed (Excel serial); absent or null while employed. Incentive plans stop pay after it. */
  leaveDate?: number | null;
  email?: string;
  /** The rep's user id in the CRM (Salesforce OwnerId, Bitrix24 ASSIGNED_BY_ID): exports that give ids match through it. */
  crmId?: string;
  /** Quota per pay period from the roster's optional quota column; incentive measures with quotaFrom "roster" use it. */
  quota?: number;
  /** Target incentive per year from the roster's optional column; incentive plans stated as a target incentive use it. */
  targetIncentive?: number;
}

export type RosterField =
  | "name"
  | "role"
  | "team"
  | "manager"
  | "hireDate"
  | "leaveDate"
  | "email"
  | "quota"
  | "crmId"
  | "targetIncentive";

/** Header spellings accepted per field, compared after lower-casing and dropping spaces, _ and -. */
export const ROSTER_HEADER_ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  name: [
    "name",
    "repname",
    "rep",
    "salesrep",
    "salesperson",
    "fullname",
    "employee",
    "姓名",
    "名字",
    "销售",
    "销售代表",
    "销售人员",
    "销售员",
    "员工",
    "员工姓名",
  ],
  role: ["role", "title", "jobtitle", "position", "职位", "岗位", "职务", "角色"],
  team: ["team", "teamname", "group", "salesteam", "团队", "小组", "组", "销售团队", "部门"],
  manager: [
    "manager",
    "managername",
    "supervisor",
    "reportsto",
    "leader",
    "经理",
    "主管",
    "上级",
    "直属经理",
    "销售经理",
    "负责人",
  ],
  hireDate: [
    "hiredate",
    "startdate",
    "datehired",
    "dateofhire",
    "hired",
    "joined",
    "joindate",
    "入职日期",
    "入职时间",
    "入职",
    "到岗日期",
  ],
  leaveDate: [
    "leavedate",
    "enddate",
    "terminationdate",
    "termdate",
    "lastday",
    "lastdayworked",
    "dateleft",
    "exitdate",
    "separationdate",
    "离职日期",
    "离职时间",
    "离职",
    "最后工作日",
    "终止日期",
  ],
  email: ["email", "emailaddress", "mail", "邮箱", "电子邮件", "邮件", "电子邮箱"],
  quota: ["quota", "salesquota", "repquota", "定额", "销售指标", "配额", "个人指标"],
  crmId: ["crmid", "crmuserid", "userid", "ownerid", "crm用户id", "用户id"],
  targetIncentive: ["targetincentive", "ti", "annualtargetincentive", "目标奖金", "年度目标奖金", "目标激励"],
};

/** How each field is named in messages. */
const FIELD_LABELS: Readonly<Record<RosterField, { en: string; zh: string }>> = {
  name: { en: "name", zh: "姓名" },
  role: { en: "role", zh: "职位" },
  team: { en: "team", zh: "团队" },
  manager: { en: "manager", zh: "经理" },
  hireDate: { en: "hire date", zh: "入职日期" },
  leaveDate: { en: "leave date", zh: "离职日期" },
  email: { en: "email", zh: "邮箱" },
  quota: { en: "quota", zh: "销售指标" },
  crmId: { en: "CRM id", zh: "CRM 用户 ID" },
  targetIncentive: { en: "target incentive", zh: "目标奖金" },
};

const REQUIRED_COLUMNS: readonly RosterField[] = ["name", "team"];

function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.:：()（）]/g, "");
}

export function rosterFieldOfHeader(header: string): RosterField | undefined {
  const key = normalizeHeader(header);
  return (Object.keys(ROSTER_HEADER_ALIASES) as RosterField[]).find((f) =>
    ROSTER_HEADER_ALIASES[f].includes(key),
  );
}

const text = (max: number, en: string, zh: string) =>
  z
    .string()
    .trim()
    .max(max, { error: bi(`${en} is longer than ${max} characters`, `${zh}超过 ${max} 个字符`) });

/** A roster row after the columns were mapped; dates may be text or Excel serials. */
export const repInputSchema = z
  .object({
    name: text(100, "name", "姓名")
      .min(1, { error: bi("name is empty", "姓名为空") })
      .describe("Rep's name, unique in the roster / 姓名（名单内唯一）"),
    role: text(100, "role", "职位").default("").describe("Job title / 职位"),
    team: text(100, "team", "团队")
      .min(1, { error: bi("team is empty", "团队为空") })
      .describe("Team / 团队"),
    manager: text(100, "manager", "经理").default("").describe("Manager's name / 经理"),
    hireDate: z
      .union([z.string(), z.number(), z.null()])
      .optional()
      .describe(
        "Hire date: 2027-03-01, 2027/3/1, 2027年3月1日 or an Excel serial; blank if long-tenured / 入职日期",
      ),
    leaveDate: z
      .union([z.string(), z.number(), z.null()])
      .optional()
      .describe(
        "Leave date, the last day employed (same formats as the hire date); blank while employed. Incentive plans pay no draw, set no quota and give no pool share or award after it, and prorate the last period / 离职日期（最后工作日，格式同入职日期）；在职留空。激励方案在此后不发预支、不设指标、不参与团队奖金和评奖，最后一期按天折算",
      ),
    crmId: z.string().trim().max(100).optional().describe("User id in the CRM (OwnerId) / CRM 用户 ID"),
    email: z
      .string()
      .trim()
      .max(200)
      .refine((s) => s === "" || /^[^\s@]+@[^\s@]+$/.test(s), {
        error: bi("is not an email address", "不是有效的邮箱地址"),
      })
      .optional()
      .describe("Email / 邮箱"),
    quota: z
      .union([z.string(), z.number(), z.null()])
      .optional()
      .describe(
        "Quota per pay period, for incentive measures with quotaFrom: roster; blank: the measure's default / 每期个人指标（激励方案中 quotaFrom: roster 的指标使用；留空则用默认指标）",
      ),
    targetIncentive: z
      .union([z.string(), z.number(), z.null()])
      .optional()
      .describe(
        "Target incentive per year, for incentive plans stated as a target incentive (overrides the plan's default) / 年度目标奖金（以目标奖金表示薪酬的激励方案使用，优先于方案默认值）",
      ),
  })
  .strict();

/**
 * A quota cell: a number, or money as people type it ("300,000", "30万", "¥300k"); blank is no quota.
 * The issue's texts when the cell is not an amount of 0 or more.
 */
/** How an amount column is named in its error: the quota and the target incentive read alike. */
interface AmountWords {
  readonly en: string;
  readonly zh: string;
  readonly example: string;
}
const QUOTA_WORDS: AmountWords = { en: "a quota", zh: "有效的指标", example: "300000 或 30万" };
const TARGET_INCENTIVE_WORDS: AmountWords = {
  en: "a target incentive",
  zh: "有效的目标奖金",
  example: "60000 或 6万",
};

function parseQuota(
  value: unknown,
  words: AmountWords,
): { value: number | null } | { en: string; zh: string } {
  if (value === undefined || value === null) return { value: null };
  const read = parseNumberInput(typeof value === "number" ? value : String(value), "money");
  // "1.200" and the like get the reader's question; text that is no number at all, the column's own wording.
  if (!read.ok && read.code !== "not-a-number") return read;
  if (!read.ok || (read.value !== null && read.value < 0)) {
    const enExample = words.example.replace(" 或 ", " or ");
    return {
      en: `"${String(value)}" is not ${words.en}; write an amount of 0 or more, such as ${enExample}, or leave it blank`,
      zh: `"${String(value)}" 不是${words.zh}；请填写不小于 0 的金额（如 ${words.example}），或留空`,
    };
  }
  return { value: read.value };
}

/** A roster given as JSON: an array of reps. */
export const rosterSchema = z.array(repInputSchema).min(1).describe("Sales team roster / 销售团队名单");

interface RawRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  values: Partial<Record<RosterField, string | number | null>>;
}

/**
 * A name as people and programs compare it (the CRM owner match uses the same key): "Li Wei",
 * "li wei" and "Ｌｉ Ｗｅｉ" are one name.
 */
export { nameKey };

/** Validates mapped rows; `fieldName` says how a field is named in messages (the file's own header). */
function validateRows(
  rows: readonly RawRow[],
  file: string | undefined,
  fieldName: (field: RosterField) => string,
): SchemaResult<Rep[]> {
  const issues: InputIssue[] = [];
  const reps: Rep[] = [];
  const seen = new Map<string, { row: number; name: string }>();
  const at = (row: number, field: RosterField, en: string, zh: string): InputIssue => ({
    ...(file !== undefined ? { file } : {}),
    row,
    field: fieldName(field),
    en,
    zh,
  });
  for (const raw of rows) {
    const before = issues.length;
    const parsed = repInputSchema.safeParse(raw.values, { reportInput: true });
    if (!parsed.success) {
      issues.push(
        ...issuesFromZod(parsed.error, {
          file,
          locate: (path) => {
            const field = path[0] as RosterField | undefined;
            return field && field in FIELD_LABELS
              ? { row: raw.row, field: fieldName(field) }
              : { row: raw.row, field: pathToField(path) };
          },
        }),
      );
    }
    const dateText = raw.values.hireDate;
    const hireDate =
      typeof dateText === "string" || typeof dateText === "number" ? parseDateText(dateText) : null;
    if (hireDate === undefined) {
      issues.push(
        at(
          raw.row,
          "hireDate",
          `"${String(dateText)}" is not a date; write 2027-03-01, 2027/3/1 or 2027年3月1日`,
          `"${String(dateText)}" 不是日期；请写成 2027-03-01、2027/3/1 或 2027年3月1日`,
        ),
      );
    }
    const leaveText = raw.values.leaveDate;
    const leaveDate =
      typeof leaveText === "string" || typeof leaveText === "number" ? parseDateText(leaveText) : null;
    if (leaveDate === undefined) {
      issues.push(
        at(
          raw.row,
          "leaveDate",
          `"${String(leaveText)}" is not a date; write 2027-03-01, 2027/3/1 or 2027年3月1日`,
          `"${String(leaveText)}" 不是日期；请写成 2027-03-01、2027/3/1 或 2027年3月1日`,
        ),
      );
    } else if (leaveDate !== null && typeof hireDate === "number" && leaveDate < hireDate) {
      issues.push(
        at(
          raw.row,
          "leaveDate",
          `the leave date ${String(leaveText)} is before the hire date ${String(dateText)}`,
          `离职日期 ${String(leaveText)} 早于入职日期 ${String(dateText)}`,
        ),
      );
    }
    const quotaRead = parseQuota(raw.values.quota, QUOTA_WORDS);
    const quota = "value" in quotaRead ? quotaRead.value : undefined;
    if (!("value" in quotaRead)) issues.push(at(raw.row, "quota", quotaRead.en, quotaRead.zh));
    const tiRead = parseQuota(raw.values.targetIncentive, TARGET_INCENTIVE_WORDS);
    const targetIncentive = "value" in tiRead ? tiRead.value : undefined;
    if (!("value" in tiRead)) issues.push(at(raw.row, "targetIncentive", tiRead.en, tiRead.zh));
    const name = typeof raw.values.name === "string" ? raw.values.name.trim() : "";
    const key = name ? personKey(name) : "";
    const first = key ? seen.get(key) : undefined;
    if (first !== undefined && first.name === name) {
      issues.push(
        at(
          raw.row,
          "name",
          `"${name}" appears twice (also row ${first.row}); names must be unique`,
          `"${name}" 重复出现（另见第 ${first.row} 行）；姓名必须唯一`,
        ),
      );
    } else if (first !== undefined) {
      // Owners in an export are matched to names this way too: both would get the same deals.
      issues.push(
        at(
          raw.row,
          "name",
          `"${name}" (row ${raw.row}) and "${first.name}" (row ${first.row}) are the same name but for upper/lower case, full-width letters or spaces; write each rep's name once, the same way`,
          `"${name}"（第 ${raw.row} 行）与"${first.name}"（第 ${first.row} 行）仅大小写、全角/半角或空格不同，视为同一姓名；每位销售人员只写一次，写法一致`,
        ),
      );
    } else if (key) seen.set(key, { row: raw.row, name });
    if (
      issues.length > before ||
      !parsed.success ||
      hireDate === undefined ||
      quota === undefined ||
      targetIncentive === undefined
    )
      continue;
    const v = parsed.data;
    const rep: Rep = { name: v.name, role: v.role, team: v.team, manager: v.manager, hireDate };
    if (leaveDate !== null && leaveDate !== undefined) rep.leaveDate = leaveDate;
    if (v.email) rep.email = v.email;
    if (v.crmId) rep.crmId = v.crmId;
    if (quota !== null) rep.quota = quota;
    if (targetIncentive !== null) rep.targetIncentive = targetIncentive;
    reps.push(rep);
  }
  if (!issues.length && !reps.length) {
    issues.push({
      ...(file !== undefined ? { file } : {}),
      field: fieldName("name"),
      en: "the roster has no reps",
      zh: "名单中没有销售人员",
    });
  }
  return issues.length ? fail(issues) : ok(reps);
}

/** The delimiter of the header line: the most frequent of , tab ; outside quotes. */
function detectDelimiter(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, "");
  const counts = [",", "\t", ";"].map((d) => [d, line.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ",";
}

/**
 * Reads a roster CSV (comma, tab or semicolon separated; English or Chinese headers). Rows that are
 * entirely blank are skipped; unknown columns are ignored. Row numbers in issues count the header as row 1.
 */
export function parseRosterCsv(text: string, file?: string): SchemaResult<Rep[]> {
  const clean = text.replace(/^\uFEFF/, "");
  const tooLong = csvSizeIssue(clean, file);
  if (tooLong) return fail([tooLong]);
  const parsed = Papa.parse<string[]>(clean, { delimiter: detectDelimiter(clean), skipEmptyLines: false });
  // An unterminated quote would fold the reps after it into one cell: stop, naming the row.
  const broken = [
    ...csvQuoteIssues(parsed.errors, file),
    ...csvRecordIssues(parsed.data, (i) => i + 1, file),
  ];
  if (broken.length) return fail(broken);
  return parseRosterRows(
    parsed.data.map((cells, i) => ({ row: i + 1, cells })),
    file,
  );
}

/** A cell of a roster read from a workbook: text, or a number (a date is its Excel serial). */
export type RosterCell = string | number | boolean | null;

/** Sheet names a roster workbook may give its roster: that sheet is read rather than the first. */
export function isRosterSheetName(name: string): boolean {
  return /^(roster|team ?roster|sales ?team|名单|人员名单|销售名单|团队名单|花名册)$/i.test(name.trim());
}

function cellText(cell: RosterCell | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

/**
 * Reads a roster from rows of cells as a sheet holds them (a CSV's records, a worksheet's rows), each
 * with the row number a spreadsheet shows. The header is the first row that is not blank; dates and
 * quotas may be numbers, every other field is read as its text.
 */
export function parseRosterRows(
  records: readonly { readonly row: number; readonly cells: readonly RosterCell[] }[],
  file?: string,
): SchemaResult<Rep[]> {
  const where = file !== undefined ? { file } : {};
  const blank = (cells: readonly RosterCell[]) => cells.every((c) => cellText(c).trim() === "");
  const headerIndex = records.findIndex((r) => !blank(r.cells));
  if (headerIndex < 0) {
    return fail([{ ...where, field: "(file)", en: "the file is empty", zh: "文件为空" }]);
  }
  const headerRow = records[headerIndex].row;
  const headers = records[headerIndex].cells.map(cellText);
  const columns = new Map<RosterField, number>();
  const issues: InputIssue[] = [];
  headers.forEach((header, i) => {
    const field = rosterFieldOfHeader(header);
    if (!field) return;
    if (columns.has(field)) {
      const label = FIELD_LABELS[field];
      issues.push({
        ...where,
        row: headerRow,
        field: header.trim(),
        en: `two columns mean ${label.en} ("${headers[columns.get(field)!].trim()}" and "${header.trim()}")`,
        zh: `有两列都表示${label.zh}（"${headers[columns.get(field)!].trim()}" 和 "${header.trim()}"）`,
      });
    } else columns.set(field, i);
  });
  for (const field of REQUIRED_COLUMNS) {
    if (!columns.has(field)) {
      const label = FIELD_LABELS[field];
      const aliases = ROSTER_HEADER_ALIASES[field].slice(0, 3).join(", ");
      issues.push({
        ...where,
        row: headerRow,
        field: label.en,
        fieldZh: label.zh,
        en: `no "${label.en}" column (accepted headers include ${aliases}, ${ROSTER_HEADER_ALIASES[field].find((a) => /[^\x20-\x7e]/.test(a))})`,
        zh: `缺少"${label.zh}"列（可用的表头有 ${aliases}、${ROSTER_HEADER_ALIASES[field].find((a) => /[^\x20-\x7e]/.test(a))} 等）`,
      });
    }
  }
  if (issues.length) return fail(issues);

  const rows: RawRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i].cells;
    if (blank(record)) continue;
    const values: RawRow["values"] = {};
    for (const [field, col] of columns) {
      const cell = record[col] ?? null;
      const numeric =
        field === "hireDate" || field === "leaveDate" || field === "quota" || field === "targetIncentive";
      if (numeric && typeof cell === "number") values[field] = cell;
      else values[field] = numeric && cellText(cell).trim() === "" ? null : cellText(cell);
    }
    rows.push({ row: records[i].row, values });
  }
  return validateRows(rows, file, (field) => {
    const col = columns.get(field);
    return col === undefined ? FIELD_LABELS[field].en : headers[col].replace(/^\uFEFF/, "").trim();
  });
}

/** A roster given as JSON (an array of reps); rows are numbered as in a sheet with a header (first rep = row 2). */
export function parseRoster(data: unknown, file?: string): SchemaResult<Rep[]> {
  if (!Array.isArray(data)) {
    return fail([
      {
        ...(file !== undefined ? { file } : {}),
        field: "(root)",
        en: "must be an array of reps",
        zh: "应为销售人员数组",
      },
    ]);
  }
  const issues: InputIssue[] = [];
  const rows: RawRow[] = [];
  data.forEach((item, i) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      issues.push({
        ...(file !== undefined ? { file } : {}),
        row: i + 2,
        field: `[${i}]`,
        en: "must be an object",
        zh: "应为对象",
      });
    } else rows.push({ row: i + 2, values: item as RawRow["values"] });
  });
  if (issues.length) return fail(issues);
  return validateRows(rows, file, (field) => field);
}
