/** docs/crm-profiles.md stays in step with the profile files: every profile, signature and alias is listed. */
import fs from "fs";
import path from "path";
import { BUILT_IN_PROFILES, SHARED_WORDS } from "../../../src/generators/crm/profiles";
import { CRM_FIELDS } from "../../../src/schemas/crm-fields";

const doc = fs.readFileSync(path.join(__dirname, "../../../docs/crm-profiles.md"), "utf8");

describe("docs/crm-profiles.md", () => {
  it.each(BUILT_IN_PROFILES.map((p) => [p.id, p] as const))("documents %s", (id, profile) => {
    const start = doc.indexOf(`(\`${id}\`)`);
    expect(start).toBeGreaterThan(0);
    const end = doc.indexOf("\n### ", start);
    const section = doc.slice(start, end < 0 ? undefined : end);
    for (const s of profile.signature) expect(section).toContain(`\`${s}\``);
    for (const field of CRM_FIELDS) {
      const aliases = profile.columns[field];
      if (aliases) expect(section).toContain(`| \`${field}\``);
      for (const alias of aliases ?? []) expect(section).toContain(alias);
    }
    for (const stage of profile.stageOrder) expect(section).toContain(stage);
  });

  it("documents the shared outcome words and every field", () => {
    for (const w of [
      ...SHARED_WORDS.outcomes.won,
      ...SHARED_WORDS.outcomes.lost,
      ...SHARED_WORDS.newBusiness,
    ]) {
      expect(doc).toContain(w);
    }
    for (const field of CRM_FIELDS) expect(doc).toContain(`| \`${field}\` |`);
  });
});
