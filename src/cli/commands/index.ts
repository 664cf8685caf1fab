/**
 * The table of `sales-kit` commands: one export line per command file. To add a command, write
 * commands/<name>.ts exporting a Command and add one line here; help lists them by name.
 */
export { demoCommand } from "./demo";
export { goalsCommand } from "./goals";
export { reviewsCommand } from "./reviews";
export { collectCommand } from "./collect";
export { importCommand } from "./import";
export { incentivesCommand } from "./incentives";
export { dashboardCommand } from "./dashboard";
