/**
 * "Equals this cell" criteria for SUMIFS/COUNTIFS/AVERAGEIFS. Excel reads * ? ~ as wildcards (~
 * escapes); Gnumeric reads a criterion that starts with "=" literally, so escaped names go without it.
 * The engines' readings of these forms are compared in test/oracle/cross-engine.test.ts.
 */
import { equalsCell, escapedCell } from "../../src/generators/criteria";

describe("equalsCell", () => {
  it('keeps "=" before a plain name, so "<10k" is no operator', () => {
    expect(equalsCell("$A5", "Li Wei")).toBe('"="&$A5');
    expect(equalsCell("$A5", "<10k")).toBe('"="&$A5');
  });

  it('escapes a name holding * ? or ~, without the "="', () => {
    const esc = 'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A5,"~","~~"),"*","~*"),"?","~?")';
    expect(escapedCell("$A5")).toBe(esc);
    for (const name of ["Wang*Fang", "Zhang?Jie", "Liu~Yang"]) expect(equalsCell("$A5", name)).toBe(esc);
    // A leading operator as well: Excel's form ("=" then escaped) wins.
    expect(equalsCell("$A5", ">Top*")).toBe(`"="&${esc}`);
  });
});
