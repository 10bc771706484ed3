/**
 * A plain-text summary of a plan, in Vietnamese or English: targets by year, reporting duties and deadlines,
 * who does what, with citations. Pure: the caller prints it.
 *
 * @module
 */

import { requireDate } from "../calendar/calendar-date.js";
import { lastOnTimeDate } from "../deadlines/reporting.js";
import type { Locale } from "../i18n/locale.js";
import { requirePlan } from "../plan/guard.js";
import type { DueDay, Plan, ReportingDuty } from "../plan/schema.js";
import { inForce, isAfter } from "../primitives/validity.js";
import { formatTarget } from "../rational/percent.js";
import { localeOption } from "./guards.js";
import { citationText, dateText, plain, TIER_LABELS } from "./text.js";

const WORDS = {
  vi: {
    period: "Giai đoạn",
    issued: "ban hành ngày",
    basis: "Căn cứ",
    targets: "Chỉ tiêu (đạt vào cuối năm)",
    qualitative: "định tính, không có số",
    adjustment: "Điều chỉnh chỉ tiêu",
    threshold: "ngưỡng",
    below: "thấp dưới",
    duties: "Nghĩa vụ báo cáo",
    noDuties: "Nghĩa vụ báo cáo: kế hoạch không quy định.",
    annual: "hằng năm",
    once: "một lần, năm",
    noDay: "văn bản không quy định ngày",
    asPrescribed: "theo quy định",
    startsOn: "có hiệu lực từ",
    signed: "Ký",
    effective: "Hiệu lực từ",
    objective: "Mục tiêu chung",
    recipients: "Nơi nhận",
    before: (d: DueDay, year: number) =>
      d.inclusive
        ? `chậm nhất ngày ${d.day}/${d.month}`
        : `trước ngày ${d.day}/${d.month} (ngày cuối đúng hạn: ${lastOnTime(d, year)})`,
    to: "gửi",
    via: "qua",
    until: "hết hiệu lực sau",
    responsibilities: "Phân công thực hiện",
    requested: "đề nghị",
    settings: "Cách hiểu đã chọn (có thể cấu hình)",
    structure: "Chính quyền địa phương",
    from: "từ",
  },
  en: {
    period: "Period",
    issued: "issued",
    basis: "Legal basis",
    targets: "Targets (to achieve by the end of the year)",
    qualitative: "qualitative, no number",
    adjustment: "Target adjustment",
    threshold: "threshold",
    below: "strictly below",
    duties: "Reporting duties",
    noDuties: "Reporting duties: none in the plan.",
    annual: "every year",
    once: "once, in",
    noDay: "no day given in the text",
    asPrescribed: "as prescribed",
    startsOn: "in force from",
    signed: "Signed",
    effective: "In force from",
    objective: "General objective",
    recipients: "Distribution (Nơi nhận)",
    before: (d: DueDay, year: number) =>
      d.inclusive
        ? `by ${d.day}/${d.month} (inclusive)`
        : `before ${d.day}/${d.month} (last on-time day: ${lastOnTime(d, year)})`,
    to: "to",
    via: "through",
    until: "in force until",
    responsibilities: "Who does what",
    requested: "requested",
    settings: "Readings chosen (configurable)",
    structure: "Local government",
    from: "from",
  },
} as const;

/** The last on-time day of a due day, as D/M, in a given year (the deadlines module's rule, not a copy of it). */
function lastOnTime(d: DueDay, year: number): string {
  const [, month, day] = lastOnTimeDate(d, year).split("-").map(Number);
  return `${day}/${month}`;
}

/**
 * The milestones of an indicator, each with its own citation when it is not the indicator's: a province's 55%
 * cites the province's plan, not the Decision's 60% (trap 1).
 */
function milestonesText(ind: Plan["indicators"][number], locale: Locale): string {
  const own = (c: { document: string; clause: string }) =>
    c.document === ind.citation.document && c.clause === ind.citation.clause;
  const parts = ind.milestones.map(
    (m) =>
      `${m.year}: ${formatTarget(m.target, locale)}${own(m.citation) ? "" : ` ${citationText(m.citation, locale)}`}`,
  );
  const allOwn = ind.milestones.every((m) => own(m.citation));
  return `${parts.join(", ")}${allOwn ? ` ${citationText(ind.citation, locale)}` : ""}`;
}

function dutyLine(plan: Plan, duty: ReportingDuty, locale: Locale, year: number): string {
  const w = WORDS[locale];
  const name = (id: string) => plan.actors.find((a) => a.id === id)?.name[locale] ?? id;
  const s = duty.schedule;
  const when = s.kind === "annual" ? w.annual : s.kind === "once" ? `${w.once} ${s.year}` : w.asPrescribed;
  const day = s.kind === "as-prescribed" || s.due === null ? w.noDay : w.before(s.due, year);
  const via = duty.via === undefined ? "" : ` ${w.via} ${name(duty.via)}`;
  const until = duty.validTo === undefined ? "" : `; ${w.until} ${dateText(duty.validTo, locale)}`;
  return `  - ${duty.name[locale]}: ${name(duty.actor)} → ${w.to} ${name(duty.recipient)}${via}; ${when}, ${day}${until} ${citationText(duty.citation, locale)}`;
}

/**
 * Summarises a plan in plain text: document, legal basis, targets by milestone year, the adjustment clause,
 * reporting duties with their deadlines (or "no day given"; the last on-time day in the year of `asOf`, else of
 * the programme's start), responsibilities in force on `asOf`, the local
 * government structure and the readings chosen. Every line that comes from the text ends with its citation.
 *
 * @param plan - a defined plan.
 * @param options - `locale` (default `vi`) and `asOf` (a `YYYY-MM-DD` date: responsibilities no longer in force
 *   on that date are marked).
 * @example
 * ```ts
 * import { hungYen53 } from "vn-women-leadership/presets";
 * console.log(planSummary(hungYen53, { locale: "en", asOf: "2026-11-26" }));
 * ```
 */
export function planSummary(
  plan: Plan,
  options: { readonly locale?: Locale; readonly asOf?: string } = {},
): string {
  plan = requirePlan(plan, ["plan"]);
  const { locale, options: o } = localeOption(options);
  const asOf = o["asOf"] === undefined ? undefined : requireDate(o["asOf"], ["options", "asOf"]);
  const w = WORDS[locale];
  const d = plan.document;
  const lines: string[] = [];
  lines.push(
    `${d.type[locale]} ${plain(d.number)} — ${plain(d.issuer[locale])}, ${w.issued} ${dateText(d.issueDate, locale)}`,
  );
  if (d.title !== undefined) lines.push(d.title[locale]);
  lines.push(`${w.period}: ${plan.period.start}–${plan.period.end}. ${plan.jurisdiction.name[locale]}.`);
  if (plan.jurisdiction.note !== undefined) lines.push(`(${plan.jurisdiction.note[locale]})`);
  if (plan.legalBasis.length > 0) {
    lines.push(
      `${w.basis}: ${plan.legalBasis.map((b) => `${b.type[locale]} ${b.number} (${dateText(b.issueDate, locale)})`).join("; ")}`,
    );
  }
  if (d.signer !== undefined) {
    const formula = d.signer.formula === undefined ? d.signer.title[locale] : d.signer.formula.join(" / ");
    lines.push(`${w.signed}: ${plain(formula)} — ${plain(d.signer.name)}`);
  }
  if (d.effectiveFrom !== undefined) {
    lines.push(
      `${w.effective}: ${dateText(d.effectiveFrom.date, locale)} ${citationText(d.effectiveFrom.citation, locale)}`,
    );
  }
  if (plan.objective !== undefined) {
    lines.push(
      "",
      `${w.objective} ${citationText(plan.objective.citation, locale)}:`,
      `  ${plan.objective.text[locale]}`,
    );
  }
  lines.push("", `${w.targets}:`);
  for (const ind of plan.indicators) {
    const targets =
      ind.measure === "qualitative"
        ? `${w.qualitative} ${citationText(ind.citation, locale)}`
        : milestonesText(ind, locale);
    lines.push(`  - ${plain(ind.name[locale])}: ${targets}`);
  }
  if (plan.adjustment !== null) {
    const a = plan.adjustment;
    lines.push(
      "",
      `${w.adjustment} (${w.threshold} ${formatTarget(a.threshold, locale)}, ${w.below}) ${citationText(a.citation, locale)}:`,
      `  ${a.text[locale]}`,
    );
  }
  // A plan without duties says so: a heading with nothing under it would read as a summary cut short.
  lines.push("", plan.reportingDuties.length === 0 ? w.noDuties : `${w.duties}:`);
  // The last on-time day of “before 1/3” depends on the year (28/2 or 29/2): take the year of asOf.
  const year = asOf === undefined ? plan.period.start : Number(asOf.slice(0, 4));
  for (const duty of plan.reportingDuties) lines.push(dutyLine(plan, duty, locale, year));
  if (plan.responsibilities.length > 0) {
    lines.push("", `${w.responsibilities}:`);
    for (const r of plan.responsibilities) {
      const actor = plan.actors.find((a) => a.id === r.actor);
      const lapsed =
        asOf === undefined || inForce(r, asOf)
          ? ""
          : isAfter(r.validFrom, asOf)
            ? ` (${w.startsOn} ${dateText(r.validFrom as string, locale)})`
            : ` (${w.until} ${dateText(r.validTo ?? "", locale)})`;
      const requested = actor?.requested === true ? ` (${w.requested})` : "";
      lines.push(
        `  - ${actor?.name[locale] ?? r.actor}${requested}: ${r.text[locale]}${lapsed} ${citationText(r.citation, locale)}`,
      );
    }
  }
  lines.push("", `${w.structure}:`);
  for (const p of plan.localGovernment) {
    lines.push(
      `  - ${w.from} ${dateText(p.from, locale)}${p.to === undefined ? "" : ` → ${dateText(p.to, locale)}`}: ${p.tiers.map((t) => TIER_LABELS[t]?.[locale] ?? t).join(", ")}`,
    );
  }
  const s = plan.settings;
  lines.push(
    "",
    `${w.settings}:`,
    `  keyLeaders=${s.keyLeaders}; scope=${s.scope.unitKinds.join("+")}/${Array.isArray(s.scope.tiers) ? s.scope.tiers.join("+") : s.scope.tiers}; unitTargetReading=${s.unitTargetReading}; deadlineRollForward=${s.deadlineRollForward}; missingUnits=${s.missingUnits}; lapsedTiers=${s.lapsedTiers}`,
  );
  if (d.recipients !== undefined && d.recipients.length > 0) {
    lines.push("", `${w.recipients}:`, ...d.recipients.map((r) => `  ${r}`));
  }
  return lines.map(plain).join("\n");
}
