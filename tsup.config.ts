import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  presets: "src/presets/index.ts",
  calendar: "src/calendar/index.ts",
  node: "src/node/index.ts",
};

export default defineConfig([
  {
    entry,
    format: ["esm", "cjs"],
    dts: { entry },
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: true,
    treeshake: true,
  },
  {
    // The command-line tool: one ES module file (the `bin`), no CommonJS twin that nothing references.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
]);
