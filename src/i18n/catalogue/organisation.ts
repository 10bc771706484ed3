// Units, their hierarchy and the tiers of local government.
import { type MessageBuilder, str } from "./builder.js";

const TIER_VI: Readonly<Record<string, string>> = {
  province: "cấp tỉnh",
  district: "cấp huyện",
  commune: "cấp xã",
};
const tierVi = (x: unknown): string => TIER_VI[str(x)] ?? str(x);
const chain = (x: unknown): string => (Array.isArray(x) ? [...x, x[0]].join(" → ") : str(x));

export const organisationMessages = {
  "unit.duplicate-id": (p) => ({
    vi: `Mã đơn vị "${str(p["id"])}" bị lặp lại (đã dùng ở vị trí ${str(p["first"])}).`,
    en: `Unit id "${str(p["id"])}" is used twice (first at position ${str(p["first"])}).`,
  }),
  "unit.unknown-parent": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" ghi đơn vị cấp trên "${str(p["parent"])}" không có trong danh sách.`,
    en: `Unit "${str(p["id"])}" names a parent "${str(p["parent"])}" that is not in the list.`,
  }),
  "unit.cycle": (p) => ({
    vi: `Quan hệ cấp trên - cấp dưới tạo thành vòng lặp: ${chain(p["ids"])}.`,
    en: `The parent relation forms a cycle: ${chain(p["ids"])}.`,
  }),
  "unit.tier-above-parent": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" (${tierVi(p["tier"])}) không thể trực thuộc đơn vị "${str(p["parent"])}" (${tierVi(p["parentTier"])}) ở cấp thấp hơn.`,
    en: `Unit "${str(p["id"])}" (${str(p["tier"])}) cannot sit under "${str(p["parent"])}" (${str(p["parentTier"])}), a lower tier.`,
  }),
  "unit.parent-not-in-force": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" có hiệu lực ${str(p["period"])} nhưng đơn vị cấp trên "${str(p["parent"])}" chỉ có hiệu lực ${str(p["parentPeriod"])}.`,
    en: `Unit "${str(p["id"])}" is in force ${str(p["period"])} but its parent "${str(p["parent"])}" only ${str(p["parentPeriod"])}.`,
  }),
  "unit.reserved-sector": (p) => ({
    vi: `Tên ngành, lĩnh vực "${str(p["value"])}" được dành cho nhóm đơn vị không có ngành; hãy bỏ trống trường này.`,
    en: `The sector name "${str(p["value"])}" is reserved for the group of units without a sector; leave the field out.`,
  }),
  "unit.self-predecessor": (p) => ({
    vi: `Đơn vị "${str(p["id"])}" không thể là đơn vị tiền thân của chính nó.`,
    en: `Unit "${str(p["id"])}" cannot be its own predecessor.`,
  }),
  "tiers.date-not-covered": (p) => ({
    vi: `Không có giai đoạn cơ cấu chính quyền địa phương nào bao trùm ngày ${str(p["date"])}.`,
    en: `No local-government structure period covers ${str(p["date"])}.`,
  }),
  "tiers.duplicate": (p) => ({
    vi: `Một giai đoạn cơ cấu chính quyền địa phương ghi ${tierVi(p["tier"])} hai lần.`,
    en: `The tier "${str(p["tier"])}" appears twice in one local-government structure period.`,
  }),
} satisfies Record<string, MessageBuilder>;
