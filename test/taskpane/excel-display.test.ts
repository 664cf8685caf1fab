/** Numbers as Excel's General format fits them into a standard-width (8.43) column: =1/3 shows 0.333333. */
import { generalDisplay, generalNumber } from "../../src/taskpane/views/excel-display";

describe("General format in a standard column", () => {
  it.each([
    [56 / 65, "0.861538"], // Excel shows =56/65 as 0.861538
    [1 / 3, "0.333333"], // =1/3
    [82000 / 9, "9111.111"], // =82000/9
    [-1 / 3, "-0.33333"], // =-1/3
    [1.2, "1.2"],
    [240000, "240000"],
    [0.15, "0.15"],
  ])("%p shows as %s", (value, shown) => {
    expect(generalNumber(value)).toBe(shown);
  });

  it("leaves text alone and shows the numbers of an array result the same way", () => {
    expect(generalDisplay("AT RISK")).toBe("AT RISK");
    expect(generalDisplay("0.861538461538462")).toBe("0.861538");
    expect(generalDisplay("{0,300000,9111.11111111111}")).toBe("{0,300000,9111.111}");
  });
});
