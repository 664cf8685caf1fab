/**
 * `goals --password` and `incentives --password`, as `reviews --password`: the protection of the
 * generated input sheets carries the password's salted hash when one is given and no hash without
 * one; the password itself is written nowhere. Goal sheets are protected either way (as a guide);
 * incentive sheets only with a password, then the sheets holding inputs (plan, calculation, credit
 * splits), their input cells left editable. In English and Chinese.
 */
import fs from "fs";
import path from "path";
import { incentiveTexts } from "../../src/i18n/sheets/incentives";
import { crmTexts } from "../../src/i18n/sheets/crm";
import { unzip } from "../hosts/unzip";
import { makeTempDir, removeTempDir, runMain } from "../support/cli";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const PASSWORD = "Pa55-word!";

/** Each worksheet's name and its <sheetProtection> element ("(none)" without one). */
function protections(file: string): Map<string, string> {
  const parts = unzip(fs.readFileSync(file));
  const workbook = parts.get("xl/workbook.xml")!;
  const rels = parts.get("xl/_rels/workbook.xml.rels")!;
  const target = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)) {
    const name = m[1].replace(/&amp;/g, "&").replace(/&apos;/g, "'");
    const where = target.get(m[2])!.replace(/^\/?(xl\/)?/, "xl/");
    const xml = parts.get(where)!;
    out.set(name, /<sheetProtection\b[^>]*>/.exec(xml)?.[0] ?? "(none)");
  }
  return out;
}

/** The parts of the package whose text holds `text`. */
function partsWith(file: string, text: string): string[] {
  return [...unzip(fs.readFileSync(file))].filter(([, xml]) => xml.includes(text)).map(([n]) => n);
}

const HASH = /\bhashValue="[A-Za-z0-9+/=]{20,}"/;

describe.each(["en-US", "zh-CN"] as const)("--password on input sheets, %s", (locale) => {
  let dir: string;
  const run = (args: string[]) => runMain([...args, "--locale", locale], { cwd: dir, env: {} });
  beforeAll(() => {
    dir = makeTempDir("sales-kit-password-");
  });
  afterAll(() => removeTempDir(dir));

  it("goals: every sheet protected, with the password's hash only when given", async () => {
    const base = [
      "goals",
      "--roster",
      path.join(EXAMPLES, "goals/roster.csv"),
      "--config",
      path.join(EXAMPLES, "goals/goals.yaml"),
    ];
    const plain = await run([...base, "--out", "goals-plain.xlsx"]);
    expect(plain).toMatchObject({ code: 0, stderr: "" });
    const locked = await run([...base, "--out", "goals-locked.xlsx", "--password", PASSWORD]);
    expect(locked).toMatchObject({ code: 0, stderr: "" });
    // Told in the command line's language (no LANG here: English).
    expect(locked.stdout).toMatch(/sheet protection has a password.*not encryption/);
    expect(plain.stdout).not.toMatch(/password/);

    const p = protections(path.join(dir, "goals-plain.xlsx"));
    const l = protections(path.join(dir, "goals-locked.xlsx"));
    expect([...l.keys()]).toEqual([...p.keys()]);
    // Goals, scorecard, team roll-ups, settings, ramp.
    expect(p.size).toBe(5);
    for (const [, e] of p) {
      expect(e).toMatch(/^<sheetProtection\b/);
      expect(e).not.toMatch(/hashValue=|\bpassword=/);
    }
    for (const [, e] of l) expect(e).toMatch(HASH);
    expect(partsWith(path.join(dir, "goals-locked.xlsx"), PASSWORD)).toEqual([]);
  });

  it("incentives: no protection without a password; the input sheets locked with it", async () => {
    const base = [
      "incentives",
      "--roster",
      path.join(EXAMPLES, "goals/roster.csv"),
      "--config",
      path.join(EXAMPLES, "incentives/plan.yaml"),
    ];
    const plain = await run([...base, "--out", "pay-plain.xlsx"]);
    expect(plain).toMatchObject({ code: 0, stderr: "" });
    const locked = await run([...base, "--out", "pay-locked.xlsx", "--password", PASSWORD]);
    expect(locked).toMatchObject({ code: 0, stderr: "" });
    expect(locked.stdout).toMatch(/sheet protection has a password/);

    const sheet = incentiveTexts(locale).sheet;
    const p = protections(path.join(dir, "pay-plain.xlsx"));
    expect([...p.values()].every((e) => e === "(none)")).toBe(true);
    const l = protections(path.join(dir, "pay-locked.xlsx"));
    for (const input of [sheet.plan, sheet.calculation, sheet.credits]) expect(l.get(input)).toMatch(HASH);
    // Statements and team results hold no inputs: left as without a password.
    expect(l.get(sheet.statements)).toBe("(none)");
    expect(l.get(sheet.teams)).toBe("(none)");
    expect(partsWith(path.join(dir, "pay-locked.xlsx"), PASSWORD)).toEqual([]);
    // The input cells stay editable: the styles include unlocked cells.
    const styles = unzip(fs.readFileSync(path.join(dir, "pay-locked.xlsx"))).get("xl/styles.xml")!;
    expect(styles).toMatch(/<protection locked="0"\/>/);
  });

  it("incentives --goals: the goal sheets that lead the workbook take the password too", async () => {
    const out = "pay-goals.xlsx";
    const result = await run([
      "incentives",
      "--roster",
      path.join(EXAMPLES, "goals/roster.csv"),
      "--config",
      path.join(EXAMPLES, "incentives/demo-plan.yaml"),
      "--goals",
      path.join(EXAMPLES, "goals/goals.yaml"),
      "--out",
      out,
      "--password",
      PASSWORD,
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const l = protections(path.join(dir, out));
    const sheet = incentiveTexts(locale).sheet;
    expect(l.get(sheet.calculation)).toMatch(HASH);
    // Every sheet that is protected at all has the hash: the five goal sheets and the three
    // incentive input sheets at least.
    const protectedOnes = [...l.values()].filter((e) => e !== "(none)");
    expect(protectedOnes.length).toBeGreaterThanOrEqual(5 + 3);
    for (const e of protectedOnes) expect(e).toMatch(HASH);
  });

  it("incentives --crm: the incentive input sheets locked, the CRM sheets as the import writes them", async () => {
    const crm = path.join(EXAMPLES, "incentives/crm");
    const result = await run([
      "incentives",
      "--roster",
      path.join(crm, "team.csv"),
      "--config",
      path.join(crm, "bookings-plan.yaml"),
      "--crm",
      path.join(crm, "deals.csv"),
      "--out",
      "pay-crm.xlsx",
      "--password",
      PASSWORD,
    ]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const l = protections(path.join(dir, "pay-crm.xlsx"));
    const sheet = incentiveTexts(locale).sheet;
    for (const input of [sheet.plan, sheet.calculation, sheet.credits]) expect(l.get(input)).toMatch(HASH);
    expect(l.get(crmTexts(locale).sheet.data)).toBe("(none)");
    expect(partsWith(path.join(dir, "pay-crm.xlsx"), PASSWORD)).toEqual([]);
  });
});
