/** Entry point of the built CLI (dist/cli/sales-kit.js, run by bin/sales-kit.js). */
import { main } from "./main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main() catches the commands' failures; this is the last guard, still without a stack.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sales-kit: ${message.slice(0, 300).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?")}\n`);
    process.exitCode = 70;
  },
);
