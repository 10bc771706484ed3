// Warnings in results: facts a reader must see that do not stop the work.
import { type MessageBuilder, str } from "./builder.js";

const list = (x: unknown, max = 10): string => {
  const items = Array.isArray(x) ? x.map((v) => str(v)) : [str(x)];
  return items.length > max
    ? `${items.slice(0, max).join(", ")}, … (+${items.length - max})`
    : items.join(", ");
};

const before = (p: Readonly<Record<string, unknown>>): boolean =>
  typeof p["year"] === "number" && typeof p["start"] === "number" && p["year"] < p["start"];

export const warningMessages = {
  "warning.reading-not-stated": (p) => ({
    vi: `Số liệu không ghi cách hiểu "lãnh đạo chủ chốt" đã dùng để đếm; kết quả giả định là cách hiểu của kế hoạch ("${str(p["plan"])}"). Hãy truyền keyLeaders (tallyRecords trả về) để chắc chắn.`,
    en: `The tallies do not state who was counted as a key leader; the result assumes the plan's reading ("${str(p["plan"])}"). Pass keyLeaders (tallyRecords returns it) to be sure.`,
  }),
  "warning.year-outside-period": (p) => ({
    // (a message is built from any parameters: compare only numbers)
    vi: `Năm ${str(p["year"])} nằm ngoài giai đoạn ${str(p["start"])}–${str(p["end"])} của kế hoạch: ${before(p) ? "chưa có chỉ tiêu" : "áp dụng chỉ tiêu của mốc cuối"}.`,
    en: `The year ${str(p["year"])} lies outside the plan's period ${str(p["start"])}–${str(p["end"])}: ${before(p) ? "no target applies" : "the last milestone's target applies"}.`,
  }),
  "warning.lapsed-tier": (p) => ({
    vi: `${str(p["count"])} đơn vị thuộc cấp "${str(p["tier"])}" không còn tồn tại vào ngày ${str(p["date"])} (${list(p["ids"])}): ${p["counted"] === true ? "vẫn được tính theo thiết lập lapsedTiers" : "không được tính ở đâu, số liệu của chúng bị loại"}. Hãy ghi validTo cho các đơn vị này.`,
    en: `${str(p["count"])} unit(s) of the tier "${str(p["tier"])}", which does not exist on ${str(p["date"])} (${list(p["ids"])}): ${p["counted"] === true ? "still counted (setting lapsedTiers)" : "counted nowhere, their tallies rejected"}. Give these units a validTo.`,
  }),
  "report.previous-mismatch": (p) => ({
    vi: `Báo cáo năm trước phải là của kế hoạch ${str(p["expectedPlan"])} và một năm trước ${str(p["before"])}; báo cáo đã cho là của ${str(p["plan"])}, năm ${str(p["year"])}.`,
    en: `The previous report must be of the plan ${str(p["expectedPlan"])} and a year before ${str(p["before"])}; the one given is of ${str(p["plan"])}, year ${str(p["year"])}.`,
  }),
  "warning.central-outside-plan": (p) => ({
    vi: `${str(p["count"])} đơn vị cấp trung ương (${list(p["ids"])}) nằm ngoài phạm vi kế hoạch của một tỉnh: không được tính ở đâu, số liệu của chúng bị loại.`,
    en: `${str(p["count"])} central-level unit(s) (${list(p["ids"])}) are outside a province's plan: counted nowhere, their tallies rejected.`,
  }),
  "warning.tallies-rejected": (p) => ({
    vi: `${str(p["count"])} bộ số liệu bị loại (${list(p["codes"], 5)}); xem coverage.rejected: các đơn vị đó được coi là chưa báo cáo.`,
    en: `${str(p["count"])} tally/tallies rejected (${list(p["codes"], 5)}); see coverage.rejected: those units count as not reporting.`,
  }),
  "warning.units-missing": (p) => ({
    vi: `${str(p["count"])} đơn vị chưa báo cáo (${list(p["ids"])}); ${p["setting"] === "exclude" ? "không tính vào mẫu số" : "được tính là chưa đạt (missingUnits)"}.`,
    en: `${str(p["count"])} unit(s) did not report (${list(p["ids"])}); ${p["setting"] === "exclude" ? "left out of the denominator" : "counted as not meeting the criterion (missingUnits)"}.`,
  }),
  "warning.units-out-of-scope": (p) => ({
    vi: `${str(p["count"])} đơn vị có hiệu lực không thuộc phạm vi chỉ tiêu đơn vị (loại hoặc cấp không nằm trong settings.scope): ${list(p["kinds"])}.`,
    en: `${str(p["count"])} unit(s) in force are outside the scope of the unit indicator (kind or tier not in settings.scope): ${list(p["kinds"])}.`,
  }),
  "warning.adjustment-without-justification": (p) => ({
    vi: `Chỉ tiêu của nhóm ${str(p["group"])} được điều chỉnh tường minh nhưng không có lý do hoặc văn bản phê duyệt.`,
    en: `The target of the group ${str(p["group"])} was adjusted explicitly without a justification or an approving document.`,
  }),
  "warning.snapshot-after-as-of": (p) => ({
    vi: `Ngày số liệu ${str(p["snapshotDate"])} sau ngày lập ${str(p["asOf"])}: số liệu mô tả một ngày chưa đến.`,
    en: `The snapshot date ${str(p["snapshotDate"])} is after the date of the evaluation ${str(p["asOf"])}: the counts describe a day still to come.`,
  }),
  "warning.qualitative": (p) => ({
    vi: `Chỉ tiêu "${str(p["indicator"])}" là định tính: được nêu, không tính số liệu.`,
    en: `The indicator "${str(p["indicator"])}" is qualitative: it is reported, not computed.`,
  }),
} satisfies Record<string, MessageBuilder>;
