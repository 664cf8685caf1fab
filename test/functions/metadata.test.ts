/** functions.json (from JSDoc) and functions.zh-cn.json (from the catalogue) describe the same functions. */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { DIST, ROOT } from "../support/dist";
import { CATALOGUE } from "../../src/functions/catalogue";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string; optional?: boolean }[];
  }[];
}

const en: Metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
const zh: Metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.zh-cn.json"), "utf8"));

describe("function metadata", () => {
  it("lists the same ids, parameters and types in English and Chinese", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => [p.name, p.type, !!p.optional])]);
    expect(shape(zh)).toEqual(shape(en));
  });

  it("covers the whole catalogue", () => {
    expect(en.functions.map((f) => f.id).sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
  });

  it("has Chinese descriptions for every function and parameter", () => {
    for (const f of zh.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("has no function name that Excel could read as a cell reference", () => {
    for (const f of en.functions) expect(f.name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
  });

  it("keeps the generated adapters and docs/functions.md in step with the catalogue", () => {
    expect(() =>
      execFileSync("node", ["scripts/functions/generate.cjs", "--check"], { cwd: ROOT, stdio: "pipe" }),
    ).not.toThrow();
  });
});
