// Arguments and options of functions: wrong types, values outside a list or a range.
import { kind, type MessageBuilder, str } from "./builder.js";

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
