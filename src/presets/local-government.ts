/**
 * Vietnam's local-government structure in time, shared by the presets: three tiers (province, district, commune)
 * until 2025-06-30, two tiers (province, commune) from 2025-07-01, when Resolution 203/2025/QH15 amending the
 * Constitution (art. 110) and the Law on Organisation of Local Government 2025 took effect. The first period starts
 * with the Programme (2021-01-01), not with the three-tier system.
 *
 * @module
 */

export const vietnamLocalGovernment = [
  { from: "2021-01-01", to: "2025-06-30", tiers: ["province", "district", "commune"] },
  {
    from: "2025-07-01",
    tiers: ["province", "commune"],
    citation: { document: "203/2025/QH15", clause: "Điều 1 (Điều 110 Hiến pháp)" },
  },
] as const;
