/** WorkbookSpec and its helpers: the seam between generators and hosts. */
export * from "./spec";
export * from "./a1";
