/** Jest runs every suite under test/; React tests opt into jsdom with a docblock. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.[tj]sx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  transformIgnorePatterns: ["/node_modules/(?!(jose|canonicalize)/)"],
  moduleNameMapper: {
    "^canonicalize$": "<rootDir>/node_modules/canonicalize/lib/canonicalize.js",
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
};
