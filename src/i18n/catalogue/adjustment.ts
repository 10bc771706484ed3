// The under-30% sector adjustment of clause I.1.1.
import { type MessageBuilder, str } from "./builder.js";

export const adjustmentMessages = {
  "adjustment.raises-target": (p) => ({
    vi: `Chỉ tiêu điều chỉnh ${str(p["declared"])} cao hơn chỉ tiêu gốc ${str(p["base"])}: điều chỉnh chỉ được hạ chỉ tiêu.`,
    en: `The adjusted target ${str(p["declared"])} is above the base target ${str(p["base"])}: an adjustment may only lower a target.`,
  }),
  "adjustment.justification-required": () => ({
    vi: "Chỉ tiêu điều chỉnh cần nêu lý do (cả tiếng Việt và tiếng Anh) và văn bản phê duyệt.",
    en: "A declared target needs a justification (in Vietnamese and English) and the approving document.",
  }),
  "adjustment.no-clause": () => ({
    vi: "Kế hoạch không có điều khoản điều chỉnh chỉ tiêu.",
    en: "The plan has no adjustment clause.",
  }),
} satisfies Record<string, MessageBuilder>;
