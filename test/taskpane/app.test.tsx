/**
 * @jest-environment jsdom
 */
/** The pane's Fluent UI v9 shell renders under jsdom and switches language. */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { localeFromLanguage } from "../../src/i18n";

describe("task pane shell", () => {
  it("renders the home view in English", () => {
    render(<App mode="download" initialLocale="en-US" />);
    expect(screen.getByRole("heading", { level: 1, name: "Sales Kit" })).toBeTruthy();
    expect(screen.getByText(/=SALES\.ATTAINMENT\(1440000, 1200000\)/)).toBeTruthy();
    expect(screen.getByText(/Browser mode/)).toBeTruthy();
  });

  it("follows a Chinese display language", () => {
    expect(localeFromLanguage("zh-CN")).toBe("zh-CN");
    expect(localeFromLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromLanguage("en-GB")).toBe("en-US");
    render(<App mode="excel" initialLocale={localeFromLanguage("zh-CN")} />);
    expect(screen.getByRole("heading", { level: 1, name: "销售工具包" })).toBeTruthy();
    expect(screen.getByText("已连接 Excel")).toBeTruthy();
  });

  it("switches language from the dropdown", async () => {
    render(<App mode="download" initialLocale="en-US" />);
    await act(async () => {
      fireEvent.click(screen.getByRole("combobox", { name: "Language" }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("option", { name: "中文" }));
    });
    expect(screen.getByRole("heading", { level: 1, name: "销售工具包" })).toBeTruthy();
  });
});
