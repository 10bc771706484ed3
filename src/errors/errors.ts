/**
 * The library's own errors: every one has a stable `name`, the `code` of its first issue, the issues themselves
 * (code, path, parameters, a message in Vietnamese and English) and a check, `X.is(e)`, that works whichever build
 * (ESM or CJS) or copy of the package threw it.
 *
 * @module
 */
import type { ValidationIssue } from "../i18n/issues.js";
import type { Bilingual } from "../i18n/locale.js";
import type { IssueCode } from "../i18n/messages.js";

/**
 * The names of the library's error classes: each error's `name` is one of them, and stays so across versions.
 *
 * @example
 * ```ts
 * const name: ErrorName = "PlanConfigError";
 * ```
 */
export type ErrorName =
  | "InvalidInputError"
  | "PlanConfigError"
  | "UnitValidationError"
  | "HolidayCalendarError"
  | "AdjustmentRefusedError";

// A registered symbol: the same in every build and every copy of the package, unlike a class.
const BRAND = Symbol.for("vn-women-leadership.error");

/**
 * Whether a value carries the library's error brand, with a given name if one is asked for.
 *
 * @internal
 */
export function branded(e: unknown, name?: ErrorName): boolean {
  if (typeof e !== "object" || e === null) return false;
  const brand = (e as Record<symbol, unknown>)[BRAND];
  return typeof brand === "string" && (name === undefined || brand === name);
}

const MAX_LISTED = 10;

function describe(issues: readonly ValidationIssue[], headline: Bilingual, locale: "vi" | "en"): string {
  const lines = issues
    .slice(0, MAX_LISTED)
    .map((i) => `  ${i.path.length === 0 ? "(root)" : i.path.join(".")}: ${i.message[locale]} [${i.code}]`);
  const more =
    issues.length > MAX_LISTED
      ? [
          locale === "vi"
            ? `  … và ${issues.length - MAX_LISTED} lỗi khác`
            : `  … and ${issues.length - MAX_LISTED} more`,
        ]
      : [];
  return [headline[locale], ...lines, ...more].join("\n");
}

/**
 * The base class of every error the library throws. Use {@link VnWomenLeadershipError.is} (or the subclass's
 * `is`) rather than `instanceof`: an error thrown by the CommonJS build is not an instance of the ES module
 * build's class, but `is` recognises it by its registered brand.
 *
 * @example
 * ```ts
 * try {
 *   definePlan({});
 * } catch (e) {
 *   if (VnWomenLeadershipError.is(e)) console.log(e.code, e.issues[0]?.message.vi);
 * }
 * ```
 */
export class VnWomenLeadershipError extends Error {
  /** The stable name of the error's class. */
  override readonly name: ErrorName;
  /** The catalogue code of the first issue. */
  readonly code: IssueCode;
  /** Every issue found, each with its code, path, parameters and messages in both languages. */
  readonly issues: readonly ValidationIssue[];
  /** The whole message in Vietnamese and in English (`message` is the English one). */
  readonly messages: Bilingual;

  /**
   * Builds an error of a given name from its issues (at least one).
   *
   * @param name - the class's stable name.
   * @param issues - the issues; the first gives `code`.
   * @param headline - the first line of the message, in both languages.
   */
  constructor(name: ErrorName, issues: readonly ValidationIssue[], headline: Bilingual) {
    const messages = { vi: describe(issues, headline, "vi"), en: describe(issues, headline, "en") };
    super(messages.en);
    this.name = name;
    this.code = issues[0]?.code ?? "custom";
    this.issues = issues;
    this.messages = messages;
    Object.defineProperty(this, BRAND, { value: name, enumerable: false });
  }

  /**
   * Whether a value is an error of this library, from any build or copy of it.
   *
   * @example
   * ```ts
   * VnWomenLeadershipError.is(new Error("x")); //=> false
   * ```
   */
  static is(e: unknown): e is VnWomenLeadershipError {
    return branded(e);
  }
}

/**
 * Thrown when an argument or option of a function is not what it accepts: a wrong type or shape, a value outside
 * its list or range, a date that does not exist. Its issues' paths start with the argument's name
 * (`["options", "year"]`).
 *
 * @example
 * ```ts
 * try {
 *   targetFor(hungYen53, "women-in-planning-pool", 2025.5);
 * } catch (e) {
 *   if (InvalidInputError.is(e)) e.issues[0]?.path; //=> ["year"]
 * }
 * ```
 */
export class InvalidInputError extends VnWomenLeadershipError {
  /**
   * Builds the error from its issues.
   *
   * @param issues - what is wrong, at least one.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super("InvalidInputError", issues, { vi: "Dữ liệu đầu vào không hợp lệ:", en: "Invalid input:" });
  }

  /**
   * Whether a value is an {@link InvalidInputError}, from any build.
   *
   * @example
   * ```ts
   * InvalidInputError.is(new RangeError("x")); //=> false
   * ```
   */
  static override is(e: unknown): e is InvalidInputError {
    return branded(e, "InvalidInputError");
  }
}

/**
 * Thrown by `definePlan` and `adaptPlan` when a configuration is not valid. Holds the same issues as
 * `safeDefinePlan` returns.
 *
 * @example
 * ```ts
 * try { definePlan(config); } catch (e) { if (PlanConfigError.is(e)) console.log(e.issues); }
 * ```
 */
export class PlanConfigError extends VnWomenLeadershipError {
  /**
   * Builds the error from the issues found.
   *
   * @param issues - the issues found.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super("PlanConfigError", issues, {
      vi: `Cấu hình kế hoạch không hợp lệ (${issues.length} lỗi):`,
      en: `Invalid plan configuration (${issues.length} issue(s)):`,
    });
  }

  /**
   * Whether a value is a {@link PlanConfigError}, from any build.
   *
   * @example
   * ```ts
   * PlanConfigError.is(safeDefinePlan({})); //=> false (safe functions return, never throw)
   * ```
   */
  static override is(e: unknown): e is PlanConfigError {
    return branded(e, "PlanConfigError");
  }
}

/**
 * Thrown by `defineUnits`, `evaluate` and `rollUp` when units do not form a valid hierarchy (duplicate ids,
 * unknown parents, cycles, …); holds the same issues as `validateUnits` returns.
 *
 * @example
 * ```ts
 * try {
 *   defineUnits([{ id: "a", kind: "other", tier: "province", parent: "a" }]);
 * } catch (e) {
 *   if (UnitValidationError.is(e)) e.code; //=> "unit.cycle"
 * }
 * ```
 */
export class UnitValidationError extends VnWomenLeadershipError {
  /**
   * Builds the error from the issues found.
   *
   * @param issues - the issues found.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super("UnitValidationError", issues, { vi: "Danh sách đơn vị không hợp lệ:", en: "Invalid units:" });
  }

  /**
   * Whether a value is a {@link UnitValidationError}, from any build.
   *
   * @example
   * ```ts
   * UnitValidationError.is(null); //=> false
   * ```
   */
  static override is(e: unknown): e is UnitValidationError {
    return branded(e, "UnitValidationError");
  }
}

/**
 * Thrown by `holidayCalendar` and `withDecisions` when holiday-decision rows or settings are invalid.
 *
 * @example
 * ```ts
 * try {
 *   holidayCalendar([{ year: 2027, breaks: [], makeUpWorkingDays: [], source: "", confidence: "confirmed" }]);
 * } catch (e) {
 *   if (HolidayCalendarError.is(e)) e.issues[0]?.path; //=> ["decisions", 0, "source"]
 * }
 * ```
 */
export class HolidayCalendarError extends VnWomenLeadershipError {
  /**
   * Builds the error from the issues found.
   *
   * @param issues - the issues found.
   */
  constructor(issues: readonly ValidationIssue[]) {
    super("HolidayCalendarError", issues, {
      vi: "Bảng quyết định nghỉ lễ không hợp lệ:",
      en: "Invalid holiday decisions:",
    });
  }

  /**
   * Whether a value is a {@link HolidayCalendarError}, from any build.
   *
   * @example
   * ```ts
   * HolidayCalendarError.is({}); //=> false
   * ```
   */
  static override is(e: unknown): e is HolidayCalendarError {
    return branded(e, "HolidayCalendarError");
  }
}
