/**
 * What every text renderer shares: escaping of text that comes from data, dates and numbers written as each
 * language writes them, and the labels of levels, tiers and statuses.
 *
 * @module
 * @internal
 */
import type { Locale } from "../i18n/locale.js";

// C0 and C1 controls (newlines, ANSI escapes), and the bidirectional controls that can reorder what a reader sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data (an id, a name) made safe for one line of plain text: control characters are written as
 * `\u001b`, so that an id cannot break a line, colour a terminal or forge a report line (F33).
 */
export function plain(text: string): string {
  return asText(text).replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value as text: a renderer may be given a result changed by hand, and writes what is there, never crashes. */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A date `YYYY-MM-DD` as each language writes it: `14/11/2025` in Vietnamese, ISO in English. */
export function dateText(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asText(date));
  if (m === null || locale === "en") return plain(date);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A percentage string of a result (`"58.82"`) with the language's decimal separator. */
export function percentText(p: string, locale: Locale): string {
  const s = plain(p);
  return locale === "vi" ? s.replace(".", ",") : s;
}

/** Labels of tiers and grouping, in both languages. */
export const TIER_LABELS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  central: { vi: "trung ương", en: "central" },
  province: { vi: "cấp tỉnh", en: "province" },
  district: { vi: "cấp huyện", en: "district" },
  commune: { vi: "cấp xã", en: "commune" },
};

/** The label of a group: its tier or sector named in the language, a unit by its id. */
export function groupLabel(by: string, key: string, locale: Locale): string {
  if (by === "tier") return TIER_LABELS[key]?.[locale] ?? plain(key);
  if (by === "sector") {
    if (key === "(none)") return locale === "vi" ? "đơn vị không thuộc ngành nào" : "units without a sector";
    return locale === "vi" ? `ngành, lĩnh vực ${plain(key)}` : `sector ${plain(key)}`;
  }
  if (by === "unit") return locale === "vi" ? `đơn vị ${plain(key)}` : `unit ${plain(key)}`;
  if (by === "level") return TIER_LABELS[key]?.[locale] ?? plain(key);
  return plain(key);
}

/** How each provenance reads in a citation; the text's own words need no mark. */
export const PROVENANCE_LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    paraphrase: "diễn đạt lại",
    inferred: "suy luận, văn bản không nêu",
    unverified: "chưa đối chiếu văn bản",
  },
  en: {
    paraphrase: "paraphrase",
    inferred: "inferred, not in the text",
    unverified: "not verified against the text",
  },
};

/**
 * A citation as `[53/KH-UBND I.1.1]`, with its provenance when the value is not the text's own words
 * (`[53/KH-UBND IV.1.c; suy luận, văn bản không nêu]`).
 */
export const citationText = (
  c: { readonly document: string; readonly clause: string; readonly provenance?: string | undefined },
  locale: Locale = "en",
): string => {
  const mark =
    typeof c.provenance !== "string" || c.provenance === "text"
      ? ""
      : `; ${PROVENANCE_LABELS[locale][c.provenance] ?? plain(c.provenance)}`;
  return `[${plain(c.document)} ${plain(c.clause)}${mark}]`;
};
