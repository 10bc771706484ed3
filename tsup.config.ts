import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  presets: "src/presets/index.ts",
  calendar: "src/calendar/index.ts",
  node: "src/node/index.ts",
};

// No source maps: they would point at sources the package does not ship. `dist/` is emptied by the build script.
const common = { sourcemap: false, clean: false, target: "node20", treeshake: true } as const;

export default defineConfig([
  {
    // ES modules, the command-line tool included: it shares the library's chunks instead of bundling a copy.
    ...common,
    entry: { ...entry, cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: { entry },
    splitting: true,
  },
  {
    // CommonJS for require(); no CLI twin that nothing references.
    ...common,
    entry,
    format: ["cjs"],
    dts: { entry },
    splitting: true,
  },
]);
