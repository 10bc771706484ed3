import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InvalidInputError } from "../../src/errors/errors.js";
import { fromZodIssues } from "../../src/i18n/issues.js";
import { CitationSchema, PROVENANCES } from "../../src/primitives/citation.js";
import { IdSchema, YearSchema } from "../../src/primitives/ids.js";
import { BilingualSchema, nonEmptyString } from "../../src/primitives/text.js";
import { checkValidity, inForce, isInForce, validityFields } from "../../src/primitives/validity.js";

/** The catalogue issues of a zod parse (code, path, params), or [] when it succeeds. */
function issues(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  return r.success
    ? []
    : fromZodIssues(r.error.issues).map(({ code, path, params }) => ({ code, path, params }));
}

describe("IdSchema and YearSchema", () => {
  it("accepts letters, digits, '.', '-' and '_' after a letter or digit, and nothing else", () => {
    for (const ok of ["a", "A9", "9a", "hung-yen.53_x", "x-"])
      expect(IdSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["", "-a", ".a", "_a", "a b", "a/b", "ă", " a", "a "]) {
      expect(IdSchema.safeParse(bad).success).toBe(false);
    }
  });
  it("describes itself for the JSON Schema", () => {
    expect(z.toJSONSchema(IdSchema)).toMatchObject({
      description: "An identifier: letters, digits, '.', '-' and '_'.",
    });
  });
  it("takes integer years from 1900 to 2200", () => {
    for (const ok of [1900, 2025, 2200]) expect(YearSchema.safeParse(ok).success).toBe(true);
    for (const bad of [1899, 2201, 2025.5, "2025"]) expect(YearSchema.safeParse(bad).success).toBe(false);
  });
});

describe("nonEmptyString and BilingualSchema", () => {
  it("refuses a blank string with text.empty, naming the field", () => {
    expect(issues(nonEmptyString("clause"), " \t")).toEqual([
      { code: "text.empty", path: [], params: { field: "clause" } },
    ]);
    expect(issues(nonEmptyString("clause"), "I.1")).toEqual([]);
    expect(issues(nonEmptyString("clause"), " x ")).toEqual([]);
  });
  it("refuses a blank language of a bilingual text at that language", () => {
    expect(issues(BilingualSchema, { vi: "Tên", en: "  " })).toEqual([
      { code: "text.empty", path: ["en"], params: { language: "en" } },
    ]);
    expect(issues(BilingualSchema, { vi: "", en: "Name" })).toEqual([
      { code: "text.empty", path: ["vi"], params: { language: "vi" } },
    ]);
    expect(issues(BilingualSchema, { vi: "Tên", en: "Name" })).toEqual([]);
    expect(BilingualSchema.safeParse({ vi: "Tên", en: "Name", fr: "Nom" }).success).toBe(false);
    expect(z.globalRegistry.get(BilingualSchema)).toEqual({
      id: "Bilingual",
      description: "A text in Vietnamese (vi) and English (en).",
    });
  });
});

describe("CitationSchema", () => {
  const ok = { document: "53/KH-UBND", clause: "I.1.1", provenance: "text", quote: "Đến năm 2025 đạt 60%" };
  it("takes a document, a clause, a provenance and an optional quote, none blank", () => {
    expect(CitationSchema.safeParse(ok).success).toBe(true);
    const { quote: _, ...noQuote } = ok;
    expect(CitationSchema.safeParse(noQuote).success).toBe(true);
    for (const field of ["document", "clause", "quote"] as const) {
      expect(issues(CitationSchema, { ...ok, [field]: " " })).toEqual([
        { code: "text.empty", path: [field], params: { field } },
      ]);
    }
    expect(CitationSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    for (const p of PROVENANCES)
      expect(CitationSchema.safeParse({ ...ok, provenance: p }).success).toBe(true);
    expect(CitationSchema.safeParse({ ...ok, provenance: "rumour" }).success).toBe(false);
  });
  it("is named Citation in the JSON Schema", () => {
    const s = z.toJSONSchema(z.object({ c: CitationSchema }));
    expect(JSON.stringify(s)).toContain("The document number and clause a value comes from");
  });
});

describe("validity", () => {
  const schema = z.object(validityFields).superRefine(checkValidity);
  it("refuses validFrom after validTo at validTo, and accepts one day", () => {
    expect(issues(schema, { validFrom: "2025-07-02", validTo: "2025-07-01" })).toEqual([
      { code: "date.range-reversed", path: ["validTo"], params: { from: "2025-07-02", to: "2025-07-01" } },
    ]);
    expect(issues(schema, { validFrom: "2025-07-01", validTo: "2025-07-01" })).toEqual([]);
    expect(issues(schema, { validFrom: "2025-07-01" })).toEqual([]);
    expect(issues(schema, { validTo: "2025-07-01" })).toEqual([]);
  });
  it("a unit is in force from its first day to its last day, both included", () => {
    const v = { validFrom: "2021-01-01", validTo: "2025-06-30" };
    expect(["2020-12-31", "2021-01-01", "2025-06-30", "2025-07-01"].map((d) => isInForce(v, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isInForce({}, "1900-01-01")).toBe(true);
    expect(isInForce({ validFrom: "2025-07-01" }, "2025-06-30")).toBe(false);
    expect(isInForce({ validTo: "2025-06-30" }, "2025-07-01")).toBe(false);
    expect(inForce({ validTo: "2025-06-30" }, "2025-06-30")).toBe(true);
  });
  it("names the bad argument", () => {
    const path = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (InvalidInputError.is(e)) return e.issues[0]?.path;
      }
      return "no error";
    };
    const call = isInForce as (v: unknown, d: unknown) => boolean;
    expect(path(() => call(1, "2025-01-01"))).toEqual(["v"]);
    expect(path(() => call({ validFrom: "2025-13-01" }, "2025-01-01"))).toEqual(["v", "validFrom"]);
    expect(path(() => call({ validTo: "x" }, "2025-01-01"))).toEqual(["v", "validTo"]);
    expect(path(() => call({}, "2025-02-30"))).toEqual(["date"]);
  });
});
