/**
 * The national Programme, Decision 2282/QĐ-TTg (31 December 2020), as configuration.
 *
 * The full text of the Decision could not be obtained here: every value is taken from press copies
 * (luatvietnam.vn; en.vietnamplus.vn, 2021-01-05) and from the provincial plans that implement it, and is marked
 * `unverified`. Plan 53/KH-UBND does not restate it word for word: 2282 writes "phấn đấu đến năm 2025 đạt 60% …" and
 * its adjustment sentence ends "… cơ quan, đơn vị" (Plan 53 adds "địa phương"). Clause ids follow the Decision's
 * presumed layout, Article 1, section I (objectives), point 2 (specific objectives), letters a–c: `1.I.2.a`. Verify
 * them against the Decision's text before citing them in an official document.
 *
 * The Programme's first target covers central bodies (ministries, ministry-level agencies, Government agencies)
 * as well as local governments: a national plan counts units of the `central` level.
 *
 * @module
 */
import type { PlanConfig } from "../plan/schema.js";
import { vietnamLocalGovernment } from "./local-government.js";

const doc = "2282/QĐ-TTg";
const PRESS = {
  vi: "Theo bản đăng trên báo chí (luatvietnam.vn); chưa đối chiếu với văn bản Quyết định.",
  en: "From press copies (luatvietnam.vn); not verified against the Decision's text.",
} as const;
const REVIEWS = {
  vi: "Không tìm thấy điều khoản này trong các bản báo chí; năm sơ kết, tổng kết lấy từ giai đoạn của Chương trình.",
  en: "This clause was not found in the press copies; the review years follow from the Programme's period.",
} as const;
/** A value from press copies of the Decision, not verified against its text. */
const c = (clause: string, quote?: string, note: { vi: string; en: string } = PRESS) =>
  ({
    document: doc,
    clause,
    provenance: "unverified",
    ...(quote === undefined ? {} : { quote }),
    note,
  }) as const;
const ENGLISH_ONLY = {
  vi: "Chỉ xác nhận được qua bản tiếng Anh (en.vietnamplus.vn, 05/01/2021; en-daihoi13.dangcongsan.vn).",
  en: "Confirmed in English only (en.vietnamplus.vn, 2021-01-05; en-daihoi13.dangcongsan.vn).",
} as const;
const SUMMARY = {
  vi: "Nhóm giải pháp theo các bản tóm tắt; chưa đối chiếu với văn bản Quyết định.",
  en: "A group of solutions as summaries give it; not verified against the Decision's text.",
} as const;

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
        { year: 2025, target: "60%", citation: c("1.I.2.a", "phấn đấu đến năm 2025 đạt 60%") },
        { year: 2030, target: "75%", citation: c("1.I.2.a", "đến năm 2030 đạt 75%") },
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
        { year: 2025, target: "75%", citation: c("1.I.2.c", undefined, ENGLISH_ONLY) },
        { year: 2030, target: "90%", citation: c("1.I.2.c", undefined, ENGLISH_ONLY) },
      ],
      citation: c("1.I.2.c", undefined, ENGLISH_ONLY),
    },
    {
      id: "ethnic-minority-leaders",
      measure: "qualitative",
      name: {
        vi: "Cán bộ lãnh đạo là người dân tộc thiểu số ở những địa bàn có đồng bào dân tộc thiểu số",
        en: "Ethnic-minority leaders where ethnic minorities live",
      },
      statement: {
        vi: "Ở những địa bàn có đồng bào dân tộc thiểu số, phải có cán bộ lãnh đạo là người dân tộc thiểu số phù hợp với cơ cấu dân cư.",
        en: "In areas where ethnic minorities live, there must be leaders from the ethnic minorities, in keeping with the structure of the population.",
      },
      note: {
        vi: "Một nghĩa vụ (“phải có”), không riêng về phụ nữ, không có con số; Kế hoạch 53/KH-UBND không đưa vào. Bản báo chí đặt câu này ngay sau chỉ tiêu 60%/75%, nên việc tách thành điểm riêng (d) là đáng ngờ.",
        en: "An obligation (“phải có”, there must be), not about women, with no number; Plan 53/KH-UBND leaves it out. The press copy lists the sentence right after the 60%/75% target, so a separate point (d) is doubtful.",
      },
      citation: c(
        "1.I.2.a",
        "Ở những địa bàn có đồng bào dân tộc thiểu số, phải có cán bộ lãnh đạo là người dân tộc thiểu số phù hợp với cơ cấu dân cư",
      ),
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
      vi: "Đối với một số ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới 30% có thể điều chỉnh mục tiêu cho phù hợp với thực tiễn cơ quan, đơn vị.",
      en: "For certain special sectors or fields whose share of women among cadres, civil servants, public employees and workers is below 30%, the target may be adjusted to fit the reality of the agency or unit.",
    },
    citation: c("1.I.2.a", "có thể điều chỉnh mục tiêu cho phù hợp với thực tiễn cơ quan, đơn vị"),
  },
  tasks: [
    {
      id: "1.III.1",
      title: {
        vi: "Hoàn thiện chính sách, pháp luật và nâng cao hiệu quả thi hành về công tác cán bộ nữ",
        en: "Policy and law on women cadres, and their enforcement",
      },
      citation: c("1.III.1", undefined, SUMMARY),
    },
    {
      id: "1.III.2",
      title: {
        vi: "Đào tạo, bồi dưỡng, nâng cao năng lực cán bộ nữ",
        en: "Training and capacity building of women cadres",
      },
      citation: c("1.III.2", undefined, SUMMARY),
    },
    {
      id: "1.III.3",
      title: {
        vi: "Truyền thông, nâng cao nhận thức về bình đẳng giới",
        en: "Communication and awareness on gender equality",
      },
      citation: c("1.III.3", undefined, SUMMARY),
    },
    {
      id: "1.III.4",
      title: {
        vi: "Hợp tác quốc tế và huy động nguồn lực",
        en: "International cooperation and funding",
      },
      citation: c("1.III.4", undefined, SUMMARY),
    },
    {
      id: "1.III.5",
      title: {
        vi: "Thanh tra, kiểm tra; xây dựng cơ sở dữ liệu về cán bộ nữ",
        en: "Inspection, and a database of women cadres",
      },
      citation: c("1.III.5", undefined, SUMMARY),
    },
  ],
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
      citation: c("1.IV", undefined, REVIEWS),
    },
    {
      id: "final-review",
      name: { vi: "Tổng kết thực hiện Chương trình", en: "Final review of the Programme" },
      actor: "ministry-of-home-affairs",
      recipient: "prime-minister",
      schedule: { kind: "once", year: 2030, due: null },
      citation: c("1.IV", undefined, REVIEWS),
    },
  ],
  localGovernment: vietnamLocalGovernment,
} as const satisfies PlanConfig;
