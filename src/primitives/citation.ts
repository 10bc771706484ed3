/**
 * Citations: where a value comes from, by document number and clause.
 *
 * @module
 */
import * as z from "zod";
import type { Bilingual } from "../i18n/locale.js";
import { BilingualSchema, nonEmptyString } from "./text.js";

/**
 * How a value relates to the text it cites:
 * - `text` — the text's own words (the citation's `quote` gives them);
 * - `paraphrase` — the text's content in other words (a summary, a translation, a shortened list);
 * - `inferred` — not in the text, derived from it (review years from the programme's period, a validity date
 *   from the issue date); the `note` says how;
 * - `unverified` — from a secondary source (a press copy, a summary), not checked against the text itself.
 *
 * @example
 * ```ts
 * PROVENANCES; //=> ["text", "paraphrase", "inferred", "unverified"]
 * ```
 */
export const PROVENANCES = Object.freeze(["text", "paraphrase", "inferred", "unverified"] as const);

/**
 * How a value relates to the text it cites: one of {@link PROVENANCES}.
 *
 * @example
 * ```ts
 * const p: Provenance = "inferred";
 * ```
 */
export type Provenance = (typeof PROVENANCES)[number];

/**
 * Where a value comes from: the document's number and the clause, with clause ids as in the plan's outline
 * (`{ document: "53/KH-UBND", clause: "I.1.1" }`), and optionally how the value relates to the text.
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
    provenance: z.enum(PROVENANCES).optional(),
    quote: nonEmptyString("quote").optional(),
    note: BilingualSchema.optional(),
  })
  .meta({
    id: "Citation",
    description:
      "The document number and clause a value comes from; how the value relates to the text (provenance), the text's words (quote) and a note.",
  });

/**
 * A citation: document number and clause id.
 *
 * @example
 * ```ts
 * const c: Citation = { document: "53/KH-UBND", clause: "I.1.1", provenance: "text", quote: "Đến năm 2025 đạt 60%" };
 * ```
 */
export interface Citation {
  /** The document's number, as it is written on the document (`53/KH-UBND`). */
  readonly document: string;
  /** The clause id (`I.1.1`, `IV.6.b`). */
  readonly clause: string;
  /** How the value relates to the text: its own words, a paraphrase, inferred or unverified; absent: not stated. */
  readonly provenance?: Provenance | undefined;
  /** The text's own words for the value, in the document's language. */
  readonly quote?: string | undefined;
  /** Why the provenance is what it is, or what remains to check. */
  readonly note?: Bilingual | undefined;
}
