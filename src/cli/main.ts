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
import { inputError } from "./errors.js";
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

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  today: () => vietnamDate(new Date()),
  sampleFile: (name) => {
    const found = packageFile("data", "sample", name);
    if (found === undefined)
      throw inputError(
        "cli.sample-missing",
        `Không thấy dữ liệu mẫu ${name}.`,
        `Sample data ${name} not found.`,
      );
    return found;
  },
  version: version(),
});
