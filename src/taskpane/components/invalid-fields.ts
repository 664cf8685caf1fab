/**
 * The fields of a form that hold a problem, read from the form as rendered, and the hook that keeps
 * the list at the Create button in step with them while a blocked create shows it.
 */
import * as React from "react";

/** A field that holds a problem: its label and message, read from the form as rendered. */
export interface Invalid {
  readonly control: HTMLElement;
  readonly label: string;
  readonly message: string;
}

const textOf = (ids: string | null): string =>
  (ids ?? "")
    .split(/\s+/)
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
    .filter(Boolean)
    .join(" ");

/**
 * The controls of the form marked invalid (Fluent's Field sets aria-invalid and puts the message
 * first in aria-describedby), and messages that belong to a group of fields (data-form-error), in
 * the order they appear.
 */
export function invalidControls(form: Element | null): Invalid[] {
  if (!form) return [];
  return Array.from(form.querySelectorAll<HTMLElement>('[aria-invalid="true"], [data-form-error]')).map(
    (el) => {
      if (el.hasAttribute("data-form-error")) {
        return {
          control: el,
          label: el.getAttribute("data-form-error") ?? "",
          message: el.textContent ?? "",
        };
      }
      const input = el as HTMLInputElement;
      const label = textOf(el.getAttribute("aria-labelledby")) || input.labels?.[0]?.textContent || "";
      const message = textOf((el.getAttribute("aria-describedby") ?? "").split(/\s+/)[0] ?? "");
      return { control: el, label: label.replace(/\s*\*$/, ""), message };
    },
  );
}

/**
 * While `blocked`, the invalid fields of the form around `root`. After `focusFirst` is set (a
 * blocked create), focus goes to the first of them, or to `summary` when no field claims a problem.
 */
export function useInvalidFields(
  blocked: boolean,
  root: React.RefObject<HTMLElement | null>,
  summary: React.RefObject<HTMLElement | null>,
): { readonly invalid: readonly Invalid[]; readonly focusFirst: React.RefObject<boolean> } {
  const [invalid, setInvalid] = React.useState<readonly Invalid[]>([]);
  const focusFirst = React.useRef(false);
  // While the list at the button shows, it follows the fields' messages as they are fixed.
  React.useLayoutEffect(() => {
    if (!blocked) return;
    const found = invalidControls(root.current?.closest("form, section") ?? null);
    const same =
      found.length === invalid.length &&
      found.every((f, i) => f.control === invalid[i].control && f.message === invalid[i].message);
    if (!same) setInvalid(found);
    if (focusFirst.current) {
      focusFirst.current = false;
      (found[0]?.control ?? summary.current)?.focus();
    }
  });
  return { invalid, focusFirst };
}
