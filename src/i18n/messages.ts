/**
 * The one catalogue of validation messages, in Vietnamese and English.
 *
 * Every issue the library reports has a `code` from this catalogue; messages are built here and nowhere else
 * (one file per area under `catalogue/`), so that a translation or a change of wording is one edit, pinned by a
 * snapshot test.
 *
 * @module
 */
import { adjustmentMessages } from "./catalogue/adjustment.js";
import { argumentMessages } from "./catalogue/argument.js";
import { type IssueParams, type MessageBuilder, str } from "./catalogue/builder.js";
import { deadlineMessages } from "./catalogue/deadline.js";
import { intakeMessages } from "./catalogue/intake.js";
import { organisationMessages } from "./catalogue/organisation.js";
import { planMessages } from "./catalogue/plan.js";
import { shareMessages } from "./catalogue/share.js";
import { tallyMessages } from "./catalogue/tally.js";
import { warningMessages } from "./catalogue/warning.js";
import { zodMessages } from "./catalogue/zod.js";
import type { Bilingual } from "./locale.js";

export type { IssueParams, MessageBuilder } from "./catalogue/builder.js";

// zod's own codes first, then the library's, one file per area.
const entries = {
  ...zodMessages,
  ...argumentMessages,
  ...shareMessages,
  ...planMessages,
  ...adjustmentMessages,
  ...deadlineMessages,
  ...organisationMessages,
  ...tallyMessages,
  ...intakeMessages,
  ...warningMessages,
  "message.unknown-code": (p) => ({
    vi: `Không có mã thông báo "${str(p["code"])}" trong danh mục.`,
    en: `There is no message code "${str(p["code"])}" in the catalogue.`,
  }),
} as const satisfies Record<string, MessageBuilder>;

// No prototype (so "constructor" or "toString" are not codes) and frozen (so no caller can change a message
// every later caller reads).
const catalogue: typeof entries = Object.freeze(Object.assign(Object.create(null) as object, entries));

/**
 * Every issue code the library can report: zod's own codes (`invalid_type`, `too_small`, …) and the library's,
 * named `area.problem` (`share.bare-number`, `milestone.duplicate-year`, …). `issueCodes()` lists them all.
 *
 * @example
 * ```ts
 * const code: IssueCode = "share.bare-number";
 * ```
 */
export type IssueCode = keyof typeof catalogue & string;

/**
 * The message catalogue: for each issue code, the function that writes its Vietnamese and English messages.
 *
 * @example
 * ```ts
 * MESSAGES["text.empty"]({}).en; //=> "A name or text must not be empty."
 * ```
 */
export const MESSAGES: Readonly<Record<IssueCode, MessageBuilder>> = catalogue;

/**
 * Whether a string is a code of the message catalogue.
 *
 * @example
 * ```ts
 * isIssueCode("share.bare-number"); //=> true
 * isIssueCode("toString"); //=> false
 * ```
 */
export function isIssueCode(code: string): code is IssueCode {
  return typeof code === "string" && Object.hasOwn(MESSAGES, code);
}

/**
 * Builds the Vietnamese and English message of an issue from its code and parameters. An unknown code (a typo,
 * or a name such as `"constructor"`) gives the `message.unknown-code` message naming it; it never throws.
 *
 * @example
 * ```ts
 * messageFor("share.out-of-range", { value: "120%" }).en;
 * //=> "The share 120% is outside 0–100%."
 * ```
 */
export function messageFor(code: IssueCode, params: IssueParams = {}): Bilingual {
  const safe: IssueParams = typeof params === "object" && params !== null ? params : {};
  if (typeof code !== "string" || !isIssueCode(code)) {
    return MESSAGES["message.unknown-code"]({ code: typeof code === "string" ? code : typeof code });
  }
  return MESSAGES[code](safe);
}

/**
 * All issue codes, for documentation and tests.
 *
 * @example
 * ```ts
 * issueCodes().includes("milestone.duplicate-year"); //=> true
 * ```
 */
export function issueCodes(): readonly IssueCode[] {
  return Object.keys(MESSAGES) as IssueCode[];
}
