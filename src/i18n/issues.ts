/**
 * Validation issues: zod-shaped (code, path, params) with a message in Vietnamese and English.
 *
 * @module
 */
import type * as z from "zod";
import type { Bilingual } from "./locale.js";
import { type IssueCode, type IssueParams, isIssueCode, messageFor } from "./messages.js";

/**
 * One problem found in an input: what (a catalogue `code`), where (`path`, as in zod), the values involved
 * (`params`) and a message in both languages.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: "share.bare-number",
 *   path: ["indicators", 0, "milestones", 0, "target"],
 *   params: { value: 60 },
 *   message: messageFor("share.bare-number", { value: 60 }),
 * };
 * ```
 */
export interface ValidationIssue {
  /** The catalogue code. */
  readonly code: IssueCode;
  /** Where in the input, as a list of keys and indexes. */
  readonly path: readonly (string | number)[];
  /** The values the message was built from. */
  readonly params: IssueParams;
  /** The message, in Vietnamese and English. */
  readonly message: Bilingual;
}

/**
 * Builds an issue from a catalogue code.
 *
 * @example
 * ```ts
 * makeIssue("text.empty", ["name", "vi"]).message.vi;
 * //=> "Tên hoặc nội dung không được để trống."
 * ```
 */
export function makeIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  params: IssueParams = {},
): ValidationIssue {
  return { code, path: [...path], params, message: messageFor(code, params) };
}

/**
 * Adds a catalogue issue to a zod refinement context, keeping the code in `params.code` so that
 * {@link fromZodIssues} can find it again.
 *
 * @example
 * ```ts
 * z.string().superRefine((s, ctx) => {
 *   if (s.trim() === "") addZodIssue(ctx, "text.empty");
 * });
 * ```
 */
export function addZodIssue(
  ctx: z.core.$RefinementCtx<unknown> | z.core.$RefinementCtx<never>,
  code: IssueCode,
  params: IssueParams = {},
  path?: readonly (string | number)[],
): void {
  (ctx as z.core.$RefinementCtx<unknown>).addIssue({
    code: "custom",
    message: messageFor(code, params).en,
    params: { ...params, code },
    ...(path === undefined ? {} : { path: [...path] }),
  });
}

const ZOD_PARAM_KEYS = ["expected", "format", "values", "keys", "minimum", "maximum", "divisor", "origin"];

function jsonParam(value: unknown): string | number | boolean | null | readonly string[] {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map((v) => String(v));
  return String(value);
}

/**
 * Turns zod issues into catalogue issues with messages in both languages.
 *
 * @example
 * ```ts
 * const r = z.string().safeParse(1);
 * if (!r.success) fromZodIssues(r.error.issues)[0]?.code; //=> "invalid_type"
 * ```
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    if (issue.code === "custom") {
      const { code, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
      if (typeof code === "string" && isIssueCode(code)) {
        const params: Record<string, ReturnType<typeof jsonParam>> = {};
        for (const [k, v] of Object.entries(rest)) params[k] = jsonParam(v);
        return makeIssue(code, path, params);
      }
      return makeIssue("custom", path, { detail: issue.message });
    }
    const params: Record<string, ReturnType<typeof jsonParam>> = {};
    const record = issue as unknown as Record<string, unknown>;
    for (const key of ZOD_PARAM_KEYS) {
      if (record[key] !== undefined) params[key] = jsonParam(record[key]);
    }
    if (issue.code === "invalid_type") {
      // zod writes what it received only in its English message: read it back for ours.
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === "undefined") return makeIssue("required", path, params);
      if (received !== undefined) params["received"] = received;
    }
    return makeIssue(issue.code, path, params);
  });
}
