/**
 * The form data a returned review or index workbook carries (see generators/reviews/manifest.ts).
 * A returned file is outside input: its data is validated before the summary trusts it.
 */
import { z } from "zod";

const bilingual = z.object({ en: z.string(), zh: z.string() });

export const reviewManifestDataSchema = z.object({
  locale: z.enum(["en-US", "zh-CN"]),
  rep: z.object({ name: z.string().min(1), role: z.string(), team: z.string(), manager: z.string() }),
  period: z.object({ label: z.string(), start: z.number(), end: z.number() }),
  dueDate: z.number(),
  /** Absent in reviews made before identifiers were issued. */
  id: z.string().min(1).optional(),
  competencies: z
    .array(z.object({ key: z.string().min(1), name: bilingual, weight: z.number().gt(0) }))
    .min(1),
});

export type ReviewManifestDataInput = z.output<typeof reviewManifestDataSchema>;

export const indexManifestDataSchema = z.object({
  period: z.string(),
  reps: z.array(
    z.object({
      name: z.string().min(1),
      team: z.string(),
      file: z.string().min(1),
      id: z.string().min(1).optional(),
    }),
  ),
});
