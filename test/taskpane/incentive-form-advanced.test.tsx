/**
 * @jest-environment jsdom
 */
/**
 * The incentive form's "Advanced mechanics" disclosure: closed on the first screen, its fields
 * (cap on target incentive, tier tables per role, splits, returns) with their messages beside
 * them in the user's language, and the worked example following the cap and the role tables.
 */
import { screen, within } from "@testing-library/react";
import { ROSTER_CSV, findView, renderPane } from "./support";
import { click, messageOf, pasteRoster, submit, type } from "./interact";

const example = () => screen.getByTestId("worked-example").textContent ?? "";

describe("incentive form: advanced mechanics", () => {
  it("keeps the first screen simple: the mechanics open on demand", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    expect(screen.queryByRole("textbox", { name: "Cap (% of target incentive)" })).toBeNull();
    await click("Advanced mechanics");
    expect(screen.getByRole("textbox", { name: "Cap (% of target incentive)" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Year to date with true-up" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Draw only in the first months" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Best team award" })).toBeTruthy();
  });

  it("works the cap on target incentive into the example", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await type("Target incentive per year", "60,000");
    await click("Advanced mechanics");
    const cap = await type("Cap (% of target incentive)", "100");
    expect(messageOf(cap)).toContain("= 100%");
    // Target incentive 60,000 a year, paid monthly: 5,000 for the period; 100% of it caps at 5,000.
    // The sample rep sells 360,000 (120% of 300,000): 300,000 x 3% + 60,000 x 5% = 12,000 earned.
    expect(example()).toContain(
      "Capped at $5,000, 100% of the period's target incentive of $5,000 (earned before the cap: $12,000).",
    );
    expect(example()).toContain("Commission: $5,000");
    // 300% caps at 15,000, above the 12,000 earned.
    await type("Cap (% of target incentive)", "300");
    expect(example()).toContain(
      "Cap: $15,000, 300% of the period's target incentive of $5,000; not reached.",
    );
    expect(example()).toContain("Commission: $12,000");
  });

  it("pays a tier table per role, named in the example, and hides the single table", async () => {
    renderPane({ view: "incentives" });
    await findView("Incentive table");
    await click("Advanced mechanics");
    await click("A tier table per role", "checkbox");
    expect(screen.queryByRole("button", { name: "Remove tier 1" })).toBeTruthy();
    expect(screen.getByText("Paid on a tier table per role: see Advanced mechanics below.")).toBeTruthy();
    await type("Role 1", "Account Executive, AE");
    const table = screen.getByRole("group", { name: "Role table 1" });
    const second = within(table).getByRole("textbox", { name: "Tier 2 rate" });
    await type(second.getAttribute("aria-label") ?? "Tier 2 rate", "6");
    // The stand-in rep takes the first table's role; 300,000 x 3% + 60,000 x 6% = 12,600.
    expect(example()).toContain("A sample rep is paid on the Account Executive table.");
    expect(example()).toContain("Commission: $12,600");
    // With the roster, a rep whose role has no table is refused at the roster, never paid 0.
    await pasteRoster(ROSTER_CSV);
    await submit();
    expect(screen.getByTestId("form-problems").textContent).toContain(
      'Li Wei\'s role "Senior Account Executive" has no tier table for Revenue',
    );
  });

  it("puts a split's and a return's mistakes beside them, in Chinese too", async () => {
    renderPane({ view: "incentives", locale: "zh-CN" });
    await findView("激励表");
    await pasteRoster(ROSTER_CSV, "使用粘贴的行");
    await click("高级计发规则");
    await type("封顶（目标奖金的 %）", "300");
    await click("添加分单");
    await type("订单", "D-1");
    await type("发放期", "2");
    await type("订单金额", "30000");
    await type("销售人员 1", "Li Wei");
    await type("计酬份额 1", "60%");
    await type("销售人员 2", "Ma Lin");
    await type("计酬份额 2", "0");
    await type("指标份额 2", "100%");
    await click("添加退货");
    await type("销售人员", "Li Wei");
    await type("原业绩计发期", "4");
    await type("冲回发放期", "3");
    await type("退货金额", "1000");
    await submit();
    expect(messageOf(screen.getByRole("textbox", { name: "封顶（目标奖金的 %）" }))).toContain(
      "需要每位销售人员的目标奖金",
    );
    expect(screen.getByRole("group", { name: "分单 1" }).textContent).toContain(
      "各份额之和必须为 1（100%），现为 0.6",
    );
    const paidIn = screen.getByRole("textbox", { name: "原业绩计发期" });
    expect(messageOf(paidIn)).toContain("须为 1 到 3 的发放期序号");
  });
});
