import type { Bilingual } from "../locale.js";

/**
 * Parameters of an issue: plain JSON values.
 *
 * @example
 * ```ts
 * const p: IssueParams = { year: 2025, indicator: "women-in-planning-pool" };
 * ```
 */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/**
 * Builds the two messages of one issue code from its parameters.
 *
 * @example
 * ```ts
 * const m: MessageBuilder = (p) => ({ vi: `Năm ${p["year"]}`, en: `Year ${p["year"]}` });
 * ```
 */
export type MessageBuilder = (params: IssueParams) => Bilingual;

/** A value as text, whatever it is (a symbol or an object without a prototype has no string form of its own). */
const text = (x: unknown): string => {
  if (typeof x === "string") return x;
  if (typeof x === "object" && x !== null) return Array.isArray(x) ? "[…]" : "{…}";
  if (typeof x === "symbol" || typeof x === "function") return typeof x;
  return String(x);
};

/** A parameter as text in a message. */
export const str = (x: unknown): string => (Array.isArray(x) ? x.map(text).join(", ") : text(x));

// What a value should be, and what it was, in both languages.
export const KINDS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  string: { vi: "chuỗi ký tự", en: "a string" },
  number: { vi: "số", en: "a number" },
  integer: { vi: "số nguyên", en: "an integer" },
  "safe-integer": { vi: "số nguyên (không quá 2^53 − 1)", en: "a safe integer (at most 2^53 − 1)" },
  count: { vi: "số nguyên không âm", en: "a non-negative integer" },
  boolean: { vi: "true hoặc false", en: "true or false" },
  object: { vi: "đối tượng", en: "an object" },
  array: { vi: "mảng (danh sách)", en: "an array" },
  iterable: { vi: "danh sách hoặc dãy có thể duyệt", en: "an iterable (an array or a generator)" },
  function: { vi: "hàm", en: "a function" },
  date: { vi: "ngày dạng YYYY-MM-DD", en: "a date YYYY-MM-DD" },
  "date-or-instant": {
    vi: "ngày dạng YYYY-MM-DD hoặc thời điểm ISO 8601 có múi giờ",
    en: "a date YYYY-MM-DD or an ISO 8601 instant with an offset",
  },
  share: { vi: 'tỷ lệ như "60%" hoặc "0.6"', en: 'a share such as "60%" or "0.6"' },
  plan: { vi: "kế hoạch đã xác định (definePlan)", en: "a defined plan (definePlan)" },
  undefined: { vi: "không có giá trị", en: "nothing (undefined)" },
  null: { vi: "null", en: "null" },
  bigint: { vi: "số bigint", en: "a bigint" },
  symbol: { vi: "symbol", en: "a symbol" },
  "sparse-array": { vi: "mảng có phần tử bị bỏ trống", en: "an array with holes" },
  nan: { vi: "NaN", en: "NaN" },
  int: { vi: "số nguyên", en: "an integer" },
  enum: { vi: "một giá trị trong danh sách", en: "one of the listed values" },
};
/** A kind of value (`string`, `date`, …) named in one language. */
export const kind = (x: unknown, lang: "vi" | "en"): string => KINDS[str(x)]?.[lang] ?? str(x);
