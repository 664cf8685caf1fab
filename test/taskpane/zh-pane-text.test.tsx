/**
 * @jest-environment jsdom
 */
/**
 * The pane in Chinese holds no English (issue 22): every view is opened in zh-CN, with its advanced
 * sections expanded, and every visible text, label, placeholder and tooltip must hold no Latin word
 * but codes (CRM, KPI, SALES.* functions, CSV and .xlsx) and product names.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { zhCN } from "../../src/i18n/zh-CN";
import { VIEWS } from "../../src/taskpane/views/views";
import { openView } from "./interact";
import { fakeServices, renderPane } from "./support";

/** Product and CRM names, and the examples the pane shows as typed. */
const NAMES = new Set(["Excel", "Salesforce", "Zoho", "SMART", "xlsx", "csv", "zip"]);

/** A command line the pane quotes for the CLI: "sales-kit incentives --crm <导出文件>". */
const COMMAND_LINE = /sales-kit(?:\s+[a-z]+)?(?:\s+--[a-z-]+(?:\s+<[^>]*>)?)*/g;

function englishIn(text: string): string[] {
  return [
    ...text
      .replace(/\S*\.(?:csv|xlsx|zip)\b/gi, " ")
      .replace(COMMAND_LINE, " ")
      .matchAll(/[A-Za-z][A-Za-z0-9_.-]*/g),
  ]
    .map((m) => m[0].replace(/\.$/, ""))
    .filter(
      (w) =>
        !NAMES.has(w) &&
        !/^[A-Z][A-Z0-9_]*(?:[./-][A-Z0-9_*]+)*\.?\*?$/.test(w) && // CRM, KPI, SALES.ATTAINMENT, TODAY
        !/^\d*[QH]\d$/.test(w),
    );
}

/** What a reader sees or hears of the pane: text, and the labels of controls. */
function paneTexts(): string[] {
  const texts = [document.body.textContent ?? ""];
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    // A Dropdown that cannot be cleared keeps its clear button hidden by style (jsdom applies none).
    if (el.matches(".fui-Dropdown__clearButton") && !el.hasAttribute("tabindex")) continue;
    for (const attr of ["aria-label", "placeholder", "title", "alt"]) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  }
  return texts;
}

describe("the pane in Chinese", () => {
  it("shows no English word in any view", async () => {
    renderPane({ locale: "zh-CN", services: fakeServices({ mode: "excel" }) });
    const found = new Set<string>();
    for (const view of VIEWS) {
      await openView(zhCN[view.label]);
      // Open what is folded (advanced rules, more options) so its texts are read too.
      const folded = screen
        .queryAllByRole("button", { expanded: false })
        .filter((b) => b.getAttribute("data-testid") !== "nav-menu");
      for (const button of folded) {
        await act(async () => {
          fireEvent.click(button);
        });
      }
      for (const text of paneTexts()) for (const w of englishIn(text)) found.add(`${view.id}: ${w}`);
    }
    expect([...found]).toEqual([]);
  });

  it("finds English where it is (the check itself works)", () => {
    expect(englishIn("加载 CSV 或 .xlsx 文件，Use the pasted rows")).toEqual([
      "Use",
      "the",
      "pasted",
      "rows",
    ]);
    expect(englishIn("在单元格中输入 =SALES. 即可看到全部函数；SALES.ATTAINMENT")).toEqual([]);
  });
});
