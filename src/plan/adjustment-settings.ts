/**
 * Adjustment policies as data: a discriminated union with a zod schema, so that a configuration can carry them
 * as JSON.
 *
 * @module
 */
import * as z from "zod";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { InvalidInputError } from "../errors/errors.js";
import { addZodIssue, fromZodIssues } from "../i18n/issues.js";
import { unsafeInput } from "../internal/walk.js";
import { BilingualSchema } from "../primitives/text.js";
import { PercentSchema } from "../rational/percent.js";

/**
 * The document approving a declared target: number, date, issuer.
 *
 * @example
 * ```ts
 * ApprovalSchema.parse({ number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" });
 * ```
 */
export const ApprovalSchema = z
  .strictObject({
    number: z.string().min(1),
    issueDate: CalendarDateSchema,
    issuer: z.string().min(1),
  })
  .meta({ id: "Approval" });

/**
 * How an eligible group's target is adjusted. The plan states the threshold, not the formula, so the caller
 * picks one:
 * - `none`: the base target stays;
 * - `capAtWorkforceShare`: the lower of the base target and the women's share of the workforce;
 * - `proportional`: base × women's share ÷ threshold (equal to the base at the threshold: no jump);
 * - `explicit`: a declared target, with a justification and the document approving it; refused if it would raise
 *   the target.
 *
 * @example
 * ```ts
 * AdjustmentPolicySchema.parse({ policy: "proportional" });
 * AdjustmentPolicySchema.parse({
 *   policy: "explicit", target: "25%",
 *   justification: { vi: "Ngành công an có ít nữ", en: "Few women in the police" },
 *   approvedBy: { number: "15/QĐ-UBND", issueDate: "2024-03-01", issuer: "UBND tỉnh" },
 * });
 * ```
 */
export const AdjustmentPolicySchema = z
  .discriminatedUnion("policy", [
    z.strictObject({ policy: z.literal("none") }),
    z.strictObject({ policy: z.literal("capAtWorkforceShare") }),
    z.strictObject({ policy: z.literal("proportional") }),
    z
      .strictObject({
        policy: z.literal("explicit"),
        target: PercentSchema,
        justification: BilingualSchema.optional(),
        approvedBy: ApprovalSchema.optional(),
      })
      .superRefine((p, ctx) => {
        if (p.justification === undefined || p.approvedBy === undefined)
          addZodIssue(ctx, "adjustment.justification-required");
      }),
  ])
  .meta({ id: "AdjustmentPolicy" });

/**
 * An adjustment policy (see {@link AdjustmentPolicySchema}).
 *
 * @example
 * ```ts
 * const p: AdjustmentPolicy = { policy: "capAtWorkforceShare" };
 * ```
 */
export type AdjustmentPolicy = z.output<typeof AdjustmentPolicySchema>;

/**
 * An adjustment policy as written (see {@link AdjustmentPolicySchema}): a share in any accepted form, dates as
 * strings.
 *
 * @example
 * ```ts
 * const p: AdjustmentPolicyInput = { policy: "explicit", target: "25%", justification, approvedBy };
 * ```
 */
export type AdjustmentPolicyInput = z.input<typeof AdjustmentPolicySchema>;

/**
 * Which policy applies where: a default, and overrides per sector and per unit; eligibility judged per sector
 * (the default, as the text says “ngành, lĩnh vực”) or per unit.
 *
 * @example
 * ```ts
 * AdjustmentSettingsSchema.parse({ default: { policy: "none" }, bySector: { police: { policy: "proportional" } } });
 * ```
 */
export const AdjustmentSettingsSchema = z
  .strictObject({
    basis: z.enum(["sector", "unit"]).optional(),
    default: AdjustmentPolicySchema.default(() => ({ policy: "none" as const })),
    bySector: z.record(z.string(), AdjustmentPolicySchema).default(() => ({})),
    byUnit: z.record(z.string(), AdjustmentPolicySchema).default(() => ({})),
  })
  .meta({ id: "AdjustmentSettings" });

/**
 * Adjustment settings as written (see {@link AdjustmentSettingsSchema}): every field optional.
 *
 * @example
 * ```ts
 * const s: AdjustmentSettingsInput = { bySector: { police: { policy: "proportional" } } };
 * ```
 */
export type AdjustmentSettingsInput = z.input<typeof AdjustmentSettingsSchema>;

/**
 * Adjustment settings as parsed (see {@link AdjustmentSettingsSchema}).
 *
 * @example
 * ```ts
 * const s: AdjustmentSettings = AdjustmentSettingsSchema.parse({ default: { policy: "proportional" } });
 * ```
 */
export type AdjustmentSettings = z.output<typeof AdjustmentSettingsSchema>;

/**
 * Reads adjustment settings given to a function (not inside a plan), with the same checks as a plan's.
 *
 * @throws InvalidInputError with the issues, their paths under `path`.
 * @internal
 */
export function readAdjustmentSettings(
  value: unknown,
  path: readonly (string | number)[],
): AdjustmentSettings {
  const unsafe = unsafeInput(value, path);
  if (unsafe.length > 0) throw new InvalidInputError(unsafe);
  const r = AdjustmentSettingsSchema.safeParse(value);
  if (r.success) return r.data;
  throw new InvalidInputError(
    fromZodIssues(r.error.issues).map((i) => ({ ...i, path: [...path, ...i.path] })),
  );
}
