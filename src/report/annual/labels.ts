/**
 * The words of the annual report's renderers, in Vietnamese and English: statuses, unit kinds, the sectors
 * the sample data and the presets use (a unit's own name otherwise), and the headings.
 *
 * @module
 * @internal
 */
import type { Locale } from "../../i18n/locale.js";
import { asText, TIER_LABELS } from "../text.js";

type Words = Readonly<Record<string, { readonly vi: string; readonly en: string }>>;

export const STATUSES: Words = {
  met: { vi: "Đạt", en: "Met" },
  below: { vi: "Chưa đạt", en: "Below target" },
  "not-computable": { vi: "Không tính được", en: "Not computable" },
  "on-time": { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  upcoming: { vi: "Chưa đến hạn", en: "Upcoming" },
  "due-today": { vi: "Đến hạn hôm nay", en: "Due today" },
  "no-deadline-set": { vi: "Văn bản không quy định ngày", en: "No day in the text" },
};

export const REASONS: Words = {
  qualitative: { vi: "chỉ tiêu định tính", en: "qualitative target" },
  "before-programme": { vi: "trước giai đoạn của Chương trình", en: "before the programme" },
  "no-units-in-scope": { vi: "không có đơn vị thuộc phạm vi", en: "no units in scope" },
  "no-units-reporting": { vi: "không đơn vị nào báo cáo", en: "no unit reported" },
  "unit-not-reporting": { vi: "chưa báo cáo", en: "did not report" },
  "no-key-leaders-reported": { vi: "không báo cáo lãnh đạo chủ chốt", en: "no key leaders reported" },
  "empty-planning-pool": { vi: "diện quy hoạch trống", en: "empty planning pool" },
  "no-women-in-planning-pool": {
    vi: "không có nữ trong diện quy hoạch",
    en: "no women in the planning pool",
  },
};

export const KINDS: Words = {
  "state-agency": { vi: "cơ quan quản lý nhà nước", en: "state management agency" },
  "local-government": { vi: "chính quyền địa phương", en: "local government" },
  "peoples-committee": { vi: "Ủy ban nhân dân", en: "People's Committee" },
  "peoples-council": { vi: "Hội đồng nhân dân", en: "People's Council" },
  "public-service-unit": { vi: "đơn vị sự nghiệp công lập", en: "public service unit" },
  "party-or-mass-organisation": { vi: "tổ chức Đảng, đoàn thể", en: "Party or mass organisation" },
  other: { vi: "khác", en: "other" },
};

export const SECTORS: Words = {
  "(none)": { vi: "Không thuộc ngành nào", en: "No sector" },
  government: { vi: "Chính quyền", en: "Government" },
  "local-government": { vi: "Chính quyền cơ sở", en: "Local government" },
  "home-affairs": { vi: "Nội vụ", en: "Home affairs" },
  finance: { vi: "Tài chính", en: "Finance" },
  justice: { vi: "Tư pháp", en: "Justice" },
  industry: { vi: "Công thương", en: "Industry and trade" },
  agriculture: { vi: "Nông nghiệp và môi trường", en: "Agriculture and environment" },
  construction: { vi: "Xây dựng", en: "Construction" },
  science: { vi: "Khoa học và công nghệ", en: "Science and technology" },
  education: { vi: "Giáo dục và đào tạo", en: "Education and training" },
  health: { vi: "Y tế", en: "Health" },
  culture: { vi: "Văn hóa, thể thao và du lịch", en: "Culture, sports and tourism" },
  "ethnic-affairs": { vi: "Dân tộc và tôn giáo", en: "Ethnic and religious affairs" },
  "foreign-affairs": { vi: "Ngoại vụ", en: "Foreign affairs" },
  inspection: { vi: "Thanh tra", en: "Inspection" },
};

export const WORDS = {
  vi: {
    title: (year: number, doc: string) => `Báo cáo kết quả thực hiện năm ${year} — ${doc}`,
    made: "Ngày lập",
    snapshot: "Số liệu tại ngày",
    indicators: "Kết quả các chỉ tiêu",
    target: "Mục tiêu",
    targetOf: (year: number) => `Mục tiêu năm ${year}`,
    milestone: (year: number) => `mốc năm ${year}`,
    noTarget: "không có chỉ tiêu định lượng",
    adjusted: "điều chỉnh",
    overall: "Toàn bộ",
    value: "Kết quả",
    status: "Đánh giá",
    shortfall: "Còn thiếu",
    units: (_n: number) => "đơn vị",
    womenAdd: "nữ (thêm người)",
    womenReplace: "nữ (thay người)",
    level: "Cấp",
    sector: "Ngành, lĩnh vực",
    unit: "Đơn vị",
    byLevel: "Theo cấp",
    bySector: "Theo ngành, lĩnh vực",
    byUnit: "Theo đơn vị",
    below: (n: number) => `Đơn vị chưa đạt (${n})`,
    belowKeyLeader: (n: number) => `Đơn vị chưa có lãnh đạo chủ chốt là nữ (${n})`,
    none: "không có",
    change: (year: number) => `So với năm ${year}`,
    points: "điểm phần trăm",
    keyLeaders: "Tỷ lệ nữ trong lãnh đạo chủ chốt",
    coverage: "Tình hình báo cáo",
    inForce: "Đơn vị đang hoạt động",
    reporting: "Đã báo cáo",
    missing: "Chưa báo cáo",
    rejected: "Số liệu bị loại",
    outOfScope: "Ngoài phạm vi chỉ tiêu 1",
    deadlines: "Hạn báo cáo trong năm",
    duty: "Nghĩa vụ",
    due: "Hạn cuối (đúng hạn)",
    submitted: "Ngày nộp",
    submissions: "Các đơn vị đã nộp",
    warnings: "Lưu ý",
    settings: "Cách hiểu đã dùng",
    adjustment: "Điều chỉnh chỉ tiêu",
    policy: "chính sách",
    justification: "lý do",
    approvedBy: "văn bản phê duyệt",
    qualitative: "Chỉ tiêu định tính, không có số",
    chart: "Biểu đồ: kết quả so với mục tiêu",
  },
  en: {
    title: (year: number, doc: string) => `Report on the results of ${year} — ${doc}`,
    made: "Made on",
    snapshot: "Counts as of",
    indicators: "Indicators",
    target: "Target",
    targetOf: (year: number) => `Target for ${year}`,
    milestone: (year: number) => `milestone ${year}`,
    noTarget: "no quantitative target",
    adjusted: "adjusted",
    overall: "Overall",
    value: "Value",
    status: "Status",
    shortfall: "Still missing",
    units: (n: number) => (n === 1 ? "unit" : "units"),
    womenAdd: "women (adding people)",
    womenReplace: "women (replacing people)",
    level: "Level",
    sector: "Sector",
    unit: "Unit",
    byLevel: "By level",
    bySector: "By sector",
    byUnit: "By unit",
    below: (n: number) => `Units below target (${n})`,
    belowKeyLeader: (n: number) => `Units without a female key leader (${n})`,
    none: "none",
    change: (year: number) => `Since ${year}`,
    points: "percentage points",
    keyLeaders: "Women's share of key leaders",
    coverage: "Reporting",
    inForce: "Units in force",
    reporting: "Reported",
    missing: "Did not report",
    rejected: "Tallies rejected",
    outOfScope: "Outside the scope of indicator 1",
    deadlines: "Deadlines of the year",
    duty: "Duty",
    due: "Last on-time day",
    submitted: "Submitted",
    submissions: "Units that submitted",
    warnings: "Warnings",
    settings: "Readings used",
    adjustment: "Target adjustment",
    policy: "policy",
    justification: "justification",
    approvedBy: "approved by",
    qualitative: "Qualitative target, no number",
    chart: "Chart: value against target",
  },
} as const;

/** A level's name for a heading or a table cell: the text reports' own words, capitalised. */
export function levelName(tier: unknown, locale: Locale): string {
  const name = label(TIER_LABELS, tier, locale);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A word of a table, or the value itself when the table does not know it. */
export function label(words: Words, key: unknown, locale: Locale): string {
  const k = asText(key);
  return Object.hasOwn(words, k) ? (words[k] as { vi: string; en: string })[locale] : k;
}
