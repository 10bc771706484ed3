/**
 * Texts: names and messages in two languages, and strings that must not be blank.
 *
 * @module
 */
import * as z from "zod";
import { addZodIssue } from "../i18n/issues.js";

/**
 * A string that is not blank; a blank one is the catalogue issue `text.empty` naming the field.
 *
 * @internal
 */
export const nonEmptyString = (field: string) =>
  z.string().superRefine((s, ctx) => {
    if (s.trim() === "") addZodIssue(ctx, "text.empty", { field });
  });

/**
 * A name or text in Vietnamese and English; neither may be empty.
 *
 * @example
 * ```ts
 * BilingualSchema.parse({ vi: "Sở Nội vụ", en: "Department of Home Affairs" });
 * ```
 */
export const BilingualSchema = z
  .strictObject({
    vi: z.string(),
    en: z.string(),
  })
  .superRefine((text, ctx) => {
    for (const key of ["vi", "en"] as const) {
      if (text[key].trim() === "") addZodIssue(ctx, "text.empty", { language: key }, [key]);
    }
  })
  .meta({ id: "Bilingual", description: "A text in Vietnamese (vi) and English (en)." });
