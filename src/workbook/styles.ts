/** The named styles of generated sheets, described once for both hosts. Colours are "#RRGGBB". */
import type { StyleName } from "./spec";

export interface StyleDefinition {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly border?: "thin" | "topDouble";
  readonly horizontal?: "left" | "center" | "right";
  readonly wrap?: boolean;
  /** Input cells are unlocked so a protected sheet still takes entries. */
  readonly locked: boolean;
}

export const STYLES: Readonly<Record<StyleName, StyleDefinition>> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864", locked: true },
  subtitle: { bold: true, fontSize: 12, fontColor: "#1F3864", locked: true },
  header: {
    bold: true,
    fontColor: "#FFFFFF",
    fill: "#1F4E79",
    border: "thin",
    horizontal: "center",
    wrap: true,
    locked: true,
  },
  label: { bold: true, locked: true },
  input: { fill: "#FFF2CC", fontColor: "#1F1F1F", border: "thin", locked: false },
  computed: { fill: "#F2F2F2", border: "thin", locked: true },
  total: { bold: true, border: "topDouble", locked: true },
  note: { italic: true, fontColor: "#595959", wrap: true, locked: true },
};
