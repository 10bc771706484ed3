/**
 * Citations against a plan: a clause id used before (an alias in `document.clauseAliases`) resolved to the clause
 * id the plan uses now.
 *
 * @module
 */
import { InvalidInputError } from "../errors/errors.js";
import { fromZodIssues } from "../i18n/issues.js";
import { type Citation, CitationSchema } from "../primitives/citation.js";
import { requirePlan } from "./guard.js";
import type { Plan } from "./schema.js";

/**
 * A citation of the plan's own document with its clause id as the plan writes it now: an old id listed in
 * `document.clauseAliases` is replaced by the id it became; any other citation is returned unchanged. Plan 53's
 * targets were cited `I.1.1.1`–`I.1.1.3` (the first outline) and are `I.1.1`–`I.1.3` (the text's numbering).
 *
 * @param plan - the plan whose aliases apply.
 * @param citation - a citation, perhaps with an old clause id.
 * @returns the citation with the current clause id (a new object; the input is not changed).
 * @throws InvalidInputError when the plan or the citation is not valid.
 *
 * @example
 * ```ts
 * canonicalCitation(hungYen53, { document: "53/KH-UBND", clause: "I.1.1.1" });
 * //=> { document: "53/KH-UBND", clause: "I.1.1" }
 * ```
 */
export function canonicalCitation(plan: Plan, citation: Citation): Citation {
  plan = requirePlan(plan, ["plan"]);
  const r = CitationSchema.safeParse(citation);
  if (!r.success) {
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["citation", ...i.path] })),
    );
  }
  const c = r.data as Citation;
  const aliases = plan.document.clauseAliases;
  if (c.document !== plan.document.number || aliases === undefined || !Object.hasOwn(aliases, c.clause))
    return c;
  return { ...c, clause: aliases[c.clause] as string };
}
