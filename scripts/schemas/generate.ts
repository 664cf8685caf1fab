/** Writes examples/schemas/*.schema.json from the zod schemas (run: npx tsx scripts/schemas/generate.ts). */
import fs from "fs";
import path from "path";
import prettier from "prettier";
import { renderJsonSchemas } from "./json-schemas";

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, "../../examples/schemas");
  fs.mkdirSync(dir, { recursive: true });
  for (const { file, text } of renderJsonSchemas()) {
    const target = path.join(dir, file);
    const options = (await prettier.resolveConfig(target)) ?? {};
    fs.writeFileSync(target, await prettier.format(text, { ...options, parser: "json" }));
    console.log(`wrote examples/schemas/${file}`);
  }
}

void main();
