/** Excel serial dates to ISO dates, with Excel's 1900 leap-year bug (serial 60 is 1900-02-29). */
import { serialHasIsoDate, serialToIsoDate } from "../../src/workbook/units";

describe("serialToIsoDate", () => {
  it("counts serial 1 as 1900-01-01 and serial 61 as 1900-03-01, as Excel does", () => {
    // Microsoft: "Excel ... 1900 date system ... the first day is January 1, 1900" (serial 1), and
    // Excel treats 1900 as a leap year, so 1900-03-01 is serial 61 (DATE(1900,3,1) = 61).
    expect(serialToIsoDate(1)).toBe("1900-01-01");
    expect(serialToIsoDate(31)).toBe("1900-01-31");
    expect(serialToIsoDate(59)).toBe("1900-02-28");
    expect(serialToIsoDate(61)).toBe("1900-03-01");
    // DATE(2027,1,31) = 46418 in Excel.
    expect(serialToIsoDate(46418)).toBe("2027-01-31");
    expect(serialToIsoDate(46418.75)).toBe("2027-01-31");
    expect(serialToIsoDate(2958465)).toBe("9999-12-31");
  });

  it("refuses serials no calendar names", () => {
    expect(() => serialToIsoDate(60)).toThrow(RangeError);
    expect(() => serialToIsoDate(0)).toThrow(RangeError);
    expect(serialHasIsoDate(60)).toBe(false);
    expect(serialHasIsoDate(1)).toBe(true);
  });
});
