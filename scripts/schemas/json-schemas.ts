/**
 * The JSON Schemas of the CLI inputs, generated from the zod schemas (z.toJSONSchema), so editors can
 * check and complete configs. `npx tsx scripts/schemas/generate.ts` writes them to examples/schemas/;
 * a test keeps the committed files equal to what this renders.
 */
import { z } from "zod";
import { crmMappingSchema } from "../../src/schemas/crm-mapping";
import { goalConfigSchema } from "../../src/schemas/goals";
import { incentivePlanSchema } from "../../src/schemas/incentive-plan";
import { rosterSchema } from "../../src/schemas/roster";

export interface RenderedSchema {
  /** File name under examples/schemas/. */
  readonly file: string;
  readonly text: string;
}

function render(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: id, title, ...json }, null, 2)}\n`;
}

export function renderJsonSchemas(): RenderedSchema[] {
  return [
    {
      file: "goals.schema.json",
      text: render(goalConfigSchema, "goals.schema.json", "Sales Kit goal sheet config / 目标表配置"),
    },
    {
      file: "roster.schema.json",
      text: render(
        rosterSchema,
        "roster.schema.json",
        "Sales Kit roster (JSON form of the roster CSV) / 销售团队名单",
      ),
    },
    {
      file: "incentive-plan.schema.json",
      text: render(incentivePlanSchema, "incentive-plan.schema.json", "Sales Kit incentive plan / 激励方案"),
    },
    {
      file: "crm-mapping.schema.json",
      text: render(
        crmMappingSchema,
        "crm-mapping.schema.json",
        "Sales Kit CRM import mapping (sales-kit import --mapping) / CRM 导入列映射",
      ),
    },
  ];
}
