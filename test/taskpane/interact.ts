/** Small user actions for the pane's component tests (Testing Library with act()). */
import { act, fireEvent, screen } from "@testing-library/react";

export async function type(
  name: string | RegExp,
  value: string,
  role: "textbox" | "combobox" = "textbox",
): Promise<HTMLElement> {
  const box = screen.getByRole(role, { name });
  await act(async () => {
    fireEvent.change(box, { target: { value } });
    fireEvent.blur(box);
  });
  return box;
}

export async function click(name: string | RegExp, role: "button" | "checkbox" = "button"): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }));
  });
}

/** Opens the navigation menu and picks a view. */
export async function openView(name: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId("nav-menu"));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("menuitemradio", { name }));
  });
}

/** Opens a Fluent Dropdown by its label and picks an option by its text. */
export async function choose(label: string | RegExp, option: string | RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("combobox", { name: label }));
  });
  await act(async () => {
    fireEvent.click(screen.getByRole("option", { name: option }));
  });
}

export async function pasteRoster(
  text: string,
  button: string | RegExp = "Use the pasted rows",
): Promise<void> {
  await type(/paste the roster|粘贴名单/, text);
  await click(button);
}

/** The message Fluent shows under a field (the texts its control is described by). */
export function messageOf(control: HTMLElement): string {
  const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

export async function upload(label: string | RegExp, file: File): Promise<void> {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

/** Waits for the preview, which follows the form shortly after each change. */
export async function previewShown(): Promise<HTMLElement> {
  return screen.findByTestId("preview", {}, { timeout: 5000 });
}

/** Presses the form's primary action (Create sheets, or Download in a browser), in either language. */
export async function submit(): Promise<void> {
  await click(/^(Create sheets|Download \.xlsx|创建工作表|下载 \.xlsx)$/);
}
