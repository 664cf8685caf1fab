/**
 * The SALES.* function catalogue: the one declarative table from which the adapters
 * (functions.ts, with the JSDoc that custom-functions-metadata reads), functions.zh-cn.json and
 * docs/functions.md are generated. Names and argument order are the public interface.
 *
 * This file must stay self-contained (no imports): build scripts load it outside webpack.
 */

export type ParamType = "number" | "string" | "boolean" | "any" | "number[][]" | "any[][]";

export interface CatalogueParam {
  readonly name: string;
  readonly type: ParamType;
  readonly optional?: boolean;
  readonly en: string;
  readonly zh: string;
}

export interface CatalogueExample {
  readonly formula: string;
  /** What the example returns, as a reader would see it. */
  readonly result: string;
  readonly en: string;
  readonly zh: string;
}

export interface CatalogueEntry {
  /** Excel name without the SALES. namespace. */
  readonly name: string;
  /** Export of src/kpi that computes it. */
  readonly core: string;
  /** "matrix" results spill. */
  readonly result: "scalar" | "matrix";
  readonly group: "goals" | "kpis" | "incentives";
  readonly en: string;
  readonly zh: string;
  readonly params: readonly CatalogueParam[];
  readonly example: CatalogueExample;
}

export const NAMESPACE = "SALES";

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: "ATTAINMENT",
    core: "attainment",
    result: "scalar",
    group: "goals",
    en: "Goal attainment as a fraction: 1 means the target is met exactly, 1.2 means 120%.",
    zh: "目标达成率(小数):1 表示恰好达成目标,1.2 表示 120%。",
    params: [
      { name: "actual", type: "number", en: "The actual result.", zh: "实际完成值。" },
      {
        name: "target",
        type: "number",
        en: "The target; 0 gives #DIV/0!.",
        zh: "目标值;为 0 时返回 #DIV/0!。",
      },
      {
        name: "direction",
        type: "string",
        optional: true,
        en: '"higher" (default) when more is better, "lower" when less is better (cost, churn).',
        zh: '"higher"(默认)表示越高越好,"lower" 表示越低越好(成本、流失率)。',
      },
    ],
    example: {
      formula: "=SALES.ATTAINMENT(1440000, 1200000)",
      result: "1.2",
      en: "1.44M against a 1.2M target: 120% attained.",
      zh: "实际 144 万,目标 120 万:达成 120%。",
    },
  },
];
