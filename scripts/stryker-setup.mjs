// Stryker's vitest setup file (@stryker-mutator/vitest-runner 9.5.1, dist/src/stryker-setup.js) with the one change
// vitest 4.1 needs: a suite-level hook receives a fixtures context first and the suite second. Stryker's own file
// reads `({ meta })` from the first argument, so under vitest 4.1 its afterAll throws in every test file: no
// per-test coverage reaches Stryker (every mutant runs every test), no hit count (no timeout detection) and, the
// costly part, no static coverage, so a mutant in code that runs when a module loads (a schema, a catalogue) was
// activated after the module had loaded and "survived". scripts/stryker-vitest-loading.mjs copies this file over
// Stryker's in the sandbox. Like Stryker's, it imports nothing local.
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";

const globalNamespace = inject("globalNamespace");
const mutantActivation = inject("mutantActivation");
const mode = inject("mode");
globalThis[globalNamespace] ??= {};
const ns = globalThis[globalNamespace];
ns.hitLimit = inject("hitLimit");
if (mode === "mutant") {
  beforeAll(() => {
    ns.hitCount = 0;
  });
  if (mutantActivation === "static") {
    ns.activeMutant = inject("activeMutant");
  } else {
    beforeAll(() => {
      ns.activeMutant = inject("activeMutant");
    });
  }
  // biome-ignore lint/correctness/noEmptyPattern: vitest 4.1 requires the first argument of a suite hook to be a destructuring pattern
  afterAll(({}, file) => {
    file.meta.hitCount = ns.hitCount;
  });
} else {
  ns.activeMutant = undefined;
  beforeEach(({ task }) => {
    ns.currentTestId = toRawTestId(task);
  });
  afterEach(() => {
    ns.currentTestId = undefined;
  });
  // biome-ignore lint/correctness/noEmptyPattern: as above
  afterAll(({}, file) => {
    file.meta.mutantCoverage = ns.mutantCoverage;
  });
}

function collectTestName({ name, suite }) {
  const nameParts = [name];
  let currentSuite = suite;
  while (currentSuite) {
    nameParts.unshift(currentSuite.name);
    currentSuite = currentSuite.suite;
  }
  return nameParts.join(" ").trim();
}
function toRawTestId(test) {
  return `${test.file?.filepath ?? "unknown.js"}#${collectTestName(test)}`;
}
