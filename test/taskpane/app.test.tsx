/**
 * @jest-environment jsdom
 */
/** The pane's shell: language follows Office and switches, navigation reaches every view. */
import { act, fireEvent, screen } from "@testing-library/react";
import { localeFromLanguage } from "../../src/i18n";
import { openView } from "./interact";
import { fakeServices, fakeWorkbook, findView, renderPane } from "./support";

/** Opens the function reference behind Home's link (it loads on first open). */
async function openReference(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId("open-reference"));
  });
  await screen.findByRole("searchbox", {}, { timeout: 20000 });
}

describe("task pane shell", () => {
  it("renders the home view in English: what the user wants to do, on one screen", () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "Sales Kit" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "What do you want to do?" })).toBeTruthy();
    for (const task of ["Set goals", "Pay commission", "Run reviews", "Import the CRM", "Use KPI formulas"]) {
      expect(screen.getByRole("button", { name: new RegExp(`^${task}`) })).toBeTruthy();
    }
    // The function reference waits behind its link.
    expect(screen.queryByText("=SALES.ATTAINMENT(1440000, 1200000)")).toBeNull();
    expect(screen.getByText(/Browser mode/)).toBeTruthy();
  });

  it("opens a task from Home", async () => {
    renderPane();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Pay commission/ }));
    });
    expect(await findView("Incentive table")).toBeTruthy();
  });

  it("searches the function reference, with examples as Excel shows them", async () => {
    renderPane();
    await openReference();
    expect(screen.getByText("=SALES.ATTAINMENT(1440000, 1200000)")).toBeTruthy();
    // 56/65 = 0.861538461538…: a standard-width cell in General format shows 0.861538.
    expect(document.body.textContent).not.toContain("0.861538461538462");
    expect(document.body.textContent).toContain("→ 0.861538");
    await act(async () => {
      fireEvent.change(screen.getByRole("searchbox", { name: "Search the functions" }), {
        target: { value: "attainment" },
      });
    });
    const names = screen.getAllByText(/^SALES\.[A-Z.]+$/).map((n) => n.textContent);
    expect(names).toContain("SALES.ATTAINMENT");
    expect(names).not.toContain("SALES.COMMISSION");
    await act(async () => {
      fireEvent.change(screen.getByRole("searchbox", { name: "Search the functions" }), {
        target: { value: "zzz" },
      });
    });
    expect(screen.getByTestId("function-status").textContent).toBe('No function matches "zzz".');
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Back to Home" }));
    });
    expect(screen.getByRole("heading", { level: 2, name: "What do you want to do?" })).toBeTruthy();
  });

  it("follows a Chinese display language", () => {
    expect(localeFromLanguage("zh-CN")).toBe("zh-CN");
    expect(localeFromLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromLanguage("en-GB")).toBe("en-US");
    renderPane({ locale: localeFromLanguage("zh-CN"), services: fakeServices({ mode: "excel" }) });
    expect(screen.getByRole("heading", { level: 1, name: "销售工具包" })).toBeTruthy();
    expect(screen.getByText(/已连接 Excel/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("switches language from the dropdown, everything from the catalog", async () => {
    renderPane();
    await act(async () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Language" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "中文" }));
    });
    expect(screen.getByRole("heading", { level: 1, name: "销售工具包" })).toBeTruthy();
    expect(screen.getByTestId("nav-menu").textContent).toBe("栏目：首页");
    expect(screen.getByRole("heading", { name: "您想做什么？" })).toBeTruthy();
    await openReference();
    expect(screen.getByRole("heading", { name: "可在单元格中输入的公式" })).toBeTruthy();
    expect(screen.queryByText("Goal sheet")).toBeNull();
  });

  it.each([
    ["Goal sheet", "Goal sheet"],
    ["Incentive table", "Incentive table"],
    ["Self-review & plan", "Self-review & development plan"],
    ["Feedback log", "Feedback log"],
    ["CRM import", "CRM import"],
  ])("opens %s from the navigation menu", async (tab, heading) => {
    renderPane();
    await openView(tab);
    expect(await findView(heading)).toBeTruthy();
    expect(screen.getByTestId("nav-menu").textContent).toBe(`Section: ${tab}`);
  });

  it("inserts an example formula into the selected cell inside Excel", async () => {
    const workbook = fakeWorkbook();
    renderPane({ services: fakeServices({ mode: "excel", workbook }) });
    await openReference();
    await act(async () => {
      fireEvent.click(
        screen.getByRole("button", { name: "Insert the example of SALES.ATTAINMENT into the selected cell" }),
      );
    });
    expect(workbook.inserted).toEqual(["=SALES.ATTAINMENT(1440000, 1200000)"]);
    expect(screen.getByTestId("function-status").textContent).toBe(
      "Inserted the example of SALES.ATTAINMENT into Sheet1!B4.",
    );
  });

  it("offers Copy instead of Insert in a browser", async () => {
    const copied: string[] = [];
    renderPane({ services: fakeServices({ copyText: async (t) => void copied.push(t) }) });
    await openReference();
    expect(screen.queryByRole("button", { name: /Insert the example/ })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy the example of SALES.ATTAINMENT" }));
    });
    expect(copied).toEqual(["=SALES.ATTAINMENT(1440000, 1200000)"]);
  });
});
