#!/usr/bin/env node
// Packs the library, installs the tarball into a throwaway project, and calls real functions from an ESM and a
// CJS file: what a user gets from the registry, not what the source tree looks like.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(".");
const dir = mkdtempSync(join(tmpdir(), "vnwl-smoke-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"] }).toString();
try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root));
  const tarball = join(dir, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${packed[0].size} bytes`);
  // The tarball holds what a user needs and nothing else: the builds (no source maps: they would point at sources
  // the package does not ship), the schemas, the JSON sample, the README, the changelog and the licence.
  const files = packed[0].files.map((f) => f.path).sort();
  const allowed = [
    /^package\.json$/,
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^LICENSE$/,
    /^dist\/[\w-]+\.(js|cjs|d\.ts|d\.cts)$/,
    /^schema\/[\w-]+\.schema\.json$/,
    /^data\/sample\/[\w-]+\.json$/,
  ];
  const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
  const required = [
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
    "dist/presets.js",
    "dist/calendar.js",
    "dist/node.js",
    "dist/node.cjs",
    "dist/cli.js",
    "schema/plan-config.schema.json",
    "schema/annual-report.schema.json",
    "schema/column-mapping.schema.json",
    "data/sample/units.json",
    "data/sample/tallies-2025.json",
    "data/sample/people-mapping.json",
  ];
  const missing = required.filter((f) => !files.includes(f));
  if (unexpected.length > 0 || missing.length > 0 || files.includes("dist/cli.cjs")) {
    throw new Error(
      `tarball contents: unexpected ${JSON.stringify(unexpected)}, missing ${JSON.stringify(missing)}`,
    );
  }
  console.log(
    `tarball contents as expected: ${files.length} files, ${packed[0].unpackedSize} bytes unpacked`,
  );

  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: "smoke", private: true, type: "commonjs" }),
  );
  // zod comes from the local cache that `npm ci` filled: the peer dependency a user installs beside us.
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `zod@${zodVersion()}`], dir);
  const check = `
    const api = M;
    const p = api.percentDecimal(10, 17);
    if (p !== "58.82") throw new Error("percentDecimal gave " + p);
    if (api.PercentSchema.safeParse(60).success) throw new Error("bare 60 accepted");
    console.log(KIND + " ok: percentDecimal(10, 17) = " + p);
  `;
  writeFileSync(
    join(dir, "esm.mjs"),
    `import * as M from "vn-women-leadership";\nconst KIND = "esm";\n${check}`,
  );
  writeFileSync(
    join(dir, "cjs.cjs"),
    `const M = require("vn-women-leadership");\nconst KIND = "cjs";\n${check}`,
  );
  // Errors across builds: thrown by the CJS build, recognised by the ESM build's `is` (not by instanceof).
  writeFileSync(
    join(dir, "cross.mjs"),
    `import { createRequire } from "node:module";
    import { PlanConfigError, InvalidInputError, VnWomenLeadershipError } from "vn-women-leadership";
    import { tetDate } from "vn-women-leadership/calendar";
    import { hungYen53 } from "vn-women-leadership/presets";
    const cjs = createRequire(import.meta.url)("vn-women-leadership");
    const cjsCalendar = createRequire(import.meta.url)("vn-women-leadership/calendar");
    let thrown;
    try { cjs.definePlan({}); } catch (e) { thrown = e; }
    if (thrown instanceof PlanConfigError) throw new Error("expected the dual-package hazard: not instanceof");
    if (!PlanConfigError.is(thrown) || !VnWomenLeadershipError.is(thrown)) throw new Error("PlanConfigError.is failed across builds");
    if (InvalidInputError.is(thrown)) throw new Error("a PlanConfigError is not an InvalidInputError");
    if (thrown.name !== "PlanConfigError" || typeof thrown.code !== "string") throw new Error("name and code");
    let bad;
    try { cjsCalendar.tetDate(1800); } catch (e) { bad = e; }
    if (!InvalidInputError.is(bad) || bad.code !== "lunar.outside-table") throw new Error("calendar error across builds");
    if (tetDate(2030) !== "2030-02-02" || hungYen53.indicators.length !== 3) throw new Error("subpaths");
    console.log("cross-build ok: " + thrown.name + " " + thrown.code + " recognised by the ESM build's is()");`,
  );
  process.stdout.write(run("node", ["esm.mjs"], dir));
  process.stdout.write(run("node", ["cross.mjs"], dir));
  process.stdout.write(run("node", ["cjs.cjs"], dir));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function zodVersion() {
  return JSON.parse(
    execFileSync("node", ["-p", "JSON.stringify(require('zod/package.json'))"], { cwd: root }),
  ).version;
}
