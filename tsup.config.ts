import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  presets: "src/presets/index.ts",
  calendar: "src/calendar/index.ts",
};

export default defineConfig({
  entry: { ...entry, cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: "node20",
  splitting: true,
  treeshake: true,
});
