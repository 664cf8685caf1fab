/** Jest: TypeScript through ts-jest; pane tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  moduleNameMapper: {
    "\\.(css)$": "<rootDir>/test/support/style-stub.js",
  },
  globalSetup: "<rootDir>/test/support/build.cjs",
  testTimeout: 60000,
  // Both cores of the CI machine: jest's default (cores - 1) ran the suite on one, past 20 minutes.
  maxWorkers: 2,
  testSequencer: "<rootDir>/test/support/sequencer.cjs",
};
