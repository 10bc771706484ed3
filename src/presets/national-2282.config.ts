/**
 * The national Programme, Decision 2282/QĐ-TTg (31 December 2020), as configuration.
 *
 * The text of the Decision is not bundled with this library's sources; the numbers here are those the provincial
 * plans quote from it (Plan 53/KH-UBND I.1.1 restates them word for word). Clause ids follow the Decision's layout,
 * Article 1, section I (objectives), point 2 (specific objectives), letters a–d: `1.I.2.a`. Verify them against the
 * Decision's text before citing them in an official document.
 *
 * @module
 */
import type { PlanConfig } from "../plan/schema.js";
import { vietnamLocalGovernment } from "./local-government.js";

const doc = "2282/QĐ-TTg";
const c = (clause: string) => ({ document: doc, clause }) as const;

export const national2282Config = {
  id: "national-2282-qd-ttg-2020",
  document: {
    number: "2282/QĐ-TTg",
    type: { vi: "Quyết định", en: "Decision" },
    issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
    issueDate: "2020-12-31",
    title: {
      vi: "Phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
      en: "Approving the Programme “Strengthening women's equal participation in leadership and management positions at policy-making levels, 2021–2030”",
    },
  },
  jurisdiction: { level: "national", name: { vi: "Việt Nam", en: "Viet Nam" } },
  period: { start: 2021, end: 2030 },
  indicators: [
    {
      id: "agencies-with-female-key-leader",
      measure: "units-with-female-key-leader",
      name: {
        vi: "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        en: "Share of state management agencies and local governments at all levels with a female key leader",
      },
      milestones: [
        { year: 2025, target: "60%", citation: c("1.I.2.a") },
        { year: 2030, target: "75%", citation: c("1.I.2.a") },
      ],
      citation: c("1.I.2.a"),
    },
    {
      id: "women-in-planning-pool",
      measure: "women-in-planning-pool",
      name: {
        vi: "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp",
        en: "Women's share of cadres in the planning pool for leadership and management titles at all levels",
      },
      milestones: [
        { year: 2025, target: "40%", citation: c("1.I.2.b") },
        { year: 2030, target: "50%", citation: c("1.I.2.b") },
      ],
      citation: c("1.I.2.b"),
    },
    {
      id: "trained-women-in-planning-pool",
      measure: "trained-women-in-planning-pool",
      name: {
        vi: "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp được đào tạo, bồi dưỡng, nâng cao năng lực",
        en: "Share of the women in the planning pool who are trained, fostered or have had their capacity raised",
      },
      milestones: [
        { year: 2025, target: "75%", citation: c("1.I.2.c") },
        { year: 2030, target: "90%", citation: c("1.I.2.c") },
      ],
      citation: c("1.I.2.c"),
    },
    {
      id: "ethnic-minority-women-leaders",
      measure: "qualitative",
      name: {
        vi: "Cán bộ nữ người dân tộc thiểu số trong vị trí lãnh đạo ở địa phương có đông đồng bào dân tộc thiểu số",
        en: "Ethnic-minority women in leadership where ethnic minorities live in large numbers",
      },
      statement: {
        vi: "Ở các địa phương có đông đồng bào dân tộc thiểu số, chú trọng bố trí cán bộ nữ là người dân tộc thiểu số trong các vị trí lãnh đạo, quản lý.",
        en: "Where ethnic minorities live in large numbers, ethnic-minority women are to be placed in leadership and management positions.",
      },
      note: {
        vi: "Chỉ tiêu định tính, không có con số; Kế hoạch 53/KH-UBND không đưa vào. Đối chiếu câu chữ với văn bản Quyết định.",
        en: "A qualitative target with no number; Plan 53/KH-UBND leaves it out. The wording is a summary: check it against the Decision's text.",
      },
      citation: c("1.I.2.d"),
    },
  ],
  adjustment: {
    threshold: "30%",
    comparison: "strictly-below",
    permission: "may",
    formula: null,
    basis: "sector",
    appliesTo: ["agencies-with-female-key-leader"],
    text: {
      vi: "Đối với một số ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới 30% có thể điều chỉnh mục tiêu cho phù hợp với thực tiễn cơ quan, đơn vị, địa phương.",
      en: "For certain special sectors or fields whose share of women among cadres, civil servants, public employees and workers is below 30%, the target may be adjusted to fit the reality of the agency, unit or locality.",
    },
    citation: c("1.I.2.a"),
  },
  actors: [
    { id: "prime-minister", name: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" } },
    { id: "ministry-of-home-affairs", name: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" } },
    {
      id: "ministries-and-provinces",
      name: {
        vi: "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        en: "Ministries, ministry-level and government agencies; People's Committees of provinces and centrally run cities",
      },
    },
  ],
  reportingDuties: [
    {
      id: "preliminary-review",
      name: { vi: "Sơ kết thực hiện Chương trình", en: "Preliminary (mid-term) review of the Programme" },
      actor: "ministry-of-home-affairs",
      recipient: "prime-minister",
      schedule: { kind: "once", year: 2025, due: null },
      citation: c("1.IV"),
    },
    {
      id: "final-review",
      name: { vi: "Tổng kết thực hiện Chương trình", en: "Final review of the Programme" },
      actor: "ministry-of-home-affairs",
      recipient: "prime-minister",
      schedule: { kind: "once", year: 2030, due: null },
      citation: c("1.IV"),
    },
  ],
  localGovernment: vietnamLocalGovernment,
} as const satisfies PlanConfig;
