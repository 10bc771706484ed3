/**
 * Hưng Yên's Plan 53/KH-UBND (25 March 2022), implementing Decision 2282/QĐ-TTg, as configuration.
 *
 * Every value carries its clause and its provenance: `text` (with the text's words in `quote`), `paraphrase`
 * (the English, and Vietnamese texts shortened for display), `inferred` (not in the text: the review years, the
 * effective date) or `unverified`. Clause ids follow the text's own numbering (I.1 the objective, 1.1–1.3 its
 * targets: `I.1.1`–`I.1.3`; I.2 the requirements, `I.2.1`–`I.2.2`); the outline's earlier ids (`I.1.1.1`, …) are
 * aliases. Values the text does not give are absent or `null`, never invented (the Department of Home Affairs'
 * report to the Ministry has no day; the units' reviews are "theo quy định"). Facts after 2022 (the merger with
 * Thái Bình, two-tier local government from 2025-07-01, merged departments) are validity dates, each with its
 * source.
 *
 * @module
 */
import type { PlanConfig } from "../plan/schema.js";
import { vietnamLocalGovernment } from "./local-government.js";

const doc = "53/KH-UBND";
const ISSUED = "2022-03-25";
/** A value in the text's own words. */
const t = (clause: string, quote: string) => ({ document: doc, clause, provenance: "text", quote }) as const;
/** The text's content in other words (shortened for display; the English). */
const p = (clause: string) => ({ document: doc, clause, provenance: "paraphrase" }) as const;
/** After 2022: the merged departments' successors, from the 2025 restructuring. */
const RESTRUCTURED = "2025-03-01";
const successorNote = {
  vi: "Không có trong Kế hoạch 53: Sở cũ chấm dứt hoạt động khi sắp xếp năm 2025 (Nghị định 45/2025/NĐ-CP); nhiệm vụ chuyển cho Sở tiếp nhận. Ngày 01/3/2025 chưa được đối chiếu với quyết định của tỉnh.",
  en: "Not in Plan 53: the former department ceased in the 2025 restructuring (Decree 45/2025/NĐ-CP); the duty passed to the department that took over. The date 2025-03-01 is not verified against the province's decision.",
} as const;
const decree45 = {
  document: "45/2025/NĐ-CP",
  clause: "Điều 4",
  provenance: "unverified",
  note: {
    vi: "Nghị định ngày 28/02/2025: 12 sở thống nhất, không còn Sở Lao động - Thương binh và Xã hội, Sở Thông tin và Truyền thông. Chưa đối chiếu ngày hiệu lực 01/3/2025 và ngày sáp nhập của Hưng Yên.",
    en: "Decree of 2025-02-28: 12 uniform departments, without Labour, Invalids and Social Affairs or Information and Communications. The 2025-03-01 effective date and Hưng Yên's own merger date are not verified.",
  },
} as const;

export const hungYen53Config = {
  id: "hung-yen-53-kh-ubnd-2022",
  document: {
    number: "53/KH-UBND",
    type: { vi: "Kế hoạch", en: "Plan" },
    issuer: { vi: "Ủy ban nhân dân tỉnh Hưng Yên", en: "People's Committee of Hưng Yên province" },
    issueDate: ISSUED,
    title: {
      vi: "Kế hoạch triển khai thực hiện Quyết định số 2282/QĐ-TTg ngày 31/12/2020 của Thủ tướng Chính phủ phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
      en: "Plan implementing the Prime Minister's Decision 2282/QĐ-TTg of 31/12/2020 approving the Programme “Strengthening women's equal participation in leadership and management positions at policy-making levels, 2021–2030”",
    },
    signer: {
      name: "Nguyễn Duy Hưng",
      title: {
        vi: "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
        en: "On behalf of the People's Committee, for the Chairman: Vice-Chairman",
      },
      formula: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    },
    recipients: [
      "Bộ Nội vụ (để b/c);",
      "Thường trực tỉnh ủy;",
      "Thường trực HĐND tỉnh;",
      "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
      "UBMTTQVN tỉnh và các tổ chức CT-XH;",
      "Các sở, ban, ngành, ĐVSN trực thuộc UBND tỉnh;",
      "UBND các huyện, thị xã, thành phố;",
      "Lãnh đạo VPUBND tỉnh;",
      "CV: HCQTĐức;",
      "Lưu: VT, CVNCNH.",
    ],
    effectiveFrom: {
      date: ISSUED,
      citation: {
        document: doc,
        clause: "header",
        provenance: "inferred",
        note: {
          vi: "Kế hoạch không nêu ngày hiệu lực; thư viện đọc là có hiệu lực từ ngày ban hành (25/3/2022).",
          en: "The plan states no effective date; the library reads it as in force from its issue date (2022-03-25).",
        },
      },
    },
    clauseAliases: { "I.1.1.1": "I.1.1", "I.1.1.2": "I.1.2", "I.1.1.3": "I.1.3" },
  },
  jurisdiction: {
    level: "province",
    name: { vi: "Tỉnh Hưng Yên", en: "Hưng Yên province" },
    note: {
      vi: "Tỉnh Thái Bình và tỉnh Hưng Yên hợp nhất thành tỉnh Hưng Yên (Nghị quyết 202/2025/QH15, thông qua và có hiệu lực ngày 12/6/2025; chính quyền tỉnh mới hoạt động từ 01/7/2025): 2.514,81 km², 3.567.943 người, 104 đơn vị hành chính cấp xã (93 xã, 11 phường; Nghị quyết 1666/NQ-UBTVQH15 ngày 16/6/2025).",
      en: "Thái Bình and Hưng Yên provinces were merged into the new Hưng Yên (Resolution 202/2025/QH15, adopted and in force on 2025-06-12; the new province's authorities operate from 2025-07-01): 2,514.81 km², 3,567,943 people, 104 commune-level units (93 communes, 11 wards; Resolution 1666/NQ-UBTVQH15 of 2025-06-16).",
    },
    sources: [
      {
        document: "202/2025/QH15",
        clause: "Điều 1",
        provenance: "unverified",
        note: {
          vi: "Nghị quyết về sắp xếp đơn vị hành chính cấp tỉnh, ngày 12/6/2025; chưa đối chiếu số điều.",
          en: "Resolution on rearranging province-level units, 2025-06-12; the article number is not verified.",
        },
      },
      {
        document: "1666/NQ-UBTVQH15",
        clause: "Điều 1",
        provenance: "unverified",
        note: {
          vi: "Nghị quyết về sắp xếp đơn vị hành chính cấp xã của tỉnh Hưng Yên, ngày 16/6/2025; chưa đối chiếu số điều.",
          en: "Resolution on Hưng Yên's commune-level units, 2025-06-16; the article number is not verified.",
        },
      },
    ],
  },
  legalBasis: [
    {
      number: "2282/QĐ-TTg",
      type: { vi: "Quyết định", en: "Decision" },
      issuer: { vi: "Thủ tướng Chính phủ", en: "Prime Minister" },
      issueDate: "2020-12-31",
      title: {
        vi: "Phê duyệt Chương trình “Tăng cường sự tham gia bình đẳng của phụ nữ trong các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách giai đoạn 2021-2030”",
        en: "Approving the Programme “Strengthening women's equal participation in leadership and management positions at policy-making levels, 2021–2030”",
      },
    },
    {
      number: "6164/BNV-TH",
      type: { vi: "Công văn", en: "Official letter" },
      issuer: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
      issueDate: "2021-12-03",
      title: {
        vi: "Về việc thực hiện Quyết định số 2282/QĐ-TTg",
        en: "On implementing Decision 2282/QĐ-TTg",
      },
    },
  ],
  period: { start: 2021, end: 2030 },
  objective: {
    id: "I.1",
    text: {
      vi: "Đảm bảo sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách nhằm phát huy tiềm năng, sức sáng tạo của phụ nữ, hướng tới thực hiện cam kết đạt mục tiêu phát triển bền vững về bình đẳng giới và trao quyền cho phụ nữ.",
      en: "Ensure women's equal participation in leadership and management positions at policy-making levels, to bring out women's potential and creativity, towards the commitment to the sustainable development goals on gender equality and women's empowerment.",
    },
    citation: t(
      "I.1",
      "Đảm bảo sự tham gia bình đẳng của phụ nữ vào các vị trí lãnh đạo và quản lý ở các cấp hoạch định chính sách nhằm phát huy tiềm năng, sức sáng tạo của phụ nữ, hướng tới thực hiện cam kết đạt mục tiêu phát triển bền vững về bình đẳng giới và trao quyền cho phụ nữ.",
    ),
  },
  indicators: [
    {
      id: "agencies-with-female-key-leader",
      measure: "units-with-female-key-leader",
      name: {
        vi: "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
        en: "Share of state management agencies and local governments at all levels with a female key leader",
      },
      milestones: [
        { year: 2025, target: "60%", citation: t("I.1.1", "Đến năm 2025 đạt 60%") },
        { year: 2030, target: "75%", citation: t("I.1.1", "đến năm 2030 đạt 75%") },
      ],
      citation: t(
        "I.1.1",
        "các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ",
      ),
    },
    {
      id: "women-in-planning-pool",
      measure: "women-in-planning-pool",
      name: {
        vi: "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp",
        en: "Women's share of cadres in the planning pool for leadership and management titles at all levels",
      },
      milestones: [
        { year: 2025, target: "40%", citation: t("I.1.2", "đạt ít nhất 40% vào năm 2025") },
        { year: 2030, target: "50%", citation: t("I.1.2", "đạt 50% vào năm 2030") },
      ],
      citation: t("I.1.2", "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp"),
    },
    {
      id: "trained-women-in-planning-pool",
      measure: "trained-women-in-planning-pool",
      name: {
        vi: "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp được đào tạo, bồi dưỡng, nâng cao năng lực",
        en: "Share of the women in the planning pool who are trained, fostered or have had their capacity raised",
      },
      milestones: [
        { year: 2025, target: "75%", citation: t("I.1.3", "đạt 75% vào năm 2025") },
        { year: 2030, target: "90%", citation: t("I.1.3", "đạt 90% vào năm 2030") },
      ],
      citation: t(
        "I.1.3",
        "Tỷ lệ cán bộ nữ trong diện quy hoạch các chức danh lãnh đạo, quản lý các cấp được đào tạo, bồi dưỡng, nâng cao năng lực",
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
      vi: "Đối với một số ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới 30% có thể điều chỉnh mục tiêu cho phù hợp với thực tiễn cơ quan, đơn vị, địa phương.",
      en: "For certain special sectors or fields whose share of women among cadres, civil servants, public employees and workers is below 30%, the target may be adjusted to fit the reality of the agency, unit or locality.",
    },
    citation: t(
      "I.1.1",
      "Đối với một số ngành, lĩnh vực đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức, người lao động thấp dưới 30% có thể điều chỉnh mục tiêu cho phù hợp với thực tiễn cơ quan, đơn vị, địa phương.",
    ),
  },
  requirements: [
    {
      id: "I.2.1",
      text: {
        vi: "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền các cấp, sự phối hợp của các ban, ngành, Ủy ban Mặt trận Tổ quốc và các đoàn thể, tạo sự chuyển biến, thống nhất về nhận thức và hành động trong việc thực hiện có hiệu quả Quyết định số 2282/QĐ-TTg.",
        en: "Strengthen leadership by Party committees and governments at all levels and coordination of departments, the Fatherland Front and mass organisations; unify awareness and action.",
      },
      citation: t("I.2.1", "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy đảng, chính quyền các cấp"),
    },
    {
      id: "I.2.2",
      text: {
        vi: "Triển khai thực hiện Kế hoạch đảm bảo thiết thực, hiệu quả, bám sát các mục tiêu, nhiệm vụ, giải pháp tại Quyết định số 2282/QĐ-TTg, hướng dẫn của Bộ Nội vụ và sự chỉ đạo của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân tỉnh, phù hợp tình hình thực tiễn, đặc điểm của từng cơ quan, đơn vị, địa phương.",
        en: "Implement the plan practically and effectively, following the targets, tasks and solutions of Decision 2282/QĐ-TTg, the Ministry of Home Affairs' guidance and the direction of the provincial Party Committee, People's Council and People's Committee, fitting each agency, unit and locality.",
      },
      citation: t("I.2.2", "Triển khai thực hiện Kế hoạch đảm bảo thiết thực, hiệu quả"),
    },
  ],
  tasks: [
    {
      id: "II.1",
      title: {
        vi: "Đề cao vai trò, trách nhiệm của người đứng đầu các ngành, các cấp, các cơ quan, đơn vị, địa phương trong việc triển khai thực hiện chính sách, pháp luật và các quy định về cán bộ nữ và công tác cán bộ nữ; nâng cao hiệu quả tổ chức thi hành chính sách, pháp luật về cán bộ nữ và công tác cán bộ nữ; rà soát, tham mưu, kiến nghị sửa đổi, bổ sung hoàn thiện chính sách, pháp luật và nâng cao hiệu quả tổ chức thi hành chính sách, pháp luật về cán bộ nữ và công tác cán bộ nữ. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền các cấp đối với công tác cán bộ nữ.",
        en: "Raise the role and responsibility of heads of sectors, levels, agencies, units and localities in implementing policy, law and rules on women cadres; make their enforcement more effective; review, advise and propose amendments to policy and law on women cadres; strengthen the leadership of Party committees and governments at all levels over work on women cadres.",
      },
      citation: t("II.1", "Đề cao vai trò, trách nhiệm của người đứng đầu các ngành, các cấp"),
    },
    {
      id: "II.2",
      title: {
        vi: "Đổi mới, tăng cường đào tạo, bồi dưỡng cán bộ nữ gắn với quy hoạch, tạo nguồn",
        en: "Renew and strengthen training of women cadres, linked with planning and sourcing of leaders",
      },
      items: [
        {
          id: "II.2.a",
          text: {
            vi: "Đánh giá thực trạng đội ngũ cán bộ nữ để xây dựng chính sách, kế hoạch đào tạo, bồi dưỡng, quy hoạch, sử dụng cán bộ.",
            en: "Assess the current state of women cadres to build policy and plans for training, planning and deployment.",
          },
          citation: p("II.2.a"),
        },
        {
          id: "II.2.b",
          text: {
            vi: "Đổi mới phương pháp đào tạo, bồi dưỡng nữ cán bộ, công chức lãnh đạo quản lý.",
            en: "Renew training methods for women leaders and managers.",
          },
          citation: p("II.2.b"),
        },
        {
          id: "II.2.c",
          text: {
            vi: "Triển khai các mô hình vườn ươm lãnh đạo nữ trẻ cho cán bộ, công chức và sinh viên.",
            en: "Run incubator models for young women leaders for cadres, civil servants and students.",
          },
          citation: p("II.2.c"),
        },
        {
          id: "II.2.d",
          text: {
            vi: "Xây dựng mạng lưới, nhóm phụ nữ trong các vị trí lãnh đạo, quản lý và các hoạt động kết nối.",
            en: "Build networks and groups of women in leadership positions and connecting activities.",
          },
          citation: p("II.2.d"),
        },
      ],
      citation: p("II.2"),
    },
    {
      id: "II.3",
      title: {
        vi: "Truyền thông, nâng cao nhận thức về bình đẳng giới và vai trò, vị trí, tiềm năng của phụ nữ",
        en: "Communication and awareness on gender equality and women's role and potential",
      },
      items: [
        {
          id: "II.3.a",
          text: {
            vi: "Tăng cường truyền thông về trách nhiệm của cấp ủy, người đứng đầu; đổi mới nội dung, hình thức, phương pháp.",
            en: "Communicate the responsibility of Party committees and heads; renew content, forms and methods.",
          },
          citation: p("II.3.a"),
        },
        {
          id: "II.3.b",
          text: {
            vi: "Xây dựng và thực hiện chương trình hợp tác với các tổ chức về truyền thông bình đẳng giới.",
            en: "Cooperation programmes with organisations on gender-equality communication.",
          },
          citation: p("II.3.b"),
        },
        {
          id: "II.3.c",
          text: {
            vi: "Tôn vinh tấm gương lãnh đạo nữ thành công ở khu vực công và tư nhân.",
            en: "Honour successful women leaders in the public and private sectors.",
          },
          citation: p("II.3.c"),
        },
      ],
      citation: p("II.3"),
    },
    {
      id: "II.4",
      title: {
        vi: "Tăng cường hợp tác quốc tế; huy động nguồn viện trợ và tài chính hợp pháp",
        en: "International cooperation; mobilise aid and lawful finance for the Programme",
      },
      citation: p("II.4"),
    },
    {
      id: "II.5",
      title: {
        vi: "Thanh tra, kiểm tra định kỳ hằng năm hoặc đột xuất; thống kê theo cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
        en: "Annual or ad-hoc inspection; statistics according to the national database of cadres, civil servants and public employees",
      },
      citation: p("II.5"),
    },
  ],
  fundingSources: [
    {
      id: "III.1.state-budget",
      text: {
        vi: "Ngân sách nhà nước bố trí từ dự toán chi thường xuyên hằng năm cho các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh theo phân cấp ngân sách nhà nước.",
        en: "State budget in the annual recurrent-expenditure estimates of agencies and units under the provincial People's Committee, by budget decentralisation.",
      },
      citation: p("III.1"),
    },
    {
      id: "III.1.state-budget.district",
      text: {
        vi: "Ngân sách nhà nước bố trí từ dự toán chi thường xuyên hằng năm cho Ủy ban nhân dân các huyện, thị xã, thành phố theo phân cấp ngân sách nhà nước.",
        en: "State budget in the annual recurrent-expenditure estimates of the district-level People's Committees, by budget decentralisation.",
      },
      validTo: "2025-06-30",
      citation: p("III.1"),
    },
    {
      id: "III.1.national-programmes",
      text: {
        vi: "Các chương trình mục tiêu quốc gia, các chương trình, đề án liên quan.",
        en: "National target programmes and related programmes and schemes.",
      },
      citation: p("III.1"),
    },
    {
      id: "III.1.contributions",
      text: {
        vi: "Đóng góp, hỗ trợ của doanh nghiệp, tổ chức, cá nhân trong và ngoài nước.",
        en: "Contributions and support from enterprises, organisations and individuals at home and abroad.",
      },
      citation: p("III.1"),
    },
    {
      id: "III.2",
      text: {
        vi: "Các sở, ban, ngành, đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh lập dự toán ngân sách hàng năm để thực hiện kế hoạch và quản lý, sử dụng kinh phí theo quy định của pháp luật về ngân sách nhà nước.",
        en: "Provincial departments, agencies and public units prepare annual budget estimates for the plan and manage spending under the law on the state budget.",
      },
      citation: p("III.2"),
    },
    {
      id: "III.2.district",
      text: {
        vi: "Ủy ban nhân dân các huyện, thị xã, thành phố lập dự toán ngân sách hàng năm để thực hiện kế hoạch và quản lý, sử dụng kinh phí theo quy định của pháp luật về ngân sách nhà nước.",
        en: "District-level People's Committees prepare annual budget estimates for the plan and manage spending under the law on the state budget.",
      },
      validTo: "2025-06-30",
      citation: p("III.2"),
    },
  ],
  actors: [
    {
      id: "provincial-peoples-committee",
      name: { vi: "Ủy ban nhân dân tỉnh", en: "Provincial People's Committee" },
    },
    { id: "ministry-of-home-affairs", name: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" } },
    {
      id: "department-of-home-affairs",
      name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" },
      note: {
        vi: "Từ năm 2025 tiếp nhận chức năng lao động và bình đẳng giới của Sở Lao động - Thương binh và Xã hội (ở trung ương, bình đẳng giới chuyển sang Bộ Nội vụ: Công văn 739/BNV-CTTN&BĐG ngày 28/3/2025).",
        en: "From 2025 it took over the labour and gender-equality functions of the Department of Labour, Invalids and Social Affairs (nationally, gender equality moved to the Ministry of Home Affairs: letter 739/BNV-CTTN&BĐG of 2025-03-28).",
      },
      sources: [
        decree45,
        {
          document: "739/BNV-CTTN&BĐG",
          clause: "—",
          provenance: "unverified",
          note: {
            vi: "Công văn ngày 28/3/2025 của Bộ Nội vụ về tiếp nhận công tác bình đẳng giới.",
            en: "Ministry of Home Affairs letter of 2025-03-28 on taking over gender equality.",
          },
        },
      ],
    },
    {
      id: "department-of-labour",
      name: {
        vi: "Sở Lao động - Thương binh và Xã hội",
        en: "Department of Labour, Invalids and Social Affairs",
      },
      validTo: "2025-02-28",
      successors: ["department-of-home-affairs"],
      note: {
        vi: "Hợp nhất vào Sở Nội vụ trong đợt sắp xếp năm 2025 (Nghị định 45/2025/NĐ-CP ngày 28/02/2025); ngày 28/02/2025 là ngày cuối trước ngày hiệu lực 01/3/2025, chưa đối chiếu với quyết định của tỉnh.",
        en: "Merged into the Department of Home Affairs in the 2025 restructuring (Decree 45/2025/NĐ-CP of 2025-02-28); 2025-02-28 is the day before the 2025-03-01 effective date, not verified against the province's own decision.",
      },
      sources: [decree45],
    },
    { id: "department-of-justice", name: { vi: "Sở Tư pháp", en: "Department of Justice" } },
    { id: "department-of-finance", name: { vi: "Sở Tài chính", en: "Department of Finance" } },
    {
      id: "department-of-information",
      name: { vi: "Sở Thông tin và Truyền thông", en: "Department of Information and Communications" },
      validTo: "2025-02-28",
      successors: ["department-of-science-and-technology", "department-of-culture"],
      note: {
        vi: "Sáp nhập vào Sở Khoa học và Công nghệ; chức năng báo chí, thông tin chuyển sang Sở Văn hóa, Thể thao và Du lịch (sắp xếp năm 2025, Nghị định 45/2025/NĐ-CP).",
        en: "Merged into the Department of Science and Technology; press and information functions moved to the Department of Culture, Sports and Tourism (2025 restructuring, Decree 45/2025/NĐ-CP).",
      },
      sources: [decree45],
    },
    {
      id: "department-of-science-and-technology",
      name: { vi: "Sở Khoa học và Công nghệ", en: "Department of Science and Technology" },
    },
    {
      id: "department-of-culture",
      name: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" },
    },
    {
      id: "provincial-units",
      name: {
        vi: "Các sở, ban, ngành, đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh",
        en: "Provincial departments, agencies and public service units under the provincial People's Committee",
      },
    },
    {
      id: "district-peoples-committees",
      name: { vi: "Ủy ban nhân dân các huyện, thị xã, thành phố", en: "District-level People's Committees" },
      validTo: "2025-06-30",
      note: {
        vi: "Cấp huyện chấm dứt hoạt động từ 01/7/2025 (chính quyền địa phương hai cấp: Nghị quyết 203/2025/QH15, Luật Tổ chức chính quyền địa phương số 72/2025/QH15); Kế hoạch 53 không giao nhiệm vụ cho cấp xã.",
        en: "The district level ceased on 2025-07-01 (two-tier local government: Resolution 203/2025/QH15, Law 72/2025/QH15 on the Organisation of Local Government); Plan 53 assigns no duty to communes.",
      },
      sources: [
        {
          document: "203/2025/QH15",
          clause: "Điều 1 (Điều 110 Hiến pháp)",
          provenance: "unverified",
          note: {
            vi: "Sửa đổi Hiến pháp, có hiệu lực từ ngày thông qua 16/6/2025: chính quyền địa phương hai cấp.",
            en: "Amends the Constitution, in force from its adoption on 2025-06-16: two-tier local government.",
          },
        },
        {
          document: "72/2025/QH15",
          clause: "Điều 1",
          provenance: "unverified",
          note: {
            vi: "Luật Tổ chức chính quyền địa phương, thông qua ngày 16/6/2025; cấp huyện chấm dứt từ 01/7/2025.",
            en: "Law on the Organisation of Local Government, adopted 2025-06-16; the district tier ended on 2025-07-01.",
          },
        },
      ],
    },
    {
      id: "fatherland-front-and-organisations",
      name: {
        vi: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        en: "Provincial Vietnam Fatherland Front Committee and socio-political organisations",
      },
      requested: true,
    },
    {
      id: "womens-union",
      name: { vi: "Hội Liên hiệp Phụ nữ tỉnh", en: "Provincial Women's Union" },
      requested: true,
    },
  ],
  responsibilities: [
    {
      id: "IV.1.a",
      actor: "department-of-home-affairs",
      text: {
        vi: "Rà soát, kiến nghị các cơ quan có thẩm quyền sửa đổi, bổ sung, ban hành các quy định về bổ nhiệm, quy hoạch, đào tạo, bồi dưỡng nữ cán bộ, công chức, viên chức; các chính sách đối với nữ cán bộ, công chức, viên chức, người lao động trên địa bàn tỉnh.",
        en: "Review and propose to the competent bodies rules on the appointment, planning and training of women cadres, civil servants and public employees, and policies for women cadres, civil servants, public employees and workers in the province.",
      },
      citation: t(
        "IV.1.a",
        "các chính sách đối với nữ cán bộ, công chức, viên chức, người lao động trên địa bàn tỉnh",
      ),
    },
    {
      id: "IV.1.b",
      actor: "department-of-home-affairs",
      text: {
        vi: "Hướng dẫn, đôn đốc, theo dõi, kiểm tra; định kỳ hằng năm tổng hợp, báo cáo Bộ Nội vụ kết quả thực hiện Chương trình.",
        en: "Guide, urge, monitor and inspect; every year consolidate and report the Programme's results to the Ministry of Home Affairs.",
      },
      citation: t(
        "IV.1.b",
        "định kỳ hàng năm tổng hợp, báo cáo Bộ Nội vụ kết quả thực hiện Chương trình theo quy định",
      ),
    },
    {
      id: "IV.1.c",
      actor: "department-of-home-affairs",
      text: {
        vi: "Tham mưu UBND tỉnh sơ kết, tổng kết việc thực hiện Chương trình.",
        en: "Advise the provincial People's Committee on the preliminary and final reviews of the Programme.",
      },
      citation: p("IV.1.c"),
    },
    {
      id: "IV.2.a",
      actor: "department-of-labour",
      text: {
        vi: "Hằng năm triển khai pháp luật về bình đẳng giới, chiến lược quốc gia về bình đẳng giới; truyền thông, nâng cao năng lực.",
        en: "Every year disseminate the law on gender equality and the national strategy; communication and capacity building.",
      },
      validTo: "2025-02-28",
      citation: p("IV.2.a"),
    },
    {
      id: "IV.2.b",
      actor: "department-of-labour",
      text: {
        vi: "Chủ trì rà soát, kiến nghị chính sách về bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh.",
        en: "Lead the review of gender-equality policies in the province.",
      },
      validTo: "2025-02-28",
      citation: p("IV.2.b"),
    },
    {
      id: "IV.2.a.successor",
      actor: "department-of-home-affairs",
      text: {
        vi: "Hằng năm triển khai pháp luật về bình đẳng giới, chiến lược quốc gia về bình đẳng giới; truyền thông, nâng cao năng lực (nhiệm vụ của Sở Lao động - Thương binh và Xã hội cũ).",
        en: "Every year disseminate the law on gender equality and the national strategy; communication and capacity building (the former Department of Labour's duty).",
      },
      validFrom: RESTRUCTURED,
      citation: { document: doc, clause: "IV.2.a", provenance: "inferred", note: successorNote },
    },
    {
      id: "IV.2.b.successor",
      actor: "department-of-home-affairs",
      text: {
        vi: "Chủ trì rà soát, kiến nghị chính sách về bình đẳng giới và vì sự tiến bộ của phụ nữ trên địa bàn tỉnh (nhiệm vụ của Sở Lao động - Thương binh và Xã hội cũ).",
        en: "Lead the review of gender-equality policies in the province (the former Department of Labour's duty).",
      },
      validFrom: RESTRUCTURED,
      citation: { document: doc, clause: "IV.2.b", provenance: "inferred", note: successorNote },
    },
    {
      id: "IV.3.a",
      actor: "department-of-justice",
      text: {
        vi: "Giải pháp xây dựng, thi hành pháp luật; thẩm định lồng ghép bình đẳng giới trong dự thảo văn bản quy phạm pháp luật (nếu có).",
        en: "Law-making and enforcement solutions; appraise gender mainstreaming in draft legal documents (if any).",
      },
      citation: p("IV.3.a"),
    },
    {
      id: "IV.3.b",
      actor: "department-of-justice",
      text: {
        vi: "Phối hợp xây dựng văn bản quy phạm pháp luật về chính sách đối với phụ nữ và công tác cán bộ nữ.",
        en: "Coordinate drafting of legal documents on policies for women and women cadres.",
      },
      citation: p("IV.3.b"),
    },
    {
      id: "IV.4",
      actor: "department-of-finance",
      text: {
        vi: "Tham mưu bố trí kinh phí chi thường xuyên hằng năm cho nhiệm vụ được giao (nếu có); hướng dẫn, kiểm tra việc sử dụng kinh phí.",
        en: "Propose annual recurrent budget for assigned tasks (if any); guide and inspect spending.",
      },
      citation: p("IV.4"),
    },
    {
      id: "IV.5",
      actor: "department-of-information",
      text: {
        vi: "Hướng dẫn các cơ quan báo chí đổi mới thông tin, truyền thông về bình đẳng giới, vai trò của phụ nữ và các điển hình.",
        en: "Guide the press to renew communication on gender equality, women's role and good models.",
      },
      validTo: "2025-02-28",
      citation: p("IV.5"),
    },
    {
      id: "IV.5.successor",
      actor: "department-of-culture",
      text: {
        vi: "Hướng dẫn các cơ quan báo chí đổi mới thông tin, truyền thông về bình đẳng giới, vai trò của phụ nữ và các điển hình (nhiệm vụ của Sở Thông tin và Truyền thông cũ; chức năng báo chí chuyển sang Sở Văn hóa, Thể thao và Du lịch).",
        en: "Guide the press to renew communication on gender equality, women's role and good models (the former Department of Information's duty; press functions moved to the Department of Culture, Sports and Tourism).",
      },
      validFrom: RESTRUCTURED,
      citation: { document: doc, clause: "IV.5", provenance: "inferred", note: successorNote },
    },
    {
      id: "IV.6.a.provincial",
      actor: "provincial-units",
      text: {
        vi: "Xây dựng kế hoạch thực hiện với chỉ tiêu cụ thể về công tác cán bộ nữ giai đoạn và hằng năm.",
        en: "Build an implementation plan with specific targets on women cadres for the period and for each year.",
      },
      citation: p("IV.6.a"),
    },
    {
      id: "IV.6.a.district",
      actor: "district-peoples-committees",
      text: {
        vi: "Xây dựng kế hoạch thực hiện với chỉ tiêu cụ thể về công tác cán bộ nữ giai đoạn và hằng năm.",
        en: "Build an implementation plan with specific targets on women cadres for the period and for each year.",
      },
      validTo: "2025-06-30",
      citation: p("IV.6.a"),
    },
    {
      id: "IV.6.b.provincial",
      actor: "provincial-units",
      text: {
        vi: "Hằng năm đánh giá, báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11; sơ kết, tổng kết theo quy định.",
        en: "Every year assess and report to the provincial People's Committee (through the Department of Home Affairs) before 15 November; reviews as prescribed.",
      },
      citation: p("IV.6.b"),
    },
    {
      id: "IV.6.b.district",
      actor: "district-peoples-committees",
      text: {
        vi: "Hằng năm đánh giá, báo cáo UBND tỉnh (qua Sở Nội vụ) trước ngày 15/11; sơ kết, tổng kết theo quy định.",
        en: "Every year assess and report to the provincial People's Committee (through the Department of Home Affairs) before 15 November; reviews as prescribed.",
      },
      validTo: "2025-06-30",
      citation: p("IV.6.b"),
    },
    {
      id: "IV.7.a",
      actor: "fatherland-front-and-organisations",
      text: {
        vi: "Phối hợp và lồng ghép các hoạt động trong chương trình, kế hoạch của ngành để thực hiện Chương trình.",
        en: "Coordinate and integrate activities in their own programmes to implement the Programme.",
      },
      citation: p("IV.7.a"),
    },
    {
      id: "IV.7.b",
      actor: "fatherland-front-and-organisations",
      text: {
        vi: "Phản biện xã hội dự thảo chính sách, pháp luật; giám sát theo chuyên đề về công tác cán bộ nữ.",
        en: "Social criticism of draft policies and laws; thematic supervision of work on women cadres.",
      },
      citation: p("IV.7.b"),
    },
    {
      id: "IV.8",
      actor: "womens-union",
      text: {
        vi: "Vận động xã hội thực hiện bình đẳng giới; giám sát, phản biện xã hội; đề xuất hoàn thiện quy định về công tác cán bộ nữ.",
        en: "Social mobilisation for gender equality; supervision and social criticism; propose improvements to rules on women cadres.",
      },
      citation: p("IV.8"),
    },
  ],
  reportingDuties: [
    {
      id: "provincial-units-annual-report",
      name: { vi: "Báo cáo kết quả thực hiện Kế hoạch hằng năm", en: "Annual report on the plan's results" },
      actor: "provincial-units",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      validFrom: ISSUED, // document.effectiveFrom: the issue date, an inferred reading
      schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
      citation: t(
        "IV.6.b",
        "Hằng năm đánh giá tình hình, kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ tổng hợp) trước ngày 15/11",
      ),
    },
    {
      id: "district-annual-report",
      name: {
        vi: "Báo cáo kết quả thực hiện Kế hoạch hằng năm (cấp huyện)",
        en: "Annual report on the plan's results (districts)",
      },
      actor: "district-peoples-committees",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      validFrom: ISSUED, // document.effectiveFrom: the issue date, an inferred reading
      schedule: { kind: "annual", due: { month: 11, day: 15, inclusive: false } },
      validTo: "2025-06-30",
      citation: t(
        "IV.6.b",
        "Hằng năm đánh giá tình hình, kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ tổng hợp) trước ngày 15/11",
      ),
    },
    {
      id: "provincial-units-reviews",
      name: {
        vi: "Sơ kết, tổng kết việc thực hiện Chương trình của các sở, ban, ngành, đơn vị",
        en: "The units' own preliminary and final reviews of the Programme",
      },
      actor: "provincial-units",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      validFrom: ISSUED,
      schedule: { kind: "as-prescribed" },
      citation: t("IV.6.b", "sơ kết, tổng kết việc thực hiện Chương trình theo quy định"),
    },
    {
      id: "district-reviews",
      name: {
        vi: "Sơ kết, tổng kết việc thực hiện Chương trình của cấp huyện",
        en: "The districts' own preliminary and final reviews of the Programme",
      },
      actor: "district-peoples-committees",
      recipient: "provincial-peoples-committee",
      via: "department-of-home-affairs",
      validFrom: ISSUED,
      validTo: "2025-06-30",
      schedule: { kind: "as-prescribed" },
      citation: t("IV.6.b", "sơ kết, tổng kết việc thực hiện Chương trình theo quy định"),
    },
    {
      id: "home-affairs-report-to-ministry",
      name: {
        vi: "Báo cáo tổng hợp hằng năm gửi Bộ Nội vụ",
        en: "Annual consolidated report to the Ministry of Home Affairs",
      },
      actor: "department-of-home-affairs",
      recipient: "ministry-of-home-affairs",
      validFrom: ISSUED, // document.effectiveFrom: the issue date, an inferred reading
      schedule: { kind: "annual", due: null },
      citation: t(
        "IV.1.b",
        "định kỳ hàng năm tổng hợp, báo cáo Bộ Nội vụ kết quả thực hiện Chương trình theo quy định",
      ),
    },
    {
      id: "preliminary-review",
      name: { vi: "Sơ kết thực hiện Chương trình", en: "Preliminary (mid-term) review of the Programme" },
      actor: "department-of-home-affairs",
      recipient: "provincial-peoples-committee",
      validFrom: ISSUED, // document.effectiveFrom: the issue date, an inferred reading
      schedule: { kind: "once", year: 2025, due: null },
      citation: {
        document: doc,
        clause: "IV.1.c",
        provenance: "inferred",
        note: {
          vi: "Kế hoạch 53 không nêu năm sơ kết, tổng kết; năm 2025 lấy từ giai đoạn của Chương trình (2021-2030).",
          en: "Plan 53 gives no year for the reviews; 2025 follows from the Programme's period (2021–2030).",
        },
      },
    },
    {
      id: "final-review",
      name: { vi: "Tổng kết thực hiện Chương trình", en: "Final review of the Programme" },
      actor: "department-of-home-affairs",
      recipient: "provincial-peoples-committee",
      validFrom: ISSUED, // document.effectiveFrom: the issue date, an inferred reading
      schedule: { kind: "once", year: 2030, due: null },
      citation: {
        document: doc,
        clause: "IV.1.c",
        provenance: "inferred",
        note: {
          vi: "Kế hoạch 53 không nêu năm sơ kết, tổng kết; năm 2030 lấy từ giai đoạn của Chương trình (2021-2030).",
          en: "Plan 53 gives no year for the reviews; 2030 follows from the Programme's period (2021–2030).",
        },
      },
    },
  ],
  localGovernment: vietnamLocalGovernment,
} as const satisfies PlanConfig;
