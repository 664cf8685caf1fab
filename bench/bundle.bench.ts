/** Sizes of what ships: functions.js (goal <= 30 KB minified) and the pane bundle (goal <= 350 KB gzip). */
import fs from "fs";
import path from "path";
import zlib from "zlib";

// npm run bench runs the benches from the repository root.
const dist = path.resolve(process.cwd(), "dist");
if (!fs.existsSync(path.join(dist, "functions.js"))) {
  console.error("dist/ is missing: run npm run build first");
  process.exit(1);
}
for (const file of ["functions.js", "taskpane.js", "commands.js"]) {
  const data = fs.readFileSync(path.join(dist, file));
  const gzip = zlib.gzipSync(data, { level: 9 }).length;
  console.log(
    `${file.padEnd(14)} ${(data.length / 1024).toFixed(1).padStart(8)} KB minified ${(gzip / 1024).toFixed(1).padStart(8)} KB gzip`,
  );
}
