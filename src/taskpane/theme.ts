/** Light or dark: from Office's theme colours inside Office, from the browser's preference outside. */
export type ThemeName = "light" | "dark";

/** Relative luminance of "#RRGGBB" (0 black .. 1 white); null when it is not a colour. */
export function luminance(color: string | undefined | null): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Office's body background decides: dark when it is closer to black than to white. */
export function themeFromBackground(color: string | undefined | null): ThemeName | null {
  const l = luminance(color);
  return l === null ? null : l < 0.2 ? "dark" : "light";
}

export function browserTheme(): ThemeName {
  try {
    return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  } catch {
    return "light";
  }
}
