// A Stryker test runner plugin: the vitest runner, with one change. A mutant that makes a test file fail to load
// (the presets build their plans when they are imported, so a mutant in code they call can break the import)
// is killed: no test of that file can pass. The vitest runner itself counts a file that did not load as no
// failure, so every such mutant "survived" with only the tests of the other files run.
// And one repair: the runner's setup file is replaced by scripts/stryker-setup.mjs, which works under vitest 4.1
// (see that file: without it Stryker gets no coverage and cannot activate module-level mutants).
import { copyFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { declareFactoryPlugin, PluginKind } from "@stryker-mutator/api/plugin";
import { strykerPlugins as vitestPlugins } from "@stryker-mutator/vitest-runner";

const original = vitestPlugins[0].factory;
const SETUP = fileURLToPath(new URL("./stryker-setup.mjs", import.meta.url));

function loadFailures(runner) {
  const files = runner.ctx?.state.getFiles() ?? [];
  return (
    files
      .filter((f) => f.result?.state === "fail" && (f.result.errors?.length ?? 0) > 0)
      // Not a load failure caused by the mutant: vitest 4.1 refuses the afterAll hook of Stryker's own setup file in
      // a file with hooks of its own (seen on test/tally/sql.test.ts in every run).
      .filter((f) => !String(f.result.errors[0]?.message ?? "").includes("has no access to context"))
      .map((f) => `${f.name}: ${String(f.result.errors[0]?.message ?? "failed to load").slice(0, 200)}`)
  );
}

function createRunner(injector) {
  const runner = original(injector);
  const init = runner.init.bind(runner);
  runner.init = async () => {
    await init();
    // Stryker copied its own setup file to runner.localSetupFile during init; vitest reads it at each run.
    await copyFile(SETUP, runner.localSetupFile);
  };
  const mutantRun = runner.mutantRun.bind(runner);
  runner.mutantRun = async (options) => {
    // A static mutant runs every test of the module's files. With the `testFiles` option, Stryker 9.5 passes those
    // files as the test filter and therefore asks for "runtime" activation (a filter means per-test coverage to
    // it), so the mutant was switched on after the module had loaded and could never be killed. A filter of whole
    // files (no "#test name") is that case: activate the mutant before the modules load.
    const wholeFiles =
      (options.testFilter ?? []).length > 0 && options.testFilter.every((id) => !id.includes("#"));
    const result = await mutantRun(wholeFiles ? { ...options, mutantActivation: "static" } : options);
    if (result.status !== "survived") return result;
    const failures = loadFailures(runner);
    if (failures.length === 0) return result;
    return {
      status: "killed",
      killedBy: [],
      failureMessage: `a test file failed to load: ${failures[0]}`,
      nrOfTests: result.nrOfTests ?? 0,
    };
  };
  return runner;
}
createRunner.inject = original.inject;

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, "vitest-loading", createRunner)];
