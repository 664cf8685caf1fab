/**
 * The shape of a CRM profile (src/generators/crm/profiles/*.json): which headers identify an export,
 * which header means which field, and how that CRM writes stages, dates and probabilities.
 * Profiles are data, so a team can add its own CRM without code.
 */
import { z } from "zod";
import { CRM_FIELDS } from "./crm-fields";
import { bi } from "./errors";

const aliases = z.array(z.string().trim().min(1)).min(1);

export const outcomeWordsSchema = z
  .object({
    won: z
      .array(z.string().trim().min(1))
      .default([])
      .describe("Stage/status words meaning won / 表示赢单的阶段或状态"),
    lost: z.array(z.string().trim().min(1)).default([]).describe("Words meaning lost / 表示输单的词"),
    open: z.array(z.string().trim().min(1)).default([]).describe("Words meaning still open / 表示进行中的词"),
  })
  .strict();

export const crmProfileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/, { error: bi("use a-z, 0-9 and -", "只能使用 a-z、0-9 和 -") }),
    name: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    /** Where in the CRM the export comes from, for the documentation. */
    source: z.string().default(""),
    kind: z.enum(["deals", "orders"]),
    /**
     * Each row is a payment received (回款): its amount is the money collected and its close date the
     * payment date, so a commission on collections reads them (an order's date never dates a collection).
     */
    payments: z.boolean().default(false),
    /** Headers that must all be present for the profile to apply; empty for the generic profile. */
    signature: z.array(z.string().trim().min(1)).default([]),
    /** Per field, the headers that mean it, in order of preference. */
    columns: z.partialRecord(z.enum(CRM_FIELDS), aliases),
    /**
     * Fields read per row from the first of their matching columns that is not blank, in alias order
     * (Pipedrive's close date: Won time, else Lost time, else Expected close date).
     */
    firstFilled: z.array(z.enum(CRM_FIELDS)).default([]),
    /** The CRM's open stages from first to last; stages not listed follow in the order found. */
    stageOrder: z.array(z.string().trim().min(1)).default([]),
    /** Words added to the shared outcome words (profiles/outcomes.json). */
    outcomes: outcomeWordsSchema.default({ won: [], lost: [], open: [] }),
    /** How a date like 3/1/2027 is read when the column itself does not show the order. */
    dateOrder: z.enum(["mdy", "dmy"]).default("mdy"),
    /** "percent": 60 means 60%; "fraction": 0.6 means 60%. A "%" sign always means percent. */
    probability: z.enum(["percent", "fraction"]).default("percent"),
  })
  .strict();

export type CrmProfile = z.output<typeof crmProfileSchema>;
export type OutcomeWords = z.output<typeof outcomeWordsSchema>;

/** Words shared by every profile: outcomes, and deal types that mark new business. */
export const sharedWordsSchema = z
  .object({
    $schema: z.string().optional(),
    outcomes: outcomeWordsSchema,
    newBusiness: z.array(z.string().trim().min(1)).default([]),
    existingBusiness: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

export type SharedWords = z.output<typeof sharedWordsSchema>;
