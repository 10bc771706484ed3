/**
 * Checking that a value passed as an annual report is one.
 *
 * @module
 * @internal
 */
import { InvalidInputError } from "../../errors/errors.js";
import { fromZodIssues } from "../../i18n/issues.js";
import { unsafeInput } from "../../internal/walk.js";
import { AnnualReportSchema } from "./schema.js";
import type { AnnualReport } from "./types.js";

/** The report, checked; an InvalidInputError with paths under `report` otherwise. */
export function requireReport(value: unknown): AnnualReport {
  const unsafe = unsafeInput(value, ["report"]);
  if (unsafe.length > 0) throw new InvalidInputError(unsafe);
  const r = AnnualReportSchema.safeParse(value);
  if (!r.success)
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["report", ...i.path] })),
    );
  return value as AnnualReport;
}
