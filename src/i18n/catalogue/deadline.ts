// Dates, instants, holidays and reporting deadlines.
import { type MessageBuilder, str } from "./builder.js";

export const deadlineMessages = {
  "submission.unknown-duty": (p) => ({
    vi: `Bản nộp cho nghĩa vụ báo cáo "${str(p["dutyId"])}" không có trong kế hoạch.`,
    en: `A submission for the reporting duty "${str(p["dutyId"])}", which the plan does not have.`,
  }),
  "submission.duplicate": (p) => ({
    vi: `Nghĩa vụ "${str(p["dutyId"])}" năm ${str(p["year"])} có hơn một bản nộp của ${str(p["by"])}.`,
    en: `The duty "${str(p["dutyId"])}" of ${str(p["year"])} has more than one submission by ${str(p["by"])}.`,
  }),
  "instant.invalid": (p) => ({
    vi: `"${str(p["value"])}" không phải là thời điểm hợp lệ theo ISO 8601 (ví dụ 2025-11-14T23:59:59+07:00).`,
    en: `"${str(p["value"])}" is not a valid ISO 8601 instant (for example 2025-11-14T23:59:59+07:00).`,
  }),
  "instant.missing-offset": (p) => ({
    vi: `"${str(p["value"])}" không ghi múi giờ nên không rõ là thời điểm nào: thêm "+07:00" (giờ Việt Nam) hoặc "Z" (UTC).`,
    en: `"${str(p["value"])}" has no UTC offset, so the moment it names is ambiguous: add "+07:00" (Vietnam time) or "Z" (UTC).`,
  }),
  "days.not-integer": (p) => ({
    vi: `Số ngày phải là số nguyên, không phải ${str(p["value"])}.`,
    en: `A number of days must be an integer, not ${str(p["value"])}.`,
  }),
  "lunar.outside-table": (p) => ({
    vi: `Năm ${str(p["year"])} nằm ngoài bảng âm lịch (${str(p["first"])}–${str(p["last"])}).`,
    en: `The year ${str(p["year"])} lies outside the lunar table (${str(p["first"])}–${str(p["last"])}).`,
  }),
  "holidays.outside-coverage": (p) => ({
    vi: `Ngày ${str(p["value"])} nằm ngoài các năm có lịch nghỉ lễ (${str(p["first"])}–${str(p["last"])}).`,
    en: `The date ${str(p["value"])} lies outside the years the holiday calendar covers (${str(p["first"])}–${str(p["last"])}).`,
  }),
  "holiday-decision.duplicate-year": (p) => ({
    vi: `Năm ${str(p["year"])} có hơn một dòng quyết định nghỉ lễ.`,
    en: `The year ${str(p["year"])} has more than one holiday-decision row.`,
  }),
  "holiday-decision.break-outside-year": (p) => ({
    vi: `Đợt nghỉ ${str(p["from"])}–${str(p["to"])} không thuộc năm ${str(p["year"])}.`,
    en: `The break ${str(p["from"])}–${str(p["to"])} does not belong to the year ${str(p["year"])}.`,
  }),
  "holiday-decision.break-misses-holiday": (p) => ({
    vi: `Đợt nghỉ ${str(p["from"])}–${str(p["to"])} không chứa ngày lễ "${str(p["holiday"])}" (${str(p["date"])}).`,
    en: `The break ${str(p["from"])}–${str(p["to"])} does not contain the holiday "${str(p["holiday"])}" (${str(p["date"])}).`,
  }),
  "holiday-decision.substitute-outside-break": (p) => ({
    vi: `Ngày nghỉ bù ${str(p["date"])} nằm ngoài đợt nghỉ ${str(p["from"])}–${str(p["to"])}.`,
    en: `The substitute day ${str(p["date"])} lies outside the break ${str(p["from"])}–${str(p["to"])}.`,
  }),
  "holiday-decision.make-up-not-rest-day": (p) => ({
    vi: `Ngày làm bù ${str(p["date"])} phải là thứ Bảy hoặc Chủ nhật ngoài các đợt nghỉ.`,
    en: `The make-up working day ${str(p["date"])} must be a Saturday or Sunday outside every break.`,
  }),
  "holiday-decision.make-up-on-holiday": (p) => ({
    vi: `Ngày làm bù ${str(p["date"])} là ngày nghỉ lễ theo Bộ luật Lao động: không thể là ngày làm việc.`,
    en: `The make-up working day ${str(p["date"])} is a public holiday under the Labour Code: it cannot be a working day.`,
  }),
  "holiday-decision.make-up-outside-years": (p) => ({
    vi: `Ngày làm bù ${str(p["date"])} quá xa năm ${str(p["year"])} của dòng quyết định (chỉ được trong năm đó, năm trước hoặc năm sau).`,
    en: `The make-up working day ${str(p["date"])} is too far from the row's year ${str(p["year"])} (it must be in that year, the year before or the year after).`,
  }),
  "holiday-decision.swap-outside-break": (p) => ({
    vi: `Ngày được hoán đổi ${str(p["date"])} phải là ngày làm việc (thứ Hai–thứ Sáu) trong một đợt nghỉ của năm.`,
    en: `The swapped day ${str(p["date"])} must be a weekday (Monday–Friday) inside one of the year's breaks.`,
  }),
} satisfies Record<string, MessageBuilder>;
