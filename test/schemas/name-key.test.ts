/**
 * One name key for the roster's duplicate check and the CRM owner match: a name the roster takes
 * as one rep is the name an export's owner column finds, ß and final sigma included.
 */
import { OwnerMatcher } from "../../src/generators/crm/owners";
import { matchKey } from "../../src/generators/crm/text";
import { nameKey, personKey } from "../../src/schemas/name-key";
import { parseRosterCsv } from "../../src/schemas/roster";

const HEADER = "name,role,team,manager,hire date";

describe("nameKey and personKey", () => {
  it.each([
    // German sharp s upper-cases to SS (Unicode SpecialCasing), so both spellings are one name.
    ["Anna Strauß", "ANNA STRAUSS", "anna strauss"],
    // Greek: upper and lower case are one name; lower-casing writes the final sigma at the word's
    // end (Unicode's Final_Sigma rule), whichever form was typed.
    ["ΟΔΥΣΣΕΥΣ", "οδυσσευσ", "οδυσσευς"],
    // Full-width letters and the ideographic space are NFKC compatibility forms of ASCII.
    ["Ｌｉ\u3000Ｗｅｉ", "  li   wei ", "li wei"],
    ["王芳", "王芳", "王芳"],
  ])("%s and %s are both %s", (a, b, key) => {
    expect(nameKey(a)).toBe(key);
    expect(nameKey(b)).toBe(key);
  });

  it("lets the CRM import compare words with the same key", () => {
    expect(matchKey("Closed  WON")).toBe("closed won");
    expect(matchKey("Straße")).toBe(nameKey("STRASSE"));
  });

  it("drops the spaces inside a person's name, which systems write differently", () => {
    expect(personKey("李 伟")).toBe("李伟");
    expect(personKey("Li Wei")).toBe(personKey("LIWEI"));
  });
});

describe("the roster and the owner match agree", () => {
  it("the roster refuses two reps the owner match could not tell apart", () => {
    const r = parseRosterCsv(
      [HEADER, "Anna Strauß,AE,East,Zhou Min,2022-01-10", "ANNA STRAUSS,AE,West,Zhou Min,2022-01-10"].join(
        "\n",
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.en)).toContainEqual(
        expect.stringContaining('"ANNA STRAUSS" (row 3) and "Anna Strauß" (row 2) are the same name'),
      );
    const spaced = parseRosterCsv(
      [HEADER, "李 伟,AE,East,Zhou Min,2022-01-10", "李伟,AE,West,Zhou Min,2022-01-10"].join("\n"),
    );
    expect(spaced.ok).toBe(false);
  });

  it("an export's owner finds the rep whose name differs only by ß, case, width or spacing", () => {
    const r = parseRosterCsv(
      [HEADER, "Anna Strauß,AE,East,Zhou Min,2022-01-10", "李 伟,AE,West,Zhou Min,2022-01-10"].join("\n"),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const owners = new OwnerMatcher(r.value);
    expect(owners.match("ANNA STRAUSS")?.name).toBe("Anna Strauß");
    expect(owners.match("Ａｎｎａ　Ｓｔｒａｕß")?.name).toBe("Anna Strauß");
    expect(owners.match("李伟")?.name).toBe("李 伟");
    expect(owners.match("Anna Strauss-Berg")).toBeNull();
  });
});
