/**
 * A mapping tells the import which column means which field when no profile recognises an export
 * (or to correct one that does). The CLI reads it from a JSON file; the pane builds the same object.
 */
import { z } from "zod";
import { CRM_FIELDS } from "./crm-fields";
import { SchemaResult, bi, parseWith } from "./errors";

const words = z.array(z.string().trim().min(1));

export const crmMappingSchema = z
  .object({
    $schema: z
      .string()
      .optional()
      .describe("Path or URL of this JSON Schema, for editors / 本 JSON Schema 的路径"),
    /** A built-in profile whose settings apply; its column aliases fill what `columns` leaves out. */
    profile: z
      .string()
      .optional()
      .describe(
        "Built-in profile whose settings apply and whose column names fill what columns leaves out: zoho-deals, salesforce-opportunities, fxiaoke-opportunities, fxiaoke-orders or generic / 基础配置：其设置生效，columns 未列出的列按其列名识别",
      ),
    kind: z
      .enum(["deals", "orders"])
      .optional()
      .describe(
        "deals: opportunities with stages; orders: sales already made / deals 为商机，orders 为销售订单",
      ),
    columns: z
      .partialRecord(z.enum(CRM_FIELDS), z.string().trim().min(1))
      .default({})
      .describe('Field -> column header in the file, e.g. { "owner": "Handled by" } / 字段 -> 文件中的列名'),
    dateOrder: z.enum(["mdy", "dmy"]).optional().describe("How 3/1/2027 reads: mdy (US) or dmy / 日期顺序"),
    probability: z
      .enum(["percent", "fraction"])
      .optional()
      .describe(
        "60 means 60% (percent) or 0.6 means 60% (fraction) / 赢率写法：percent 为 60，fraction 为 0.6",
      ),
    amountUnit: z
      .enum(["unit", "wan"])
      .optional()
      .describe(
        "unit: amounts as written; wan: amounts are in 万 (10,000) / 金额单位：unit 为原值，wan 为万元",
      ),
    decimalComma: z
      .boolean()
      .optional()
      .describe("Amounts written 1.234,50 (comma as the decimal mark) / 金额以逗号作小数点（1.234,50）"),
    stageOrder: words.optional().describe("Open stages from first to last / 进行中阶段的顺序"),
    won: words.optional().describe("Extra words meaning won / 其他表示赢单的词"),
    lost: words.optional().describe("Extra words meaning lost / 其他表示输单的词"),
    open: words.optional().describe("Extra words meaning open / 其他表示进行中的词"),
    owners: z
      .record(z.string().trim().min(1), z.string().trim().min(1))
      .optional()
      .describe("CRM owner -> roster name / CRM 负责人 -> 名单姓名"),
  })
  .strict()
  .refine((m) => new Set(Object.values(m.columns)).size === Object.values(m.columns).length, {
    error: bi("two fields point at the same column", "两个字段指向了同一列"),
    path: ["columns"],
  });

export type CrmMapping = z.output<typeof crmMappingSchema>;

/** Validates a mapping (parsed JSON); issues name the file and the field path. */
export function parseCrmMapping(data: unknown, file?: string): SchemaResult<CrmMapping> {
  return parseWith(crmMappingSchema, data, file !== undefined ? { file } : {});
}
