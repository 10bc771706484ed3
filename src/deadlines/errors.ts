// One way to throw: a RangeError whose message starts with the catalogue code and carries the English message,
// so a caller can match on the code and a person can read the sentence.
import type { IssueParams } from "../i18n/catalogue/builder.js";
import { type IssueCode, messageFor } from "../i18n/messages.js";

/**
 * Builds the RangeError thrown by the deadlines module for a catalogue code.
 *
 * @internal
 */
export function rangeError(code: IssueCode, params: IssueParams): RangeError {
  return new RangeError(`${code}: ${messageFor(code, params).en}`);
}
