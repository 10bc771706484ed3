/**
 * A language the library writes in: Vietnamese (the default, as in the source texts) or English.
 *
 * @example
 * ```ts
 * const locale: Locale = "vi";
 * ```
 */
export type Locale = "vi" | "en";

/**
 * The languages the library writes in, Vietnamese first.
 *
 * @example
 * ```ts
 * LOCALES; //=> ["vi", "en"]
 * ```
 */
export const LOCALES: readonly Locale[] = Object.freeze(["vi", "en"] as const);

/**
 * A text in both languages. Every name and message of the library has one.
 *
 * @example
 * ```ts
 * const name: Bilingual = { vi: "Sở Nội vụ", en: "Department of Home Affairs" };
 * ```
 */
export interface Bilingual {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}
