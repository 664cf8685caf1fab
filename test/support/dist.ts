/** Paths of the built add-in, for tests of what ships. */
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const DEV_URL = "https://localhost:3000/";
