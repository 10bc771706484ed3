/**
 * The command-line tool as a function of its arguments and its surroundings (output streams, today's date, where
 * the sample data and the package version are), so that it can be tested without a process. Every failure ends as
 * a message in the chosen language with a code and an exit code; no stack trace is printed.
 *
 * @module
 * @internal
 */
import type { Locale } from "../i18n/locale.js";
import { COMMANDS } from "./commands.js";
import { CliError, EXIT, usageError } from "./errors.js";
import { type Command, HELP, USAGE } from "./help.js";
import { failureLines, langOption, parse } from "./options.js";

/** What the tool needs from its surroundings. */
export interface CliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date in Vietnam (the CLI is the one place that reads the clock). */
  readonly today: () => string;
  /** The path of a bundled sample file, or `undefined` when the package does not ship it. */
  readonly sampleFile: (name: string) => string | undefined;
  readonly version: string;
  /** A progress line on a terminal (overwritten in place); absent when stderr is not a terminal. */
  readonly progress?: ((text: string) => void) | undefined;
}

const isCommand = (s: string): s is Command => Object.hasOwn(HELP, s);

const unknownCommand = (s: string): CliError =>
  usageError("cli.unknown-command", `Lệnh không có: ${s}.`, `Unknown command: ${s}.`);

function guessLocale(argv: readonly string[]): Locale {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

/**
 * Runs the tool on its arguments and returns the exit code; output goes through `env`, all of it once the
 * command has succeeded or failed (never half a report).
 */
export async function run(argv: readonly string[], env: CliEnvironment): Promise<number> {
  let locale: Locale = guessLocale(argv);
  const out: string[] = [];
  const err: string[] = [];
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      env.stderr(USAGE);
      return EXIT.usage;
    }
    if (first === "--version" || first === "-v") {
      env.stdout(env.version);
      return EXIT.ok;
    }
    if (first === "--help" || first === "-h") {
      env.stdout(USAGE);
      return EXIT.ok;
    }
    if (first === "help") {
      const topic = rest[0];
      if (topic === undefined) env.stdout(USAGE);
      else if (isCommand(topic)) env.stdout(HELP[topic]);
      else throw unknownCommand(topic);
      return EXIT.ok;
    }
    if (!isCommand(first)) throw unknownCommand(first);
    if (rest.includes("--help") || rest.includes("-h")) {
      env.stdout(HELP[first]);
      return EXIT.ok;
    }
    const { values, positionals } = parse(first, rest);
    locale = langOption(values);
    const code = await COMMANDS[first]({
      values,
      positionals,
      locale,
      today: env.today,
      sampleFile: env.sampleFile,
      progress: env.progress,
      out,
      err,
    });
    if (out.length > 0) env.stdout(out.join("\n"));
    if (err.length > 0) env.stderr(err.join("\n"));
    return code;
  } catch (e) {
    // What was found before the failure (rejected rows) is still worth reading.
    if (err.length > 0) env.stderr(err.join("\n"));
    return fail(e, locale, env);
  }
}

function fail(e: unknown, locale: Locale, env: CliEnvironment): number {
  const lines = failureLines(e, locale);
  if (lines !== undefined) {
    for (const line of lines) env.stderr(line);
    const code = e instanceof CliError ? e.exitCode : EXIT.inputProblems;
    if (code === EXIT.usage)
      env.stderr(locale === "vi" ? "Xem: vn-women-leadership --help" : "See: vn-women-leadership --help");
    return code;
  }
  const message = e instanceof Error ? e.message : String(e);
  env.stderr(
    locale === "vi"
      ? `Lỗi nội bộ, xin báo cho người phát triển: ${message} [cli.internal]`
      : `Internal error, please report it: ${message} [cli.internal]`,
  );
  return EXIT.internal;
}
