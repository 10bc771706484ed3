/**
 * A plain-text report of an evaluation, in Vietnamese or English: for each indicator the value, the target and
 * its clause, the status and what is missing; then the groups below target and the reporting coverage.
 *
 * @module
 */
import type { Evaluation, GroupResult, JudgedGroup } from "../evaluation/types.js";
import type { Locale } from "../i18n/locale.js";
import { integerIn } from "../internal/args.js";
import { localeOption, requireEvaluation } from "./guards.js";

const W = {
  vi: {
    title: (e: Evaluation) =>
      `Đánh giá năm ${e.year} theo ${e.plan.document} (số liệu ngày ${e.snapshotDate}, lập ngày ${e.asOf})`,
    status: { met: "ĐẠT", below: "CHƯA ĐẠT", "not-computable": "KHÔNG TÍNH ĐƯỢC" },
    milestone: { met: "đạt mốc", "not-yet-met": "chưa đến hạn mốc", missed: "không đạt mốc" },
    target: "chỉ tiêu",
    by: "mốc năm",
    units: (n: number) => `thiếu ${n} đơn vị có lãnh đạo chủ chốt là nữ`,
    people: (r: number, a: number | null) =>
      `thiếu ${r} người nữ (thay thế) / ${a === null ? "không thể đạt" : a} người nữ (bổ sung)`,
    trained: (r: number, a: number | null) =>
      `cần đào tạo thêm ${r} người nữ trong diện quy hoạch / hoặc bổ sung ${a === null ? "(không thể đạt)" : a} người nữ đã được đào tạo`,
    keyLeaders: "Tỷ lệ nữ trong tổng số lãnh đạo chủ chốt",
    below: "Nhóm chưa đạt",
    coverage: (e: Evaluation) =>
      `Báo cáo: ${e.coverage.unitsReporting}/${e.coverage.unitsInForce} đơn vị; chưa báo cáo: ${e.coverage.missingUnitIds.join(", ") || "không"}; số liệu bị loại: ${e.coverage.rejected.length}`,
    reason: "lý do",
    settings: "Cách hiểu đã dùng",
  },
  en: {
    title: (e: Evaluation) =>
      `Evaluation for ${e.year} under ${e.plan.document} (counts as of ${e.snapshotDate}, made ${e.asOf})`,
    status: { met: "MET", below: "BELOW", "not-computable": "NOT COMPUTABLE" },
    milestone: { met: "milestone met", "not-yet-met": "milestone not yet due", missed: "milestone missed" },
    target: "target",
    by: "milestone",
    units: (n: number) => `${n} more unit(s) need a female key leader`,
    people: (r: number, a: number | null) =>
      `${r} more women replacing / ${a === null ? "unreachable" : a} more women added`,
    trained: (r: number, a: number | null) =>
      `${r} more women in the pool to train / or ${a === null ? "(unreachable)" : a} trained women added`,
    keyLeaders: "Women among all key leaders",
    below: "Groups below target",
    coverage: (e: Evaluation) =>
      `Reporting: ${e.coverage.unitsReporting}/${e.coverage.unitsInForce} units; not reporting: ${e.coverage.missingUnitIds.join(", ") || "none"}; tallies rejected: ${e.coverage.rejected.length}`,
    reason: "reason",
    settings: "Readings used",
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
  const pct = (p: string) => (locale === "vi" ? p.replace(".", ",") : p);
  if (g.status === "not-computable") return `${w.status[g.status]} (${w.reason}: ${g.reason})`;
  const value = `${pct(g.value.percent)}% (${g.value.numerator}/${g.value.denominator})`;
  const target = ` — ${w.target} ${pct(g.target.percent)}%`;
  const ms = `, ${w.milestone[g.milestoneStatus]}`;
  const gap = missing(g, locale, trained);
  return `${value}${target}: ${w.status[g.status]}${ms}${gap === "" ? "" : `; ${gap}`}`;
}

/**
 * Renders an evaluation as plain text for people: one block per indicator (overall line, key-leader ratio for
 * I.1.1.1, the groups below target up to `maxGroups`), then coverage and the readings used. Percentages are the
 * result's own decimal strings (rounded when the result was made); Vietnamese writes a decimal comma.
 *
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
    const ms = r.target.milestone;
    out.push(
      `■ ${r.name[locale]} [${r.citation.document} ${r.citation.clause}]${ms === undefined ? "" : ` (${w.by} ${ms.year})`}`,
    );
    const trained = r.measure === "trained-women-in-planning-pool";
    out.push(`  ${line(r.overall, locale, trained)}`);
    const kl = r.overall.keyLeaderShare;
    if (kl !== undefined && kl.percent !== null) {
      out.push(
        `  ${w.keyLeaders}: ${locale === "vi" ? kl.percent.replace(".", ",") : kl.percent}% (${kl.women}/${kl.total})`,
      );
    }
    const below = [...r.bySector, ...r.byTier].filter((g) => g.status === "below");
    if (below.length > 0) {
      out.push(`  ${w.below}:`);
      for (const g of below.slice(0, max)) out.push(`    ${g.by} ${g.key}: ${line(g, locale, trained)}`);
      if (below.length > max) out.push(`    … +${below.length - max}`);
    }
    out.push("");
  }
  out.push(w.coverage(evaluation));
  const s = evaluation.settings;
  out.push(
    `${w.settings}: keyLeaders=${s.keyLeaders}; scope=${s.scope.unitKinds.join("+")}/${evaluation.tiers.join("+")}; unitTargetReading=${s.unitTargetReading}; missingUnits=${s.missingUnits}; trajectory=${s.trajectory.kind}`,
  );
  return out.join("\n");
}
