/**
 * A plain-text report of an evaluation, in Vietnamese or English: for each indicator the value, the target and
 * the clause it comes from, the status and what is missing; the groups below target; the reporting coverage with
 * the tallies rejected and why; the warnings; the readings used.
 *
 * @module
 */
import type { Evaluation, GroupResult, IndicatorResult, JudgedGroup } from "../evaluation/types.js";
import type { Locale } from "../i18n/locale.js";
import { integerIn } from "../internal/args.js";
import { localeOption, requireEvaluation } from "./guards.js";
import { citationText, dateText, groupLabel, percentText, plain } from "./text.js";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const W = {
  vi: {
    title: (e: Evaluation) =>
      `Đánh giá năm ${e.year} theo ${plain(e.plan.document)} (số liệu ngày ${dateText(e.snapshotDate, "vi")}, lập ngày ${dateText(e.asOf, "vi")})`,
    status: { met: "ĐẠT", below: "CHƯA ĐẠT", "not-computable": "KHÔNG TÍNH ĐƯỢC" },
    milestone: { met: "đạt mốc", "not-yet-met": "chưa đến hạn mốc", missed: "không đạt mốc" },
    target: "chỉ tiêu",
    by: "mốc năm",
    adjusted: "đã điều chỉnh",
    units: (n: number) => `thiếu ${n} đơn vị có lãnh đạo chủ chốt là nữ`,
    people: (r: number, a: number | null) =>
      `thiếu ${r} người nữ nếu thay thế người đang có, hoặc ${a === null ? "không thể đạt nếu bổ sung" : `${a} người nữ nếu bổ sung`}`,
    trained: (r: number, a: number | null) =>
      `cần đào tạo thêm ${r} người nữ trong diện quy hoạch, hoặc ${a === null ? "không thể đạt bằng bổ sung" : `bổ sung ${a} người nữ đã được đào tạo`}`,
    keyLeaders: "Tỷ lệ nữ trong tổng số lãnh đạo chủ chốt",
    below: "Nhóm chưa đạt",
    coverage: (e: Evaluation) =>
      `Báo cáo: ${e.coverage.unitsReporting}/${e.coverage.unitsInForce} đơn vị; chưa báo cáo: ${e.coverage.missingUnitIds.map(plain).join(", ") || "không"}; số liệu bị loại: ${e.coverage.rejected.length}`,
    rejected: "Số liệu bị loại",
    warnings: "Lưu ý",
    reason: "lý do",
    settings: "Cách hiểu đã dùng",
    notStated: "số liệu không ghi cách hiểu",
    stated: "số liệu đếm theo cách hiểu này",
  },
  en: {
    title: (e: Evaluation) =>
      `Evaluation for ${e.year} under ${plain(e.plan.document)} (counts as of ${e.snapshotDate}, made ${e.asOf})`,
    status: { met: "MET", below: "BELOW", "not-computable": "NOT COMPUTABLE" },
    milestone: { met: "milestone met", "not-yet-met": "milestone not yet due", missed: "milestone missed" },
    target: "target",
    by: "milestone",
    adjusted: "adjusted",
    units: (n: number) => `${n} more ${plural(n, "unit needs", "units need")} a female key leader`,
    people: (r: number, a: number | null) =>
      `${r} more ${plural(r, "woman", "women")} replacing others, or ${a === null ? "unreachable by adding" : `${a} more ${plural(a, "woman", "women")} added`}`,
    trained: (r: number, a: number | null) =>
      `${r} more ${plural(r, "woman", "women")} in the pool to train, or ${a === null ? "unreachable by adding" : `${a} trained ${plural(a, "woman", "women")} added`}`,
    keyLeaders: "Women among all key leaders",
    below: "Groups below target",
    coverage: (e: Evaluation) =>
      `Reporting: ${e.coverage.unitsReporting}/${e.coverage.unitsInForce} units; not reporting: ${e.coverage.missingUnitIds.map(plain).join(", ") || "none"}; tallies rejected: ${e.coverage.rejected.length}`,
    rejected: "Tallies rejected",
    warnings: "Warnings",
    reason: "reason",
    settings: "Readings used",
    notStated: "not stated by the tallies",
    stated: "the tallies were counted under it",
  },
} as const;

function missing(g: JudgedGroup, locale: Locale, trained: boolean): string {
  const w = W[locale];
  if ("units" in g.shortfall) return g.shortfall.units === 0 ? "" : w.units(g.shortfall.units);
  if (g.shortfall.replace === 0) return "";
  return (trained ? w.trained : w.people)(g.shortfall.replace, g.shortfall.add);
}

function line(g: GroupResult, locale: Locale, trained = false): string {
  const w = W[locale];
  if (g.status === "not-computable") return `${w.status[g.status]} (${w.reason}: ${plain(g.reason)})`;
  const value = `${percentText(g.value.percent, locale)}% (${g.value.numerator}/${g.value.denominator})`;
  // An adjusted target says so, with the policy: a bare number would hide the adjustment.
  const adjusted = g.adjustment === undefined ? "" : ` (${w.adjusted}: ${plain(g.adjustment.policy)})`;
  const target = ` — ${w.target} ${percentText(g.target.percent, locale)}%${adjusted}`;
  const ms = `, ${w.milestone[g.milestoneStatus]}`;
  const gap = missing(g, locale, trained);
  return `${value}${target}: ${w.status[g.status]}${ms}${gap === "" ? "" : `; ${gap}`}`;
}

/** The heading of an indicator: its name, the milestone judged and that milestone's own citation. */
function heading(r: IndicatorResult, locale: Locale): string {
  const ms = r.target.milestone;
  // The citation of the value shown: a province's milestone cites its own plan, not the indicator's clause.
  const cite = citationText(ms?.citation ?? r.citation, locale);
  return `■ ${plain(r.name[locale])} ${cite}${ms === undefined ? "" : ` (${W[locale].by} ${ms.year})`}`;
}

/**
 * Renders an evaluation as plain text for people: one block per indicator (overall line with the milestone's
 * citation, key-leader ratio for I.1.1, the groups below target up to `maxGroups`), then coverage with the
 * tallies rejected and why, the warnings and the readings used. Percentages are the result's own decimal strings
 * (rounded when the result was made); Vietnamese writes a decimal comma and dates as 14/11/2025. Text that comes
 * from data (ids, names) is written with its control characters escaped.
 *
 * @throws InvalidInputError when `evaluation` is not shaped as `evaluate`'s result or an option is not valid.
 * @example
 * ```ts
 * console.log(evaluationText(evaluate(hungYen53, input, { year: 2025, asOf: "2026-01-15" }), { locale: "en" }));
 * ```
 */
export function evaluationText(
  evaluation: Evaluation,
  options: { readonly locale?: Locale; readonly maxGroups?: number } = {},
): string {
  requireEvaluation(evaluation, ["evaluation"]);
  const { locale, options: o } = localeOption(options);
  const w = W[locale];
  const max = integerIn(o["maxGroups"], 0, 10_000, ["options", "maxGroups"], 8);
  const out: string[] = [w.title(evaluation), ""];
  for (const r of evaluation.indicators) {
    out.push(heading(r, locale));
    const trained = r.measure === "trained-women-in-planning-pool";
    out.push(`  ${line(r.overall, locale, trained)}`);
    const kl = r.overall.keyLeaderShare;
    if (kl !== undefined && kl.percent !== null) {
      out.push(`  ${w.keyLeaders}: ${percentText(kl.percent, locale)}% (${kl.women}/${kl.total})`);
    }
    const below = [...r.bySector, ...r.byTier].filter((g) => g.status === "below");
    if (below.length > 0) {
      out.push(`  ${w.below}:`);
      for (const g of below.slice(0, max)) {
        out.push(`    ${groupLabel(g.by, g.key, locale)}: ${line(g, locale, trained)}`);
      }
      if (below.length > max) out.push(`    … +${below.length - max}`);
    }
    out.push("");
  }
  out.push(w.coverage(evaluation));
  const rejected = evaluation.coverage.rejected;
  if (rejected.length > 0) {
    out.push(`${w.rejected}:`);
    for (const r of rejected.slice(0, max)) {
      const first = r.issues[0];
      const why = first === undefined ? "" : `: ${plain(first.message[locale])} [${first.code}]`;
      out.push(`  - #${r.index}${r.unitId === null ? "" : ` ${plain(r.unitId)}`}${why}`);
    }
    if (rejected.length > max) out.push(`  … +${rejected.length - max}`);
  }
  const warnings = evaluation.warnings ?? [];
  if (warnings.length > 0) {
    out.push("", `${w.warnings}:`);
    for (const x of warnings) out.push(`  ! ${plain(x.message[locale])} [${x.code}]`);
  }
  const s = evaluation.settings;
  const counted = s.keyLeadersCountedUnder === "not-stated" ? w.notStated : w.stated;
  out.push(
    "",
    `${w.settings}: keyLeaders=${s.keyLeaders} (${counted}); scope=${s.scope.unitKinds.join("+")}/${evaluation.tiers.join("+")}; unitTargetReading=${s.unitTargetReading}; missingUnits=${s.missingUnits}; trajectory=${s.trajectory.kind}`,
  );
  return out.map(plain).join("\n");
}
