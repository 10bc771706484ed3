/**
 * The JSON Schema of a plan configuration, generated from {@link PlanConfigSchema} with zod 4's `toJSONSchema`
 * (draft 2020-12, the input side: fields with defaults are optional). It is also shipped as a file,
 * `vn-women-leadership/plan-config.schema.json`, for systems in other languages and for editors.
 *
 * @module
 */
import * as z from "zod";
import { PlanConfigSchema } from "./schema.js";

/**
 * Builds the JSON Schema (draft 2020-12) of a plan configuration. Rules that span parts of a configuration
 * (duplicate ids, milestone years inside the period, references to unknown ids, real calendar dates) are checked
 * by `definePlan` only: JSON Schema cannot express them.
 *
 * @example
 * ```ts
 * const schema = planConfigJsonSchema();
 * schema["$schema"]; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function planConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanConfigSchema, {
    io: "input",
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
}
