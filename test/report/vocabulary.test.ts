// The renderers' vocabulary: every status, reason, kind, sector, tier and heading in both languages, and the
// small writers every renderer shares (dates, percentages, group labels, citations, safe text). A word changed
// or lost in one language is a diff of the snapshot; the checks beside it say what must hold of every word.
import { describe, expect, it } from "vitest";
import {
  KINDS,
  label,
  levelName,
  REASONS,
  SECTORS,
  STATUSES,
  WORDS,
} from "../../src/report/annual/labels.js";
import {
  asText,
  citationText,
  dateText,
  groupLabel,
  PROVENANCE_LABELS,
  percentText,
  plain,
  TIER_LABELS,
} from "../../src/report/text.js";

const TABLES = { STATUSES, REASONS, KINDS, SECTORS, TIER_LABELS } as const;

describe("the words of the reports", () => {
  it("names every key of every table in both languages, differently where the languages differ", () => {
    const all = Object.fromEntries(
      Object.entries(TABLES).map(([name, words]) => [
        name,
        Object.fromEntries(
          Object.keys(words).map((k) => [k, `${label(words, k, "vi")} | ${label(words, k, "en")}`]),
        ),
      ]),
    );
    expect(all).toMatchSnapshot();
    for (const [name, words] of Object.entries(TABLES)) {
      for (const k of Object.keys(words)) {
        expect(label(words, k, "vi"), `${name}.${k}`).not.toBe("");
        expect(label(words, k, "en"), `${name}.${k}`).not.toBe("");
        expect(label(words, k, "vi"), `${name}.${k}`).not.toBe(label(words, k, "en"));
      }
    }
  });

  it("writes a key no table knows as it is, and never reads a key of Object.prototype", () => {
    expect(label(STATUSES, "nope", "en")).toBe("nope");
    expect(label(STATUSES, "toString", "vi")).toBe("toString");
    expect(label(STATUSES, 5, "vi")).toBe("5");
    expect(levelName("province", "vi")).toBe("Cấp tỉnh");
    expect(levelName("commune", "en")).toBe("Commune");
    expect(levelName("ward", "en")).toBe("Ward");
    expect(levelName("", "en")).toBe("");
  });

  it("has the same headings in both languages, each one written", () => {
    expect(Object.keys(WORDS.vi).sort()).toEqual(Object.keys(WORDS.en).sort());
    const written = (lang: "vi" | "en") =>
      Object.fromEntries(
        Object.entries(WORDS[lang]).map(([k, v]) => [
          k,
          typeof v === "function"
            ? [
                (v as (...a: unknown[]) => string)(1, "53/KH-UBND"),
                (v as (...a: unknown[]) => string)(2, "X"),
              ]
            : v,
        ]),
      );
    expect({ vi: written("vi"), en: written("en") }).toMatchSnapshot();
    expect(WORDS.en.units(1)).toBe("unit");
    expect(WORDS.en.units(2)).toBe("units");
    expect(WORDS.en.units(0)).toBe("units");
    expect(WORDS.vi.units(1)).toBe("đơn vị");
  });
});

describe("the writers every renderer shares", () => {
  it("writes dates as each language does, and anything else as safe text", () => {
    expect(dateText("2025-11-14", "vi")).toBe("14/11/2025");
    expect(dateText("2025-11-14", "en")).toBe("2025-11-14");
    expect(dateText("2025-11-1", "vi")).toBe("2025-11-1");
    expect(dateText("x2025-11-14", "vi")).toBe("x2025-11-14");
    expect(dateText("2025-11-14x", "vi")).toBe("2025-11-14x");
    expect(dateText("2025-11-14\n", "vi")).toBe("2025-11-14\\u000a");
  });

  it("writes a percentage with the language's decimal separator", () => {
    expect(percentText("58.82", "vi")).toBe("58,82");
    expect(percentText("58.82", "en")).toBe("58.82");
    expect(percentText("60", "vi")).toBe("60");
    expect(percentText("\u001b[31m1.5", "en")).toBe("\\u001b[31m1.5");
  });

  it("labels a group by what it groups", () => {
    expect(groupLabel("tier", "province", "vi")).toBe("cấp tỉnh");
    expect(groupLabel("tier", "ward", "en")).toBe("ward");
    expect(groupLabel("level", "commune", "en")).toBe("commune");
    expect(groupLabel("level", "x", "vi")).toBe("x");
    expect(groupLabel("sector", "(none)", "vi")).toBe("đơn vị không thuộc ngành nào");
    expect(groupLabel("sector", "(none)", "en")).toBe("units without a sector");
    expect(groupLabel("sector", "health", "vi")).toBe("ngành, lĩnh vực health");
    expect(groupLabel("sector", "health", "en")).toBe("sector health");
    expect(groupLabel("unit", "so-y-te", "vi")).toBe("đơn vị so-y-te");
    expect(groupLabel("unit", "so-y-te", "en")).toBe("unit so-y-te");
    expect(groupLabel("other", "a\nb", "en")).toBe("a\\u000ab");
  });

  it("marks a citation that is not the text's own words", () => {
    const c = { document: "53/KH-UBND", clause: "I.1.1" };
    expect(citationText(c)).toBe("[53/KH-UBND I.1.1]");
    expect(citationText({ ...c, provenance: "text" }, "vi")).toBe("[53/KH-UBND I.1.1]");
    for (const locale of ["vi", "en"] as const) {
      for (const [p, words] of Object.entries(PROVENANCE_LABELS[locale])) {
        expect(citationText({ ...c, provenance: p }, locale)).toBe(`[53/KH-UBND I.1.1; ${words}]`);
      }
    }
    expect(PROVENANCE_LABELS.en).toEqual({
      paraphrase: "paraphrase",
      inferred: "inferred, not in the text",
      unverified: "not verified against the text",
    });
    expect(PROVENANCE_LABELS.vi).toEqual({
      paraphrase: "diễn đạt lại",
      inferred: "suy luận, văn bản không nêu",
      unverified: "chưa đối chiếu văn bản",
    });
    expect(citationText({ ...c, provenance: "rumour\u202e" })).toBe("[53/KH-UBND I.1.1; rumour\\u202e]");
    expect(citationText({ document: "a\tb", clause: "c\u0085" })).toBe("[a\\u0009b c\\u0085]");
  });

  it("writes any value as text, even one whose String() throws", () => {
    expect(asText("s")).toBe("s");
    expect(asText(12)).toBe("12");
    expect(asText(null)).toBe("null");
    expect(asText(Object.create(null))).toBe("[object Object]");
    expect(asText({ toString: () => "t" })).toBe("t");
    const hostile = {
      [Symbol.toPrimitive]() {
        throw new Error("no");
      },
    };
    expect(asText(hostile)).toBe("[object Object]");
    expect(plain("ok \u200e\u200f\u2066\u2069\u007f\u009f")).toBe(
      "ok \\u200e\\u200f\\u2066\\u2069\\u007f\\u009f",
    );
    expect(plain("Hưng Yên — 60%")).toBe("Hưng Yên — 60%");
  });
});
