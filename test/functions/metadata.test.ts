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
    parameters: {
      name: string;
      description: string;
      type: string;
      dimensionality?: string;
      optional?: boolean;
    }[];
    result?: { dimensionality?: string };
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
    for (const f of en.functions) {
      expect(f.name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/); // A1 style
      expect(f.name).not.toMatch(/^R[0-9]*C[0-9]*$/); // R1C1 style
      expect(f.name).toMatch(/^[A-Z][A-Z0-9.]*$/);
    }
  });

  it("declares the catalogue's parameter types, optional flags and spilling results", () => {
    const byId = new Map(en.functions.map((f) => [f.id, f]));
    for (const entry of CATALOGUE) {
      const f = byId.get(entry.name)!;
      expect(f.result?.dimensionality ?? "scalar").toBe(entry.result);
      expect(f.parameters.map((p) => p.name)).toEqual(entry.params.map((p) => p.name));
      entry.params.forEach((p, i) => {
        const meta = f.parameters[i];
        expect(meta.dimensionality ?? "scalar").toBe(p.type.endsWith("[][]") ? "matrix" : "scalar");
        expect(meta.type).toBe(p.type.replace("[][]", ""));
        expect(!!meta.optional).toBe(!!p.optional);
        // Optional parameters come last, as Excel requires.
        if (!p.optional) expect(entry.params.slice(0, i).every((q) => !q.optional)).toBe(true);
      });
    }
  });

  it("shows each function's edge-case rules in both languages", () => {
    const zhById = new Map(zh.functions.map((f) => [f.id, f]));
    const enById = new Map(en.functions.map((f) => [f.id, f]));
    for (const entry of CATALOGUE) {
      expect(entry.example.formula.startsWith(`=SALES.${entry.name}(`)).toBe(true);
      if (!entry.rules) continue;
      expect(zhById.get(entry.name)!.description).toContain(entry.rules.zh);
      expect(enById.get(entry.name)!.description).toContain(entry.rules.en);
    }
  });

  it("keeps the generated adapters and docs/functions.md in step with the catalogue", () => {
    expect(() =>
      execFileSync("node", ["scripts/functions/generate.cjs", "--check"], { cwd: ROOT, stdio: "pipe" }),
    ).not.toThrow();
  });
});
