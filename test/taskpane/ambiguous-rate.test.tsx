/**
 * @jest-environment jsdom
 */
/**
 * A "1" typed in a weight (a rate read either way) is 1% to some and 100% to others: the field asks
 * "1% or 100%?" with a button for each instead of guessing, and the button writes the answer in.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ROSTER_CSV, findView, renderPane } from "./support";
import { choose, pasteRoster, type } from "./interact";

async function press(group: HTMLElement, name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(within(group).getByRole("button", { name }));
  });
}

describe("a bare 1 in a rate field", () => {
  it("asks 1% or 100%? and takes the answer (English)", async () => {
    renderPane({ view: "reviews" });
    await findView("Self-review & development plan");
    await pasteRoster(ROSTER_CSV);
    await choose("Rep", "Li Wei · East");
    const box = (await type("Prospecting weight", "1")) as HTMLInputElement;
    const ask = screen.getByRole("group", { name: "1% or 100%?" });
    expect(
      within(ask)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["1%", "100%"]);
    await press(ask, "100%");
    expect(box.value).toBe("100%");
    expect(screen.queryByRole("group", { name: "1% or 100%?" })).toBeNull();
    // 0.5 and 5 are not ambiguous (a fraction, a percentage): nothing is asked.
    await type("Prospecting weight", "5");
    expect(screen.queryByRole("group", { name: /100%\?/ })).toBeNull();
  });

  it("asks 是 1% 还是 100%? in Chinese, and 1% is kept as typed", async () => {
    renderPane({ view: "reviews", locale: "zh-CN" });
    await findView("自评与发展计划");
    // The first competency's weight field.
    const box = screen.getAllByRole("textbox", { name: /权重/ })[0] as HTMLInputElement;
    await act(async () => {
      fireEvent.change(box, { target: { value: "1" } });
      fireEvent.blur(box);
    });
    const ask = screen.getByRole("group", { name: "是 1% 还是 100%?" });
    await press(ask, "1%");
    expect(box.value).toBe("1%");
  });
});
