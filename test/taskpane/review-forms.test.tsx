/**
 * @jest-environment jsdom
 */
/** The self-review and feedback-log forms: review schema messages, the rep from the roster, preview. */
import { screen } from "@testing-library/react";
import { fileSetWriter } from "../../src/taskpane/files/file-set";
import { WorkerBuildError } from "../../src/taskpane/download/worker-build";
import { ROSTER_CSV, fakeFiles, fakeWriter, fakeServices, findView, renderPane } from "./support";
import { choose, click, messageOf, pasteRoster, type, previewShown, submit } from "./interact";

describe("self-review and development plan form", () => {
  it("asks for the rep, then previews the review, plan and feedback sheets", async () => {
    const writer = fakeWriter();
    renderPane({ view: "reviews", services: fakeServices({ writer }) });
    await findView("Self-review & development plan");
    await pasteRoster(ROSTER_CSV);
    await submit();
    expect(messageOf(screen.getByRole("combobox", { name: "Rep" }))).toContain(
      "Choose the rep this review is for.",
    );
    await choose("Rep", "Li Wei · East");
    await previewShown();
    // Today is 2027-01-15: the review looks back on the half in progress.
    expect(screen.getByText("Review of Li Wei for 2027-H1.")).toBeTruthy();
    expect(screen.getByText("What will be created: 4 sheet(s)")).toBeTruthy();
    await click("Download .xlsx");
    expect(writer.writes[0].spec.sheets).toHaveLength(4);
  });

  it("shows that the competency weights must add up to 100%", async () => {
    renderPane({ view: "reviews" });
    await findView("Self-review & development plan");
    await pasteRoster(ROSTER_CSV);
    await choose("Rep", "Li Wei · East");
    // Eight competencies at 12.5% each; one raised to 50%: 7 x 12.5% + 50% = 137.5%.
    await type("Prospecting weight", "50%");
    await submit();
    expect(screen.getByRole("alert").textContent).toContain("weights add up to 137.5%, not 100%");
  });

  it("names a period it cannot read, in Chinese", async () => {
    renderPane({ view: "reviews", locale: "zh-CN" });
    await findView("自评与发展计划");
    const period = await type("评估周期", "2027-H3");
    expect(messageOf(period)).toContain("请将周期写成 2025、2025-H1、2025-Q3 或 2025-07");
  });
});

describe("the whole team's reviews", () => {
  it("makes a workbook per rep and the index as one .zip (browser mode)", async () => {
    const files = fakeFiles();
    const writer = fakeWriter();
    renderPane({ view: "reviews", services: fakeServices({ files, writer }) });
    await findView("Self-review & development plan");
    await pasteRoster(ROSTER_CSV);
    await choose("Rep", "The whole team (a private workbook per rep, the manager's copies and an index)");
    await previewShown();
    await click("Download .zip");
    expect(writer.writes).toHaveLength(0);
    expect(files.calls).toHaveLength(1);
    const names = files.calls[0].files.map((f) => f.fileName);
    // The roster's six reps (support.tsx), each in a file of its own, the manager's copies of their
    // manager reviews apart, then the manager's index.
    const reps = ["Li Wei", "Wang Fang", "Zhang Jie", "Huang Min", "Zhao Qiang", "Ma Lin"];
    expect(names).toEqual([
      ...reps.map((r) => `${r}.xlsx`),
      ...reps.map((r) => `Manager copies/${r}.xlsx`),
      "Review index.xlsx",
    ]);
    expect(files.calls[0].request.zipName).toBe("review-2027-H1.zip");
    const success = await screen.findByTestId("write-success");
    expect(success.textContent).toContain("Downloaded review-2027-H1.zip: 13 workbook(s)");
  });

  it("in Chinese: 全体成员, and the index named in Chinese", async () => {
    const files = fakeFiles();
    renderPane({ view: "reviews", locale: "zh-CN", services: fakeServices({ files }) });
    await findView("自评与发展计划");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    await choose("销售人员", "全体成员（每人一份私密工作簿，另附经理副本和索引）");
    await previewShown();
    await click("下载 .zip");
    const names = files.calls[0].files.map((f) => f.fileName);
    expect(names[names.length - 1]).toMatch(/\.xlsx$/);
    expect(names[names.length - 1]).not.toBe("Review index.xlsx");
    expect((await screen.findByTestId("write-success")).textContent).toContain("已下载");
    expect(files.calls[0].request.locale).toBe("zh-CN");
  });

  it("in Chinese: a file that cannot be built is named, and why, in Chinese", async () => {
    const files = fileSetWriter({
      build: async () => {
        throw new WorkerBuildError("out of memory", "内存不足");
      },
      offerZip: () => "blob:zip",
    });
    renderPane({ view: "reviews", locale: "zh-CN", services: fakeServices({ files }) });
    await findView("自评与发展计划");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    await choose("销售人员", "全体成员（每人一份私密工作簿，另附经理副本和索引）");
    await previewShown();
    await click("下载 .zip");
    const error = (await screen.findByTestId("write-error")).textContent ?? "";
    // The first file of the set is Li Wei's own review.
    expect(error).toContain("无法生成 Li Wei.xlsx：内存不足");
    expect(error).not.toContain("Could not");
  });
});

describe("feedback log form", () => {
  it("needs an owner and at least five empty rows, then previews one sheet", async () => {
    renderPane({ view: "feedback" });
    await findView("Feedback log");
    await submit();
    expect(messageOf(screen.getByRole("combobox", { name: "Rep" }))).toContain(
      "write whose log it is: a rep or a team",
    );
    const rows = await type("Empty rows", "3");
    expect(messageOf(rows)).toContain("must be at least 5");
    await type("Empty rows", "12");
    await type("Rep", "Li Wei", "combobox");
    await previewShown();
    expect(screen.getByText("What will be created: 1 sheet(s)")).toBeTruthy();
  });
});
