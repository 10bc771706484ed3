/**
 * The annual report as a list of blocks (headings, paragraphs, lists, tables, charts) in one language: what the
 * Markdown and HTML renderers share. Text here is not escaped; each renderer escapes it for its format.
 *
 * @module
 * @internal
 */
import type { Locale } from "../../i18n/locale.js";
import { asText, citationText, dateText, percentText } from "../text.js";
import { label, levelName, REASONS, SECTORS, STATUSES, WORDS } from "./labels.js";
import type { AnnualReport, ReportGroup, ReportIndicator } from "./types.js";

/** One block of a rendered report. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | {
      readonly kind: "table";
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns holding numbers (right-aligned). */
      readonly numeric: readonly boolean[];
    }
  | { readonly kind: "chart"; readonly indicator: number };

function unitName(g: { key: string; name: { vi: string; en: string } | null }, locale: Locale): string {
  return g.name === null ? g.key : `${g.name[locale]} (${g.key})`;
}

function groupLabel(g: ReportGroup, locale: Locale): string {
  if (g.by === "tier") return levelName(g.key, locale);
  if (g.by === "sector") return label(SECTORS, g.key, locale);
  if (g.by === "unit") return unitName(g, locale);
  return WORDS[locale].overall;
}

/** Value, target, status and shortfall of a group, as table cells. */
function cells(g: ReportGroup, locale: Locale): string[] {
  const w = WORDS[locale];
  if (g.status === "not-computable") {
    return [
      groupLabel(g, locale),
      "—",
      "—",
      `${label(STATUSES, g.status, locale)}: ${label(REASONS, g.reason, locale)}`,
      "—",
    ];
  }
  const s = g.shortfall;
  const missing =
    g.status === "met"
      ? "0"
      : "units" in s
        ? `${s.units} ${w.units(s.units)}`
        : `${s.add === null ? "—" : s.add} ${w.womenAdd}; ${s.replace} ${w.womenReplace}`;
  const adjusted = g.targetSource === "resolver" ? ` (${w.adjusted})` : "";
  return [
    groupLabel(g, locale),
    `${percentText(g.value.percent, locale)}% (${g.value.numerator}/${g.value.denominator})`,
    `${percentText(g.target.percent, locale)}%${adjusted}`,
    label(STATUSES, g.status, locale),
    missing,
  ];
}

function groupTable(groups: readonly ReportGroup[], first: string, locale: Locale): Block {
  const w = WORDS[locale];
  return {
    kind: "table",
    head: [first, w.value, w.target, w.status, w.shortfall],
    rows: groups.map((g) => cells(g, locale)),
    numeric: [false, true, true, false, true],
  };
}

function indicatorBlocks(r: AnnualReport, ind: ReportIndicator, n: number, locale: Locale): Block[] {
  const w = WORDS[locale];
  const out: Block[] = [
    {
      kind: "heading",
      level: 3,
      text: `${n + 1}. ${ind.name[locale]} ${citationText(ind.citation, locale)}`,
    },
  ];
  if (ind.measure === "qualitative") {
    out.push({ kind: "paragraph", text: w.qualitative });
    return out;
  }
  const m = ind.target.milestone;
  const targetLine =
    m === undefined
      ? `${w.targetOf(r.year)}: ${w.noTarget}`
      : `${w.targetOf(r.year)}: ${percentText(m.target.replace("%", ""), locale)}% (${w.milestone(m.year)} ${citationText(m.citation, locale)})`;
  out.push({ kind: "paragraph", text: targetLine });
  const o = ind.overall;
  const [, value, , status, missing] = cells(o, locale);
  out.push({
    kind: "paragraph",
    text: `${w.overall}: ${value} — ${status}; ${w.shortfall.toLowerCase()}: ${missing}`,
  });
  const k = o.keyLeaderShare;
  if (k !== undefined && k.percent !== null) {
    out.push({
      kind: "paragraph",
      text: `${w.keyLeaders}: ${percentText(k.percent, locale)}% (${k.women}/${k.total})`,
    });
  }
  if (ind.change !== null) {
    const c = ind.change;
    const gained = `${c.numerator >= 0 ? "+" : ""}${c.numerator}/${c.denominator >= 0 ? "+" : ""}${c.denominator}`;
    out.push({
      kind: "paragraph",
      text: `${w.change(c.sinceYear)}: ${percentText(c.percentagePoints, locale)} ${w.points} (${percentText(c.previousValue.percent, locale)}% → ${value}; ${gained})`,
    });
  }
  const adjustments = ind.byUnit
    .concat(ind.bySector)
    .flatMap((g) =>
      g.status !== "not-computable" && g.adjustment !== undefined ? [{ g, a: g.adjustment }] : [],
    );
  if (adjustments.length > 0) {
    out.push({
      kind: "list",
      items: adjustments.map(({ g, a }) => {
        const why = a.justification === undefined ? "" : `; ${w.justification}: ${a.justification[locale]}`;
        const by =
          a.approvedBy === undefined
            ? ""
            : `; ${w.approvedBy}: ${a.approvedBy.number} (${dateText(a.approvedBy.issueDate, locale)})`;
        return `${w.adjustment} — ${groupLabel(g, locale)}: ${w.policy} ${a.policy}, ${percentText(a.baseTarget.percent, locale)}% → ${percentText(a.adjustedTarget.percent, locale)}% (${a.rule})${why}${by}`;
      }),
    });
  }
  out.push({ kind: "chart", indicator: n });
  if (ind.byTier.length > 0)
    out.push({ kind: "paragraph", text: w.byLevel }, groupTable(ind.byTier, w.level, locale));
  if (ind.bySector.length > 0)
    out.push({ kind: "paragraph", text: w.bySector }, groupTable(ind.bySector, w.sector, locale));
  const below = ind.unitsBelowTarget;
  const heading =
    ind.measure === "units-with-female-key-leader" ? w.belowKeyLeader(below.length) : w.below(below.length);
  out.push({ kind: "paragraph", text: heading });
  out.push(
    below.length === 0
      ? { kind: "paragraph", text: w.none }
      : { kind: "list", items: below.map((u) => unitName({ key: u.id, name: u.name }, locale)) },
  );
  if (ind.byUnit.length > 0)
    out.push({ kind: "paragraph", text: w.byUnit }, groupTable(ind.byUnit, w.unit, locale));
  return out;
}

/** The report's blocks in one language. */
export function reportBlocks(r: AnnualReport, locale: Locale): Block[] {
  const w = WORDS[locale];
  const names = new Map(
    r.indicators.flatMap((i) => i.byUnit.flatMap((g) => (g.name === null ? [] : [[g.key, g.name] as const]))),
  );
  const doc = `${r.plan.document.type[locale]} ${r.plan.document.number}`;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: w.title(r.year, doc) },
    {
      kind: "paragraph",
      text: `${r.plan.jurisdiction.name[locale]} · ${w.made}: ${dateText(r.asOf, locale)} · ${w.snapshot}: ${dateText(r.snapshotDate, locale)}`,
    },
    { kind: "heading", level: 2, text: w.indicators },
  ];
  r.indicators.forEach((ind, n) => {
    blocks.push(...indicatorBlocks(r, ind, n, locale));
  });
  const c = r.coverage;
  blocks.push(
    { kind: "heading", level: 2, text: w.coverage },
    {
      kind: "list",
      items: [
        `${w.inForce}: ${c.unitsInForce}`,
        `${w.reporting}: ${c.unitsReporting}`,
        `${w.missing} (${c.missing.length}): ${c.missing.length === 0 ? w.none : c.missing.map((u) => unitName({ key: u.id, name: u.name }, locale)).join("; ")}`,
        `${w.rejected} (${c.rejected.length}): ${c.rejected.length === 0 ? w.none : c.rejected.map((x) => `${x.unitId ?? `#${x.index}`}: ${x.issues.map((i) => `${i.message[locale]} [${i.code}]`).join(" ")}`).join("; ")}`,
        ...c.unitsOutOfScope.map(
          (x) => `${w.outOfScope}: ${x.count} ${asText(x.kind)} / ${levelName(x.tier, locale)}`,
        ),
      ],
    },
  );
  if (r.deadlines.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: w.deadlines });
    blocks.push({
      kind: "table",
      head: [w.duty, w.due, w.submitted, w.status],
      rows: r.deadlines.map((d) => [
        `${d.name[locale]} ${citationText(d.citation, locale)}`,
        d.lastOnTimeDate === null ? "—" : dateText(d.lastOnTimeDate, locale),
        d.status.submittedOn === null ? "—" : dateText(d.status.submittedOn, locale),
        label(STATUSES, d.status.status, locale),
      ]),
      numeric: [false, false, false, false],
    });
    for (const d of r.deadlines.filter((x) => x.submissions.length > 0)) {
      blocks.push({ kind: "paragraph", text: `${w.submissions} — ${d.name[locale]}` });
      blocks.push({
        kind: "table",
        head: [w.unit, w.submitted, w.status],
        rows: d.submissions.map((s) => [
          unitName({ key: s.by, name: names.get(s.by) ?? null }, locale),
          s.status.submittedOn === null ? "—" : dateText(s.status.submittedOn, locale),
          label(STATUSES, s.status.status, locale),
        ]),
        numeric: [false, false, false],
      });
    }
  }
  if (r.warnings.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: w.warnings });
    blocks.push({ kind: "list", items: r.warnings.map((x) => `${x.message[locale]} [${x.code}]`) });
  }
  const s = r.settings as unknown as Record<string, unknown>;
  blocks.push(
    { kind: "heading", level: 2, text: w.settings },
    {
      kind: "list",
      items: Object.entries(s)
        // unitResults is always true in a report: not a reading.
        .filter(([k, v]) => (typeof v !== "object" || v === null) && k !== "unitResults")
        .map(([k, v]) => `${k}: ${asText(v)}`),
    },
  );
  return blocks;
}
