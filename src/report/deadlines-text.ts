/**
 * A plain-text list of deadlines with their status, in Vietnamese or English.
 *
 * @module
 */
import type { Deadline } from "../deadlines/reporting.js";
import type { Locale } from "../i18n/locale.js";
import { localeOption, requireDeadlines } from "./guards.js";
import { citationText, dateText, plain } from "./text.js";

const W = {
  vi: {
    title: (asOf: string) => `Thời hạn báo cáo${asOf === "" ? "" : ` (tình trạng ngày ${asOf})`}`,
    empty: "  (không có thời hạn nào trong khoảng này)",
    none: "văn bản không quy định ngày",
    last: "hạn cuối",
    status: {
      upcoming: "sắp tới",
      "due-today": "hết hạn hôm nay",
      overdue: "quá hạn",
      "on-time": "đã nộp đúng hạn",
      late: "đã nộp muộn",
      "no-deadline-set": "chưa có hạn",
    } as Record<string, string>,
    left: (c: number, w: number) => `còn ${c} ngày (${w} ngày làm việc)`,
    late: (c: number, w: number) => `trễ ${c} ngày (${w} ngày làm việc)`,
    rolled: "đã lùi sang ngày làm việc kế tiếp",
  },
  en: {
    title: (asOf: string) => `Reporting deadlines${asOf === "" ? "" : ` (status on ${asOf})`}`,
    empty: "  (no deadline in this range)",
    none: "no day given in the text",
    last: "last on-time day",
    status: {
      upcoming: "upcoming",
      "due-today": "due today",
      overdue: "overdue",
      "on-time": "submitted on time",
      late: "submitted late",
      "no-deadline-set": "no deadline set",
    } as Record<string, string>,
    left: (c: number, w: number) => `${c} days left (${w} working days)`,
    late: (c: number, w: number) => `${c} days late (${w} working days)`,
    rolled: "rolled forward to the next working day",
  },
} as const;

/**
 * Renders deadlines (from `reportingCalendar`) as plain text: one line per deadline with the duty, the last
 * on-time day (or “no day given”), its status and the days left or late, and the clause.
 *
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * console.log(deadlinesText(reportingCalendar(hungYen53, { from: 2026, to: 2026, asOf: "2026-11-10" }), { locale: "en" }));
 * ```
 */
export function deadlinesText(
  deadlines: readonly Deadline[],
  options: { readonly locale?: Locale } = {},
): string {
  requireDeadlines(deadlines, ["deadlines"]);
  const { locale } = localeOption(options);
  const w = W[locale];
  // No deadline, no date: dateText writes "" as "".
  const lines = [w.title(dateText(deadlines[0]?.status.asOf ?? "", locale))];
  if (deadlines.length === 0) lines.push(w.empty);
  for (const d of deadlines) {
    const s = d.status;
    const when =
      d.lastOnTimeDate === null
        ? w.none
        : `${w.last} ${dateText(d.lastOnTimeDate, locale)}${d.rolledForward ? ` (${w.rolled})` : ""}`;
    const days =
      s.calendarDaysRemaining !== null && s.workingDaysRemaining !== null
        ? `, ${w.left(s.calendarDaysRemaining, s.workingDaysRemaining)}`
        : s.calendarDaysLate !== null && s.workingDaysLate !== null
          ? `, ${w.late(s.calendarDaysLate, s.workingDaysLate)}`
          : "";
    lines.push(
      `  - ${d.year} ${plain(d.name[locale])}: ${when} — ${w.status[s.status] ?? plain(s.status)}${days} ${citationText(d.citation, locale)}`,
    );
  }
  return lines.map(plain).join("\n");
}
