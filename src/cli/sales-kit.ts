/** Entry point of the built CLI (dist/cli/sales-kit.js, run by bin/sales-kit.js). */
// Node's native zlib for the .xlsx writer's deflate (five times fflate's speed; the browser keeps fflate).
import "../hosts/xlsx/stream-deflate-node";
import { limitHeapGrowth } from "./heap-growth";
import { main } from "./main";
import { terminalSafe } from "./terminal";

limitHeapGrowth();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main() catches the commands' failures; this is the last guard, still without a stack.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sales-kit: ${terminalSafe(message.slice(0, 300))}\n`);
    process.exitCode = 70;
  },
);
