/**
 * The command-line tool's own errors: a stable code, a message in Vietnamese and English, and the exit code.
 * Nothing the tool does ends in a stack trace: every failure becomes one of these, or a library error.
 *
 * @module
 * @internal
 */
import type { Bilingual } from "../i18n/locale.js";

/** Exit codes: 0 done; 1 done, but the input had problems (invalid, rejected rows); 2 wrong usage. */
export const EXIT = { ok: 0, inputProblems: 1, usage: 2, internal: 3 } as const;

/** A failure of the command line: usage, a file that cannot be read, a value that cannot be parsed. */
export class CliError extends Error {
  readonly code: string;
  readonly messages: Bilingual;
  readonly exitCode: number;
  constructor(code: string, messages: Bilingual, exitCode: number) {
    super(messages.en);
    this.name = "CliError";
    this.code = code;
    this.messages = messages;
    this.exitCode = exitCode;
  }
}

/** A usage error (exit 2). */
export function usageError(code: string, vi: string, en: string): CliError {
  return new CliError(code, { vi, en }, EXIT.usage);
}

/** An input error: a file or a value that cannot be used (exit 1). */
export function inputError(code: string, vi: string, en: string): CliError {
  return new CliError(code, { vi, en }, EXIT.inputProblems);
}
