/**
 * The runtime the functions meet, adapted before functions.ts registers them.
 *
 * The pane's page loads functions.js in a plain browser too (download mode), where no
 * CustomFunctions runtime exists. The CustomFunctions.associate(...) calls that the metadata plugin
 * appends to functions.ts would then throw; this inert stand-in takes them instead.
 *
 * Inside Excel, every function is registered with its data-type arguments read first (see
 * data-type-args.ts), so a stock or geography cell gives #VALUE! with a message, never an object
 * the KPI code does not know.
 */
import { withBasicArguments } from "./data-type-args";

type Associate = (id: string, fn: (...args: never[]) => unknown) => void;

if (typeof CustomFunctions === "undefined") {
  (globalThis as unknown as { CustomFunctions: Pick<typeof CustomFunctions, "associate"> }).CustomFunctions =
    {
      associate: () => undefined,
    };
} else {
  const runtime = CustomFunctions as unknown as { associate: Associate };
  const associate = runtime.associate.bind(runtime);
  try {
    runtime.associate = (id, fn) =>
      typeof id === "string" && typeof fn === "function"
        ? associate(id, withBasicArguments(fn))
        : (associate as (...a: unknown[]) => void)(id, fn);
  } catch {
    // A frozen runtime: the functions are registered as they are, data types reach the readers.
  }
}
