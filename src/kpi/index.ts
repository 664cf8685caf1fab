/** The KPI core: pure math behind the SALES.* functions and the generators' reference engine. */
export * from "./result";
export { attainment, attainmentCore, DIRECTIONS } from "./attainment";
export type { Direction } from "./attainment";
