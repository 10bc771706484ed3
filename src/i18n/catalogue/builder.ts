import type { Bilingual } from "../locale.js";

/**
 * Parameters of an issue: plain JSON values.
 *
 * @example
 * ```ts
 * const p: IssueParams = { year: 2025, indicator: "women-in-planning-pool" };
 * ```
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/**
 * Builds the two messages of one issue code from its parameters.
 *
 * @example
 * ```ts
 * const m: MessageBuilder = (p) => ({ vi: `Năm ${p["year"]}`, en: `Year ${p["year"]}` });
 * ```
 */
export type MessageBuilder = (params: IssueParams) => Bilingual;

/** A parameter as text in a message. */
export const str = (x: unknown): string => (Array.isArray(x) ? x.join(", ") : String(x));
