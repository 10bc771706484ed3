// Tallies: counts of women and totals per unit, and their roll-up.
import { type MessageBuilder, str } from "./builder.js";

const GROUP: Readonly<Record<string, { vi: string; en: string }>> = {
  keyLeaders: { vi: "lãnh đạo chủ chốt", en: "key leaders" },
  planningPool: { vi: "diện quy hoạch", en: "the planning pool" },
  workforce: { vi: "cán bộ, công chức, viên chức, người lao động", en: "the workforce" },
};
const group = (x: unknown) => GROUP[str(x)] ?? { vi: str(x), en: str(x) };

export const tallyMessages = {
  "tally.women-exceed-total": (p) => ({
    vi: `Số nữ (${str(p["women"])}) lớn hơn tổng số (${str(p["total"])}) trong ${group(p["group"]).vi}.`,
    en: `The number of women (${str(p["women"])}) exceeds the total (${str(p["total"])}) in ${group(p["group"]).en}.`,
  }),
  "tally.trained-exceed-women": (p) => ({
    vi: `Số nữ được đào tạo, bồi dưỡng (${str(p["trained"])}) lớn hơn số nữ trong diện quy hoạch (${str(p["women"])}).`,
    en: `The number of trained women (${str(p["trained"])}) exceeds the women in the planning pool (${str(p["women"])}).`,
  }),
  "tally.sum-too-large": (p) => ({
    vi: `Tổng số liệu ${str(p["field"])} vượt quá ${str(p["max"])}: phép cộng không còn chính xác.`,
    en: `The sum of ${str(p["field"])} exceeds ${str(p["max"])}: addition would no longer be exact.`,
  }),
  "tally.reading-mismatch": (p) => ({
    vi: `Số liệu được đếm theo cách hiểu lãnh đạo chủ chốt "${str(p["counted"])}" nhưng kế hoạch dùng "${str(p["plan"])}": hãy đếm lại theo cách hiểu của kế hoạch (tùy chọn keyLeaderDefinition của tallyRecords).`,
    en: `The tallies count key leaders as "${str(p["counted"])}" but the plan reads "${str(p["plan"])}": count them under the plan's reading (tallyRecords option keyLeaderDefinition).`,
  }),
  "tally.unknown-unit": (p) => ({
    vi: `Số liệu của đơn vị "${str(p["id"])}" không khớp với đơn vị nào trong danh sách.`,
    en: `Counts for unit "${str(p["id"])}" match no unit in the list.`,
  }),
  "tally.duplicate-unit": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" có ${str(p["count"])} bộ số liệu; không bộ nào được cộng, để không tính trùng.`,
    en: `Unit "${str(p["id"])}" has ${str(p["count"])} sets of counts; none is added, so nothing is counted twice.`,
  }),
  "tally.unit-tier-lapsed": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" thuộc cấp "${str(p["tier"])}" không còn tồn tại vào ngày ${str(p["date"])}: số liệu không được tính (thiết lập lapsedTiers).`,
    en: `Unit "${str(p["id"])}" belongs to the tier "${str(p["tier"])}", which does not exist on ${str(p["date"])}: its counts are not used (setting lapsedTiers).`,
  }),
  "tally.unit-not-in-force": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" không có hiệu lực vào ngày ${str(p["date"])}.`,
    en: `Unit "${str(p["id"])}" is not in force on ${str(p["date"])}.`,
  }),
} satisfies Record<string, MessageBuilder>;
