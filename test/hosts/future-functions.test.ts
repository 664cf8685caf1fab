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
