/**
 * @jest-environment jsdom
 */
/** The roster sources every form shares: a CSV file (UTF-8 or GBK), a workbook table, pasted rows. */
import { screen } from "@testing-library/react";
import { rosterFromGrid, rosterFromText } from "../../src/taskpane/roster-input";
import { ROSTER_CSV, fakeServices, fakeWorkbook, findView, renderPane } from "./support";
import { choose, click, pasteRoster, upload } from "./interact";

describe("roster sources", () => {
  it("loads a CSV file with Chinese headers", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    const csv =
      "姓名,职位,团队,经理,入职日期\n李伟,销售代表,华东,陈静,2024-03-01\n王芳,销售代表,华南,陈静,2025-07-15\n";
    await upload("Load a CSV or .xlsx file", new File([csv], "名单.csv", { type: "text/csv" }));
    expect((await screen.findByTestId("roster-status")).textContent).toBe(
      "2 reps in 2 team(s), from 名单.csv.",
    );
  });

  it("decodes a GBK file (Excel's Chinese CSV)", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    // "姓名,团队\n李伟,华东\n" in GBK (as Python's "gbk" codec encodes it): 姓 D0D5 名 C3FB 团 CDC5 队 B6D3 李 C0EE 伟 CEB0 华 BBAA 东 B6AB.
    const bytes = new Uint8Array([
      0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xcd, 0xc5, 0xb6, 0xd3, 0x0a, 0xc0, 0xee, 0xce, 0xb0, 0x2c, 0xbb, 0xaa,
      0xb6, 0xab, 0x0a,
    ]);
    await upload("Load a CSV or .xlsx file", new File([bytes], "gbk.csv"));
    expect((await screen.findByTestId("roster-status")).textContent).toBe(
      "1 reps in 1 team(s), from gbk.csv.",
    );
  });

  it("picks a table of the workbook", async () => {
    const grid = ROSTER_CSV.split("\n").map((l) => l.split(","));
    const workbook = fakeWorkbook([], { Team: grid, Other: [["x"]] });
    renderPane({ view: "goals", services: fakeServices({ mode: "excel", workbook }) });
    await findView("Goal sheet");
    await click("Choose a table…");
    await choose("Table", "Team (Team)");
    await click("Use this table");
    expect(screen.getByTestId("roster-status").textContent).toBe("6 reps in 2 team(s), from Team.");
  });

  it("lists each problem with its row", async () => {
    renderPane({ view: "goals" });
    await findView("Goal sheet");
    await pasteRoster("name,team\nLi Wei,East\nLi Wei,\n");
    const text = screen.getByText("The roster from pasted rows has problems:").parentElement!.textContent!;
    expect(text).toContain("pasted rows, row 3, team: team is empty");
    expect(text).toContain(
      'pasted rows, row 3, name: "Li Wei" appears twice (also row 2); names must be unique',
    );
  });

  it("reads numbers from a range: dates as Excel serials", () => {
    // 43570 = 2019-04-15 (Excel serial).
    const state = rosterFromGrid(
      [
        ["Name", "Team", "Hire date"],
        ["Li Wei", "East", 43570],
      ],
      "A1:C2",
    );
    expect(state.issues).toEqual([]);
    expect(state.reps[0].hireDate).toBe(43570);
    expect(rosterFromText("", "empty").issues[0].en).toBe("the file is empty");
  });
});
