/**
 * Warnings of an evaluation: facts a reader must see that do not stop the evaluation, each with a catalogue code,
 * its parameters and a message in Vietnamese and English.
 *
 * @module
 */
import type { IssueCode, IssueParams } from "../i18n/messages.js";
import { messageFor } from "../i18n/messages.js";
import type { EvaluationWarning } from "./types.js";

/** Builds a warning from a catalogue code. */
export function warning(code: IssueCode & `warning.${string}`, params: IssueParams): EvaluationWarning {
  return { code, params, message: messageFor(code, params) };
}
