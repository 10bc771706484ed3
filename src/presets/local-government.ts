/**
 * Vietnam's local-government structure in time, shared by the presets: three tiers (province, district, commune)
 * until 2025-06-30, two tiers (province, commune) from 2025-07-01. Resolution 203/2025/QH15 amending the
 * Constitution (art. 110: two tiers) was in force from its adoption on 2025-06-16; the district tier ended on
 * 2025-07-01, when Law 72/2025/QH15 on the Organisation of Local Government (adopted the same day) took effect, so
 * the switch date is 2025-07-01. The first period starts with the Programme (2021-01-01), not with the three-tier
 * system. The central level (ministries, Government agencies) is not local government: a national plan adds it.
 *
 * @module
 */

export const vietnamLocalGovernment = [
  { from: "2021-01-01", to: "2025-06-30", tiers: ["province", "district", "commune"] },
  {
    from: "2025-07-01",
    tiers: ["province", "commune"],
    citation: {
      document: "203/2025/QH15",
      clause: "Điều 1 (Điều 110 Hiến pháp)",
      provenance: "unverified",
      note: {
        vi: "Nghị quyết có hiệu lực từ ngày thông qua, 16/6/2025; cấp huyện chấm dứt từ 01/7/2025 (Luật 72/2025/QH15).",
        en: "In force from its adoption on 2025-06-16; the district tier ended on 2025-07-01 (Law 72/2025/QH15).",
      },
    },
    sources: [
      {
        document: "72/2025/QH15",
        clause: "Điều 1",
        provenance: "unverified",
        note: {
          vi: "Luật Tổ chức chính quyền địa phương, thông qua ngày 16/6/2025: hai cấp (tỉnh; xã, phường, đặc khu).",
          en: "Law on the Organisation of Local Government, adopted 2025-06-16: two tiers (province; commune, ward, special zone).",
        },
      },
    ],
  },
] as const;
