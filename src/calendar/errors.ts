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

/**
 * What a value is, for a message: the number or string itself (shortened), or its type. Never throws (a symbol or
 * an object without a prototype has no string form).
 *
 * @internal
 */
export function shown(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 37)}…` : value;
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}
