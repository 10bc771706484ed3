#!/usr/bin/env node
/**
 * The command-line tool's process: reads the clock and the environment, then runs {@link run}. Run
 * `vn-women-leadership --help` for the commands.
 *
 * @module
 * @internal
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { vietnamDate } from "../calendar/instant.js";
import { run } from "./run.js";

const here = dirname(fileURLToPath(import.meta.url));

/** A file of the package: beside dist/ in the package, two levels up from src/cli/ in the repository. */
function packageFile(...parts: string[]): string | undefined {
  return [join(here, "..", ...parts), join(here, "..", "..", ...parts)].find((c) => existsSync(c));
}

function version(): string {
  const file = packageFile("package.json");
  if (file === undefined) return "unknown";
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

const terminal = process.stderr.isTTY === true;
let progressShown = false;
const clearProgress = () => {
  if (progressShown) process.stderr.write("\r\u001b[K");
  progressShown = false;
};
process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => {
    clearProgress();
    process.stdout.write(`${text}\n`);
  },
  stderr: (text) => {
    clearProgress();
    process.stderr.write(`${text}\n`);
  },
  today: () => vietnamDate(new Date()),
  sampleFile: (name) => packageFile("data", "sample", name),
  progress: terminal
    ? (text) => {
        progressShown = true;
        process.stderr.write(`\r${text}\u001b[K`);
      }
    : undefined,
  version: version(),
});
