// zod's own issue codes, translated.
import { kind, type MessageBuilder, str } from "./builder.js";

export const zodMessages = {
  // zod's own codes, translated
  invalid_type: (p) => ({
    vi: `Sai kiểu dữ liệu: cần ${kind(p["expected"], "vi")}${p["received"] === undefined ? "" : `, không phải ${kind(p["received"], "vi")}`}.`,
    en: `Invalid type: expected ${kind(p["expected"], "en")}${p["received"] === undefined ? "" : `, not ${kind(p["received"], "en")}`}.`,
  }),
  required: (p) => ({
    vi: `Thiếu trường bắt buộc (cần ${kind(p["expected"], "vi")}).`,
    en: `A required field is missing (expected ${kind(p["expected"], "en")}).`,
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
} satisfies Record<string, MessageBuilder>;
