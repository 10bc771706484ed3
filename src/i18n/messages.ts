/**
 * The one catalogue of validation messages, in Vietnamese and English.
 *
 * Every issue the library reports has a `code` from this catalogue; messages are built here and nowhere else,
 * so that a translation or a change of wording is one edit (pinned by a snapshot test).
 *
 * @module
 */
import type { Bilingual } from "./locale.js";

/** Parameters of an issue: plain JSON values. */
export type IssueParams = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/**
 * Every issue code the library can report: zod's own codes (translated) and the library's, named
 * `area.problem`.
 *
 * @example
 * ```ts
 * const code: IssueCode = "share.bare-number";
 * ```
 */
export type IssueCode =
  | "invalid_type"
  | "invalid_format"
  | "invalid_value"
  | "unrecognized_keys"
  | "too_small"
  | "too_big"
  | "invalid_union"
  | "not_multiple_of"
  | "invalid_key"
  | "invalid_element"
  | "custom"
  | "share.bare-number"
  | "share.malformed"
  | "share.out-of-range"
  | "text.empty"
  | "date.invalid"
  | "date.range-reversed"
  | "period.reversed"
  | "milestone.duplicate-year"
  | "milestone.outside-period"
  | "indicator.duplicate-id"
  | "indicator.unknown-id"
  | "indicator.quantitative-without-milestones"
  | "id.duplicate"
  | "actor.unknown-id"
  | "due-day.invalid"
  | "tiers.unordered"
  | "key.forbidden";

const str = (x: unknown): string => (Array.isArray(x) ? x.join(", ") : String(x));

const catalogue = {
  // zod's own codes, translated
  invalid_type: (p) => ({
    vi: `Sai kiểu dữ liệu: cần ${str(p["expected"])}.`,
    en: `Invalid type: expected ${str(p["expected"])}.`,
  }),
  invalid_format: (p) => ({
    vi: `Sai định dạng ${str(p["format"])}.`,
    en: `Invalid ${str(p["format"])} format.`,
  }),
  invalid_value: (p) => ({
    vi: `Giá trị không hợp lệ; chấp nhận: ${str(p["values"])}.`,
    en: `Invalid value; expected one of: ${str(p["values"])}.`,
  }),
  unrecognized_keys: (p) => ({
    vi: `Khóa không được chấp nhận: ${str(p["keys"])}.`,
    en: `Unrecognized key(s): ${str(p["keys"])}.`,
  }),
  too_small: (p) => ({
    vi: `Giá trị quá nhỏ (tối thiểu ${str(p["minimum"])}).`,
    en: `Too small (minimum ${str(p["minimum"])}).`,
  }),
  too_big: (p) => ({
    vi: `Giá trị quá lớn (tối đa ${str(p["maximum"])}).`,
    en: `Too big (maximum ${str(p["maximum"])}).`,
  }),
  invalid_union: () => ({
    vi: "Giá trị không khớp với dạng nào được chấp nhận.",
    en: "Value matches none of the accepted forms.",
  }),
  not_multiple_of: (p) => ({
    vi: `Giá trị phải là bội số của ${str(p["divisor"])}.`,
    en: `Value must be a multiple of ${str(p["divisor"])}.`,
  }),
  invalid_key: () => ({ vi: "Khóa không hợp lệ.", en: "Invalid key." }),
  invalid_element: () => ({ vi: "Phần tử không hợp lệ.", en: "Invalid element." }),
  custom: () => ({ vi: "Giá trị không hợp lệ.", en: "Invalid value." }),

  // shares and percentages
  "share.bare-number": (p) => ({
    vi: `Số ${str(p["value"])} không rõ là phần trăm hay tỷ lệ: hãy viết "${str(p["value"])}%" hoặc dạng thập phân như "0.6".`,
    en: `The bare number ${str(p["value"])} is ambiguous: write "${str(p["value"])}%" or a fraction such as "0.6".`,
  }),
  "share.malformed": (p) => ({
    vi: `"${str(p["value"])}" không phải là tỷ lệ: viết "60%", "0.6" hoặc { "percent": "60" }.`,
    en: `"${str(p["value"])}" is not a share: write "60%", "0.6" or { "percent": "60" }.`,
  }),
  "share.out-of-range": (p) => ({
    vi: `Tỷ lệ ${str(p["value"])} nằm ngoài khoảng 0–100%.`,
    en: `The share ${str(p["value"])} is outside 0–100%.`,
  }),

  // plan configuration
  "text.empty": () => ({
    vi: "Tên hoặc nội dung không được để trống.",
    en: "A name or text must not be empty.",
  }),
  "date.invalid": (p) => ({
    vi: `"${str(p["value"])}" không phải là ngày hợp lệ theo dạng YYYY-MM-DD.`,
    en: `"${str(p["value"])}" is not a valid calendar date in the form YYYY-MM-DD.`,
  }),
  "date.range-reversed": (p) => ({
    vi: `Ngày bắt đầu ${str(p["from"])} sau ngày kết thúc ${str(p["to"])}.`,
    en: `The start date ${str(p["from"])} is after the end date ${str(p["to"])}.`,
  }),
  "period.reversed": (p) => ({
    vi: `Giai đoạn không hợp lệ: năm bắt đầu ${str(p["start"])} sau năm kết thúc ${str(p["end"])}.`,
    en: `Invalid period: start year ${str(p["start"])} is after end year ${str(p["end"])}.`,
  }),
  "milestone.duplicate-year": (p) => ({
    vi: `Năm mốc ${str(p["year"])} bị lặp lại trong chỉ tiêu "${str(p["indicator"])}".`,
    en: `Milestone year ${str(p["year"])} appears twice in indicator "${str(p["indicator"])}".`,
  }),
  "milestone.outside-period": (p) => ({
    vi: `Năm mốc ${str(p["year"])} nằm ngoài giai đoạn ${str(p["start"])}–${str(p["end"])}.`,
    en: `Milestone year ${str(p["year"])} lies outside the period ${str(p["start"])}–${str(p["end"])}.`,
  }),
  "indicator.duplicate-id": (p) => ({
    vi: `Mã chỉ tiêu "${str(p["id"])}" bị lặp lại.`,
    en: `Indicator id "${str(p["id"])}" is used twice.`,
  }),
  "indicator.unknown-id": (p) => ({
    vi: `Không có chỉ tiêu mã "${str(p["id"])}" trong kế hoạch.`,
    en: `No indicator with id "${str(p["id"])}" in the plan.`,
  }),
  "indicator.quantitative-without-milestones": (p) => ({
    vi: `Chỉ tiêu định lượng "${str(p["id"])}" cần ít nhất một mốc.`,
    en: `Quantitative indicator "${str(p["id"])}" needs at least one milestone.`,
  }),
  "id.duplicate": (p) => ({
    vi: `Mã "${str(p["id"])}" bị lặp lại trong ${str(p["collection"])}.`,
    en: `Id "${str(p["id"])}" is used twice in ${str(p["collection"])}.`,
  }),
  "actor.unknown-id": (p) => ({
    vi: `Không có chủ thể mã "${str(p["id"])}" trong kế hoạch.`,
    en: `No actor with id "${str(p["id"])}" in the plan.`,
  }),
  "due-day.invalid": (p) => ({
    vi: `Ngày ${str(p["day"])}/${str(p["month"])} không tồn tại.`,
    en: `Day ${str(p["day"])} of month ${str(p["month"])} does not exist.`,
  }),
  "tiers.unordered": () => ({
    vi: "Các giai đoạn cơ cấu chính quyền địa phương phải liên tiếp, không chồng lấn và theo thứ tự thời gian.",
    en: "Local-government structure periods must be contiguous, non-overlapping and in date order.",
  }),
  "key.forbidden": (p) => ({
    vi: `Khóa "${str(p["key"])}" không được phép trong cấu hình.`,
    en: `The key "${str(p["key"])}" is not allowed in a configuration.`,
  }),
} satisfies Record<IssueCode, (params: IssueParams) => Bilingual>;

/**
 * Whether a string is a code of the message catalogue.
 *
 * @example
 * ```ts
 * isIssueCode("share.bare-number"); //=> true
 * isIssueCode("nope"); //=> false
 * ```
 */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(catalogue, code);
}

/**
 * Builds the Vietnamese and English message of an issue from its code and parameters.
 *
 * @example
 * ```ts
 * messageFor("share.out-of-range", { value: "120%" }).en;
 * //=> "The share 120% is outside 0–100%."
 * ```
 */
export function messageFor(code: IssueCode, params: IssueParams = {}): Bilingual {
  return catalogue[code](params);
}

/**
 * All issue codes, for documentation and tests.
 *
 * @example
 * ```ts
 * issueCodes().includes("milestone.duplicate-year"); //=> true
 * ```
 */
export function issueCodes(): readonly IssueCode[] {
  return Object.keys(catalogue) as IssueCode[];
}
