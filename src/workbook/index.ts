/** WorkbookSpec and its helpers: the seam between generators and hosts. */
export * from "./spec";
export * from "./a1";
export * from "./blocks";
export * from "./names";
export * from "./rename";
export * from "./resolve";
export * from "./validate";
export * from "./validate-charts";
export * from "./chart-refs";
export * from "./units";
export { STYLES } from "./styles";
export type { StyleDefinition } from "./styles";
export * from "./validation-rule";
export * from "./tables";
