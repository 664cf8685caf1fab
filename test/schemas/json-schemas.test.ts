/**
 * The JSON Schemas in examples/schemas are what the zod schemas render today, and every example
 * config in examples/goals passes validation with its roster.
 */
import fs from "fs";
import path from "path";
import YAML from "yaml";
import { renderJsonSchemas } from "../../scripts/schemas/json-schemas";
import { validateGoalInput } from "../../src/schemas/goals";
import { parseRosterCsv } from "../../src/schemas/roster";

const EXAMPLES = path.resolve(__dirname, "../../examples");

describe("JSON Schemas", () => {
  it.each(renderJsonSchemas().map((s) => [s.file, s.text]))(
    "examples/schemas/%s is up to date (npx tsx scripts/schemas/generate.ts)",
    (file, text) => {
      const committed = JSON.parse(fs.readFileSync(path.join(EXAMPLES, "schemas", file), "utf8"));
      expect(committed).toEqual(JSON.parse(text));
    },
  );

  it("describe fields in English and Chinese", () => {
    const goals = JSON.parse(renderJsonSchemas()[0].text);
    expect(goals.properties.period.description).toMatch(/2027-Q1.*\/ 考核期/);
    expect(goals.properties.metrics.items.properties.direction.enum).toEqual(["higher", "lower"]);
    expect(goals.required).toEqual(["period", "metrics"]);
    expect(goals.additionalProperties).toBe(false);
  });
});

describe("examples", () => {
  it.each([
    ["roster.csv", "goals.yaml", 12, "2027-Q1"],
    ["roster.zh-CN.csv", "goals.zh-CN.yaml", 6, "FY27-H1"],
  ])("%s with %s validate", (rosterFile, configFile, reps, label) => {
    const dir = path.join(EXAMPLES, "goals");
    const roster = parseRosterCsv(fs.readFileSync(path.join(dir, rosterFile), "utf8"), rosterFile);
    if (!roster.ok) throw new Error(JSON.stringify(roster.issues));
    const config = YAML.parse(fs.readFileSync(path.join(dir, configFile), "utf8"));
    const plan = validateGoalInput(roster.value, config, { config: configFile });
    if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
    expect(plan.value.reps).toHaveLength(reps);
    expect(plan.value.period.label).toBe(label);
  });

  it("the demo data is a 12-rep team in two teams over a quarter with one new hire", () => {
    const roster = parseRosterCsv(fs.readFileSync(path.join(EXAMPLES, "goals", "roster.csv"), "utf8"));
    if (!roster.ok) throw new Error("roster");
    const q1 = { start: 46388, end: 46477 }; // 2027-01-01 .. 2027-03-31
    expect(roster.value).toHaveLength(12);
    expect(new Set(roster.value.map((r) => r.team)).size).toBe(2);
    const hires = roster.value.filter(
      (r) => r.hireDate !== null && r.hireDate >= q1.start && r.hireDate <= q1.end,
    );
    expect(hires.map((r) => r.name)).toEqual(["Gao Yu"]);
  });
});
