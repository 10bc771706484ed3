// One way to refuse a bad argument in the calendar: the library's InvalidInputError with a catalogue code.
import { InvalidInputError } from "../errors/errors.js";
import type { IssueParams } from "../i18n/catalogue/builder.js";
import { makeIssue } from "../i18n/issues.js";
import type { IssueCode } from "../i18n/messages.js";

/**
 * Builds the error thrown by the calendar for a catalogue code, at a path into the arguments.
 *
 * @internal
 */
export function rangeError(
  code: IssueCode,
  params: IssueParams,
  path: readonly (string | number)[] = [],
): InvalidInputError {
  return new InvalidInputError([makeIssue(code, path, params)]);
}
