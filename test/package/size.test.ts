// The size budget of the core: the ES module bundle of the root entry point, minified and gzipped, without its
// dependencies (zod is a peer dependency; papaparse is the Node entry's only). Measured with esbuild from the
// sources, so it runs before the build; docs/quality.md gives the figure.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** The budget, in bytes of min+gzip: 54,088 measured on 2 December 2026, plus about 10%. */
const CORE_BUDGET = 60_000;

describe("size budget", () => {
  it("keeps the core ESM bundle (min+gzip, dependencies excluded) within its budget", async () => {
    const r = await build({
      entryPoints: ["src/index.ts"],
      bundle: true,
      format: "esm",
      minify: true,
      write: false,
      platform: "neutral",
      external: ["zod", "papaparse", "node:*"],
      logLevel: "silent",
    });
    const code = r.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(
      `core ESM bundle: ${code.length} bytes minified, ${gzipped} bytes min+gzip (budget ${CORE_BUDGET})`,
    );
    expect(gzipped).toBeLessThanOrEqual(CORE_BUDGET);
    // The core imports nothing of Node: it runs in a browser or a worker.
    expect(r.outputFiles[0]?.text ?? "").not.toMatch(/from ?"node:/);
  });
});
