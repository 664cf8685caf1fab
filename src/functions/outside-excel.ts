/**
 * The pane's page loads functions.js in a plain browser too (download mode), where no
 * CustomFunctions runtime exists. The CustomFunctions.associate(...) calls that the metadata plugin
 * appends to functions.ts would then throw; this inert stand-in takes them instead. Inside Excel
 * (and in the bare test context) the real global is present and this module does nothing.
 */
if (typeof CustomFunctions === "undefined") {
  (globalThis as unknown as { CustomFunctions: Pick<typeof CustomFunctions, "associate"> }).CustomFunctions =
    {
      associate: () => undefined,
    };
}
