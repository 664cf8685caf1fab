/** File-format prefixes for post-2007 functions (Microsoft's list of "_xlfn." functions). */
import { addFuturePrefixes, removeFuturePrefixes } from "../../src/hosts/xlsx/future-functions";

describe("future-function prefixes", () => {
  it("prefixes post-2007 functions and leaves older ones alone", () => {
    expect(addFuturePrefixes('MAXIFS(A:A,B:B,"x")+SUMIFS(A:A,B:B,"x")')).toBe(
      '_xlfn.MAXIFS(A:A,B:B,"x")+SUMIFS(A:A,B:B,"x")',
    );
    expect(addFuturePrefixes("IFS(A1>1,1,TRUE,0)")).toBe("_xlfn.IFS(A1>1,1,TRUE,0)");
    expect(addFuturePrefixes("ifna(x,0)")).toBe("_xlfn.ifna(x,0)");
    expect(addFuturePrefixes("STDEV.S(A1:A9)+STDEV(A1:A9)")).toBe("_xlfn.STDEV.S(A1:A9)+STDEV(A1:A9)");
    expect(addFuturePrefixes("FILTER(A1:A9,B1:B9)")).toBe("_xlfn._xlws.FILTER(A1:A9,B1:B9)");
    expect(addFuturePrefixes("NETWORKDAYS(A1,B1)+EDATE(A1,1)")).toBe("NETWORKDAYS(A1,B1)+EDATE(A1,1)");
  });

  it("never touches text, names that are not calls, or prefixed names", () => {
    expect(addFuturePrefixes('"MAXIFS(" & IFS')).toBe('"MAXIFS(" & IFS');
    expect(addFuturePrefixes("_xlfn.MAXIFS(A:A,B:B,1)")).toBe("_xlfn.MAXIFS(A:A,B:B,1)");
    expect(addFuturePrefixes("'IFS(1)'!A1")).toBe("'IFS(1)'!A1");
  });

  it("removes them again for display", () => {
    expect(removeFuturePrefixes('_xlfn.MAXIFS(A:A,B:B,"_xlfn.x")')).toBe('MAXIFS(A:A,B:B,"_xlfn.x")');
    expect(removeFuturePrefixes("_xlfn._xlws.SORT(A1:A3)")).toBe("SORT(A1:A3)");
  });
});

describe("future-function prefixes: the pre-check that skips tokenizing", () => {
  // The names of Microsoft's list this module must prefix (a sample of each shape: dotted, short,
  // long, the two _xlws ones), and older functions that must stay bare.
  const future = [
    "XLOOKUP",
    "IFS",
    "LET",
    "COT",
    "STDEV.S",
    "T.TEST",
    "FORECAST.ETS.STAT",
    "FILTER",
    "SORT",
    "TEXTJOIN",
  ];
  const older = ["SUM", "IF", "STDEV", "SUMIFS", "INDEX", "ROUND", "FORECAST", "SORTED", "T"];
  const prefixed = (name: string) => (name === "FILTER" || name === "SORT" ? "_xlfn._xlws." : "_xlfn.");

  it("prefixes each future function wherever it is called: first, nested, after operators and spaces", () => {
    for (const name of future) {
      const p = prefixed(name);
      expect(addFuturePrefixes(`${name}(A1)`)).toBe(`${p}${name}(A1)`);
      expect(addFuturePrefixes(`=1+${name}(A1)`)).toBe(`=1+${p}${name}(A1)`);
      expect(addFuturePrefixes(`ROUND(SUM(B1:B9),0)*IF(C1>0,${name}(C1:C9),0)`)).toBe(
        `ROUND(SUM(B1:B9),0)*IF(C1>0,${p}${name}(C1:C9),0)`,
      );
      expect(addFuturePrefixes(`SUM(A1, ${name.toLowerCase()}(A2))`)).toBe(
        `SUM(A1, ${p}${name.toLowerCase()}(A2))`,
      );
    }
  });

  it("leaves alone older functions, names inside strings and quoted sheet names, and longer names", () => {
    for (const name of older) expect(addFuturePrefixes(`${name}(A1)+1`)).toBe(`${name}(A1)+1`);
    expect(addFuturePrefixes('"XLOOKUP(1)"&SUM(1)')).toBe('"XLOOKUP(1)"&SUM(1)');
    expect(addFuturePrefixes("SUM('LET(x)'!A1:A3)")).toBe("SUM('LET(x)'!A1:A3)");
    expect(addFuturePrefixes("SUM(IFS!A1)")).toBe("SUM(IFS!A1)");
    expect(addFuturePrefixes("MYXLOOKUP(A1)+XLOOKUPS(A1)+A.IFS(1)")).toBe(
      "MYXLOOKUP(A1)+XLOOKUPS(A1)+A.IFS(1)",
    );
    expect(addFuturePrefixes("SUM(A1:A9)")).toBe("SUM(A1:A9)");
    expect(addFuturePrefixes("A1*2")).toBe("A1*2");
  });

  it("gives what tokenizing every formula gives (a second implementation, without the pre-check)", () => {
    // The reference: every formula tokenized, each name followed by "(" looked up.
    const reference = (formula: string) =>
      formula.replace(
        /("(?:[^"]|"")*"|'(?:[^']|'')*')|([A-Za-z_\\][A-Za-z0-9_.\\]*)(?=\()/g,
        (all, quoted: string | undefined, name: string | undefined) => {
          if (quoted !== undefined || name === undefined) return all;
          const upper = name.toUpperCase();
          if (future.includes(upper)) return prefixed(upper) + name;
          return name;
        },
      );
    const parts = [...future, ...older, "A1", " ", "(", ")", ",", "+", '"', "'", "!", "_xlfn.", "1", "B$2"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 3000; n++) {
      let formula = "";
      const length = 1 + (next() % 8);
      for (let i = 0; i < length; i++) formula += parts[next() % parts.length];
      // Only balanced quotes: the two implementations need not agree on malformed text.
      if ((formula.match(/"/g) ?? []).length % 2 || (formula.match(/'/g) ?? []).length % 2) continue;
      expect([formula, addFuturePrefixes(formula)]).toEqual([formula, reference(formula)]);
    }
  });
});
