// Shares and percentages.
import { type MessageBuilder, str } from "./builder.js";

export const shareMessages = {
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
} satisfies Record<string, MessageBuilder>;
