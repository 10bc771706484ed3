// Plan configurations.
import { type MessageBuilder, str } from "./builder.js";

export const planMessages = {
  "text.empty": () => ({
    vi: "Tên hoặc nội dung không được để trống.",
    en: "A name or text must not be empty.",
  }),
  "date.invalid": (p) => ({
    vi: /^\d{4}-\d{2}-\d{2}$/.test(str(p["value"]))
      ? `"${str(p["value"])}" không phải là ngày có thật.`
      : `"${str(p["value"])}" không phải là ngày viết theo dạng YYYY-MM-DD (ví dụ 2025-11-14).`,
    en: /^\d{4}-\d{2}-\d{2}$/.test(str(p["value"]))
      ? `"${str(p["value"])}" is not a day that exists.`
      : `"${str(p["value"])}" is not a date written YYYY-MM-DD (for example 2025-11-14).`,
  }),
  "date.range-reversed": (p) => ({
    vi: `Ngày bắt đầu ${str(p["from"])} sau ngày kết thúc ${str(p["to"])}.`,
    en: `The start date ${str(p["from"])} is after the end date ${str(p["to"])}.`,
  }),
  "period.reversed": (p) => ({
    vi: `Giai đoạn không hợp lệ: năm bắt đầu ${str(p["start"])} sau năm kết thúc ${str(p["end"])}.`,
    en: `Invalid period: start year ${str(p["start"])} is after end year ${str(p["end"])}.`,
  }),
  "milestone.duplicate-year": (p) => ({
    vi: `Năm mốc ${str(p["year"])} bị lặp lại trong chỉ tiêu "${str(p["indicator"])}".`,
    en: `Milestone year ${str(p["year"])} appears twice in indicator "${str(p["indicator"])}".`,
  }),
  "milestone.outside-period": (p) => ({
    vi: `Năm mốc ${str(p["year"])} nằm ngoài giai đoạn ${str(p["start"])}–${str(p["end"])}.`,
    en: `Milestone year ${str(p["year"])} lies outside the period ${str(p["start"])}–${str(p["end"])}.`,
  }),
  "indicator.duplicate-id": (p) => ({
    vi: `Mã chỉ tiêu "${str(p["id"])}" bị lặp lại.`,
    en: `Indicator id "${str(p["id"])}" is used twice.`,
  }),
  "indicator.unknown-id": (p) => ({
    vi: `Không có chỉ tiêu mã "${str(p["id"])}" trong kế hoạch.`,
    en: `No indicator with id "${str(p["id"])}" in the plan.`,
  }),
  "indicator.quantitative-without-milestones": (p) => ({
    vi: `Chỉ tiêu định lượng "${str(p["id"])}" cần ít nhất một mốc.`,
    en: `Quantitative indicator "${str(p["id"])}" needs at least one milestone.`,
  }),
  "indicator.qualitative-with-milestones": (p) => ({
    vi: `Chỉ tiêu định tính "${str(p["id"])}" không có mốc số liệu; hãy bỏ các mốc hoặc đổi loại chỉ tiêu.`,
    en: `Qualitative indicator "${str(p["id"])}" takes no numeric milestones; remove them or change its measure.`,
  }),
  "tiers.period-not-covered": (p) => ({
    vi: `Cơ cấu chính quyền địa phương phải bao trùm cả giai đoạn ${str(p["start"])}–${str(p["end"])}.`,
    en: `The local-government structure must cover the whole period ${str(p["start"])}–${str(p["end"])}.`,
  }),
  "id.duplicate": (p) => ({
    vi: `Mã "${str(p["id"])}" bị lặp lại trong ${str(p["collection"])}.`,
    en: `Id "${str(p["id"])}" is used twice in ${str(p["collection"])}.`,
  }),
  "actor.unknown-id": (p) => ({
    vi: `Không có chủ thể mã "${str(p["id"])}" trong kế hoạch.`,
    en: `No actor with id "${str(p["id"])}" in the plan.`,
  }),
  "due-day.invalid": (p) => ({
    vi: `Ngày ${str(p["day"])}/${str(p["month"])} không tồn tại.`,
    en: `Day ${str(p["day"])} of month ${str(p["month"])} does not exist.`,
  }),
  "tiers.unordered": () => ({
    vi: "Các giai đoạn cơ cấu chính quyền địa phương phải liên tiếp, không chồng lấn và theo thứ tự thời gian.",
    en: "Local-government structure periods must be contiguous, non-overlapping and in date order.",
  }),
  "key.forbidden": (p) => ({
    vi: `Khóa "${str(p["key"])}" không được phép trong cấu hình.`,
    en: `The key "${str(p["key"])}" is not allowed in a configuration.`,
  }),
  "adapt.citation-required": (p) => ({
    vi: `Giá trị thay đổi tại ${str(p["at"])} cần trích dẫn văn bản, điều khoản của tỉnh (trường "citation").`,
    en: `The value changed at ${str(p["at"])} needs a citation of the province's own document and clause ("citation").`,
  }),
  "adapt.missing-key": (p) => ({
    vi: `Phần tử tại ${str(p["at"])} thiếu khóa "${str(p["key"])}" để biết nó thay đổi phần tử nào.`,
    en: `The element at ${str(p["at"])} has no "${str(p["key"])}" to say which element it changes.`,
  }),
  "adapt.duplicate-key": (p) => ({
    vi: `Bản điều chỉnh ghi ${str(p["key"])} "${str(p["value"])}" hai lần (lần đầu ở vị trí ${str(p["first"])}): lần sau sẽ lặng lẽ ghi đè lần trước.`,
    en: `The patch has ${str(p["key"])} "${str(p["value"])}" twice (first at position ${str(p["first"])}): the second would silently override the first.`,
  }),
  "adapt.remove-not-true": (p) => ({
    vi: `"$remove" tại ${str(p["at"])} phải là true (bỏ phần tử) hoặc không ghi.`,
    en: `"$remove" at ${str(p["at"])} must be true (remove the element) or left out.`,
  }),
  "adapt.remove-unknown": (p) => ({
    vi: `Không có phần tử ${str(p["key"])} "${str(p["value"])}" trong kế hoạch gốc để bỏ: kiểm tra lỗi chính tả.`,
    en: `There is no element with ${str(p["key"])} "${str(p["value"])}" in the base plan to remove: check for a typo.`,
  }),
  "adapt.empty-list": (p) => ({
    vi: `Danh sách rỗng tại ${str(p["at"])} không thay đổi gì: các phần tử được ghép theo ${str(p["key"])}. Để bỏ một phần tử, ghi { ${str(p["key"])}: …, "$remove": true }.`,
    en: `The empty list at ${str(p["at"])} changes nothing: its elements are merged by ${str(p["key"])}. To remove an element, write { ${str(p["key"])}: …, "$remove": true }.`,
  }),
  "adapt.new-element": (p) => ({
    vi: `Phần tử tại ${str(p["at"])} không có trong kế hoạch gốc nên được thêm mới, cần ghi đủ các trường: nếu định sửa một phần tử có sẵn, hãy kiểm tra mã.`,
    en: `The element at ${str(p["at"])} is not in the base plan, so it is added and needs all its fields: if it was meant to change an existing one, check its id.`,
  }),
  "adapt.not-an-object": (p) => ({
    vi: `Bản điều chỉnh tại ${str(p["at"])} phải là một đối tượng.`,
    en: `The patch at ${str(p["at"])} must be an object.`,
  }),
} satisfies Record<string, MessageBuilder>;
