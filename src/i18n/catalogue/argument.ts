// Arguments and options of functions: wrong types, values outside a list or a range.
import { type MessageBuilder, str } from "./builder.js";

// What a value should be, and what it was, in both languages.
const KINDS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
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
};
const kind = (x: unknown, lang: "vi" | "en"): string => KINDS[str(x)]?.[lang] ?? str(x);
const at = (p: unknown): string => (str(p) === "" ? "(root)" : str(p));

export const argumentMessages = {
  "argument.type": (p) => ({
    vi: `${at(p["path"])} phải là ${kind(p["expected"], "vi")}, không phải ${kind(p["received"], "vi")}.`,
    en: `${at(p["path"])} must be ${kind(p["expected"], "en")}, not ${kind(p["received"], "en")}.`,
  }),
  "argument.required": (p) => ({
    vi: `Thiếu ${at(p["path"])} (bắt buộc).`,
    en: `${at(p["path"])} is required.`,
  }),
  "argument.one-of": (p) => ({
    vi: `${at(p["path"])} phải là một trong: ${str(p["values"])}; không phải "${str(p["value"])}".`,
    en: `${at(p["path"])} must be one of: ${str(p["values"])}; not "${str(p["value"])}".`,
  }),
  "argument.range": (p) => ({
    vi: `${at(p["path"])} phải từ ${str(p["min"])} đến ${str(p["max"])}, không phải ${str(p["value"])}.`,
    en: `${at(p["path"])} must be from ${str(p["min"])} to ${str(p["max"])}, not ${str(p["value"])}.`,
  }),
  "argument.too-deep": (p) => ({
    vi: `Dữ liệu lồng nhau quá sâu (quá ${str(p["max"])} tầng) tại ${at(p["path"])}.`,
    en: `The input is nested too deeply (more than ${str(p["max"])} levels) at ${at(p["path"])}.`,
  }),
  "argument.cycle": (p) => ({
    vi: `Dữ liệu có vòng tham chiếu tại ${at(p["path"])}: không thể là JSON.`,
    en: `The input refers to itself at ${at(p["path"])}: it cannot be JSON.`,
  }),
  "argument.too-large": (p) => ({
    vi: `${at(p["path"])}: số ${str(p["value"])} quá lớn để tính chính xác (tối đa ${str(p["max"])}).`,
    en: `${at(p["path"])}: the number ${str(p["value"])} is too large to compute exactly (at most ${str(p["max"])}).`,
  }),
} satisfies Record<string, MessageBuilder>;
