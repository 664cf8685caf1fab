/**
 * Large incentive workbooks make the Calculation and Pay statements rows on demand (Grid.band, issue
 * 23). The sheets must be the same as with their cells kept: the whole spec (JSON), each sheet read
 * through the block readers, and the .xlsx the streaming writer makes from it, part by part.
 */
import { buildPlanModel, generateIncentiveWorkbook } from "../../../src/generators/incentives";
import { setLazyBandRows } from "../../../src/generators/incentives/grid";
import { writeXlsxBytes } from "../../../src/hosts/xlsx/write";
import type { PlanModel } from "../../../src/kpi/plan/model";
import { parseIncentivePlan } from "../../../src/schemas/incentive-plan";
import { blockHeight, blockWidth, isLazy, plainSpec, sheetGrid } from "../../../src/workbook/blocks";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { incentiveInput } from "../../../bench/incentive-input";
import { unzip } from "../../hosts/unzip";
import { richPlan } from "./rich-plan";

function teamModel(reps: number): PlanModel {
  const { roster, plan } = incentiveInput(reps);
  const parsed = parseIncentivePlan(plan);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const model = buildPlanModel(parsed.value, roster);
  if (!model.ok) throw new Error(JSON.stringify(model.issues.slice(0, 3)));
  return model.value;
}

function build(model: PlanModel, locale: "en-US" | "zh-CN", lazy: boolean): WorkbookSpec {
  const before = setLazyBandRows(lazy ? 0 : Infinity);
  try {
    return generateIncentiveWorkbook(model, { locale }).spec;
  } finally {
    setLazyBandRows(before);
  }
}

const cases: [string, () => PlanModel, "en-US" | "zh-CN"][] = [
  ["every mechanic", richPlan, "en-US"],
  ["every mechanic, Chinese", richPlan, "zh-CN"],
  ["120 reps x 12 months", () => teamModel(120), "en-US"],
];

describe.each(cases)("lazy bands: %s", (_, model, locale) => {
  const m = model();
  const kept = build(m, locale, false);
  const lazy = build(m, locale, true);

  it("makes the long sheets' rows on demand, and only with the threshold reached", () => {
    const lazyNames = lazy.sheets.filter((s) => s.blocks.some((b) => isLazy(b.rows))).map((s) => s.name);
    expect(lazyNames).toHaveLength(2);
    expect(kept.sheets.some((s) => s.blocks.some((b) => isLazy(b.rows)))).toBe(false);
    // At the default threshold a small team keeps its cells.
    expect(
      generateIncentiveWorkbook(m, { locale }).spec.sheets.some((s) => s.blocks.some((b) => isLazy(b.rows))),
    ).toBe(false);
  });

  it("gives the same spec, cell for cell", () => {
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(kept));
    expect(plainSpec(lazy)).toEqual(kept);
    lazy.sheets.forEach((sheet, i) => {
      const block = sheet.blocks[0];
      expect(blockHeight(block)).toBe(blockHeight(kept.sheets[i].blocks[0]));
      expect(blockWidth(block)).toBe(blockWidth(kept.sheets[i].blocks[0]));
      expect(sheetGrid(sheet)).toEqual(sheetGrid(kept.sheets[i]));
    });
  });

  it("writes the same .xlsx parts", async () => {
    const a = unzip(await writeXlsxBytes(lazy));
    const b = unzip(await writeXlsxBytes(kept));
    expect([...a.keys()]).toEqual([...b.keys()]);
    // ExcelJS gives each data bar a random GUID and the file its creation time: nothing else may differ.
    const same = (x: string) =>
      x
        .replace(/\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}/g, "{GUID}")
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, "{TIME}");
    const differing = [...a].filter(([name, xml]) => same(xml) !== same(b.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});

describe("lazy rows", () => {
  it("read as an array, and refuse writes", () => {
    const spec = build(richPlan(), "en-US", true);
    const rows = spec.sheets.find((s) => s.blocks.some((b) => isLazy(b.rows)))!.blocks[0].rows;
    const copy = Array.from(rows);
    expect(rows.length).toBe(copy.length);
    expect([...rows]).toEqual(copy);
    expect(rows.slice(2, 5)).toEqual(copy.slice(2, 5));
    expect(rows.map((r) => r.length)).toEqual(copy.map((r) => r.length));
    expect(Array.isArray(rows)).toBe(true);
    expect(rows[copy.length]).toBeUndefined();
    expect(() => {
      (rows as unknown as unknown[])[0] = [];
    }).toThrow();
  });
});
