/**
 * @jest-environment jsdom
 */
/** The pane's shell: language follows Office and switches, navigation reaches every view. */
import { act, fireEvent, screen } from "@testing-library/react";
import { localeFromLanguage } from "../../src/i18n";
import { openView } from "./interact";
import { fakeServices, fakeWorkbook, findView, renderPane } from "./support";

describe("task pane shell", () => {
  it("renders the home view in English with the function list", () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "Sales Kit" })).toBeTruthy();
    expect(screen.getByText("=SALES.ATTAINMENT(1440000, 1200000)")).toBeTruthy();
    expect(screen.getByText(/Browser mode/)).toBeTruthy();
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
    expect(screen.queryByRole("button", { name: /Insert the example/ })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Copy the example of SALES.ATTAINMENT" }));
    });
    expect(copied).toEqual(["=SALES.ATTAINMENT(1440000, 1200000)"]);
  });
});
