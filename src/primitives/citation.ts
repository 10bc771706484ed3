/**
 * Citations: where a value comes from, by document number and clause.
 *
 * @module
 */
import * as z from "zod";
import { nonEmptyString } from "./text.js";

/**
 * Where a value comes from: the document's number and the clause, with clause ids as in the plan's outline
 * (`{ document: "53/KH-UBND", clause: "I.1.1.1" }`).
 *
 * @example
 * ```ts
 * const c: Citation = CitationSchema.parse({ document: "53/KH-UBND", clause: "IV.6.b" });
 * ```
 */
export const CitationSchema = z
  .strictObject({
    document: nonEmptyString("document"),
    clause: nonEmptyString("clause"),
  })
  .meta({ id: "Citation", description: "The document number and clause a value comes from." });

/**
 * A citation: document number and clause id.
 *
 * @example
 * ```ts
 * const c: Citation = { document: "53/KH-UBND", clause: "I.1.1.1" };
 * ```
 */
export interface Citation {
  /** The document's number, as it is written on the document (`53/KH-UBND`). */
  readonly document: string;
  /** The clause id (`I.1.1.1`, `IV.6.b`). */
  readonly clause: string;
}
