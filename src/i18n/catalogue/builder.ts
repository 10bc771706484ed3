import type { Bilingual } from "../locale.js";

/** Parameters of an issue: plain JSON values. */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** Builds the two messages of one issue code from its parameters. */
export type MessageBuilder = (params: IssueParams) => Bilingual;

/** A parameter as text in a message. */
export const str = (x: unknown): string => (Array.isArray(x) ? x.join(", ") : String(x));
