// shared/data/legal-audit.md: every finding of the clause-by-clause check of the presets, asserted against the
// text (Plan 53's Vietnamese text is test/fixtures/; Decision 2282's could not be obtained, so its values are
// asserted to be marked unverified, with the press copies' words).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_HOLIDAY_CALENDAR, holidaysIn } from "../../src/calendar/index.js";
import {
  adaptPlan,
  type Citation,
  canonicalCitation,
  evaluate,
  PROVENANCES,
  planSummary,
  reportingCalendar,
  type Unit,
} from "../../src/index.js";
import { hungYen53, national2282 } from "../../src/presets/index.js";

const squash = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(/ ([;,.])/g, "$1")
    .trim();
const TEXT = squash(readFileSync("test/fixtures/plan-53-KH-UBND-hung-yen-2022.vi.txt", "utf8"));

/** Every citation in a value, with its path. */
function citations(value: unknown, path = ""): { path: string; citation: Citation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => citations(v, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  const o = value as Record<string, unknown>;
  const own =
    typeof o["document"] === "string" && typeof o["clause"] === "string"
      ? [{ path, citation: o as unknown as Citation }]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => citations(v, `${path}.${k}`))];
}

describe("legal-audit.md, Plan 53/KH-UBND", () => {
  it("signature: the collective formula TM. Ủy ban nhân dân is kept, as printed", () => {
    expect(hungYen53.document.signer?.formula).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
    ]);
    expect(hungYen53.document.signer?.title.vi).toMatch(/^TM\. Ủy ban nhân dân, KT\. Chủ tịch/);
    for (const line of hungYen53.document.signer?.formula ?? []) expect(TEXT).toContain(line);
  });

  it("I.1: the general objective, in the text's words", () => {
    expect(hungYen53.objective?.id).toBe("I.1");
    expect(TEXT).toContain(squash(hungYen53.objective?.text.vi ?? "-"));
    expect(hungYen53.objective?.text.vi).toContain("trao quyền cho phụ nữ");
  });

  it("II.1: all four elements of the task", () => {
    const title = hungYen53.tasks.find((t) => t.id === "II.1")?.title.vi ?? "";
    expect(TEXT).toContain(squash(title));
    for (const element of [
      "vai trò, trách nhiệm của người đứng đầu",
      "nâng cao hiệu quả tổ chức thi hành",
      "rà soát, tham mưu, kiến nghị sửa đổi",
      "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy Đảng",
    ])
      expect(title).toContain(element);
  });

  it("III.1, III.2: the district parts of the budget end with the districts", () => {
    const district = hungYen53.fundingSources.filter((f) => f.text.vi.includes("huyện"));
    expect(district.map((f) => f.id)).toEqual(["III.1.state-budget.district", "III.2.district"]);
    for (const f of district) expect(f.validTo).toBe("2025-06-30");
    for (const f of hungYen53.fundingSources.filter((f) => f.validTo === undefined))
      expect(f.text.vi).not.toContain("huyện");
  });

  it('IV.1.a: the policies cover "người lao động" too', () => {
    const r = hungYen53.responsibilities.find((x) => x.id === "IV.1.a");
    expect(r?.text.vi).toContain("nữ cán bộ, công chức, viên chức, người lao động");
    expect(TEXT).toContain(squash(r?.text.vi ?? "-"));
  });

  it("IV.6.b: the units' own reviews are a duty with no time in the text, never scheduled", () => {
    const reviews = hungYen53.reportingDuties.filter((d) => d.schedule.kind === "as-prescribed");
    expect(reviews.map((d) => d.id)).toEqual(["provincial-units-reviews", "district-reviews"]);
    expect(reviews[0]?.citation).toMatchObject({ clause: "IV.6.b", provenance: "text" });
    const calendar = reportingCalendar(hungYen53, { from: 2021, to: 2030, asOf: "2026-01-15" });
    expect(calendar.some((d) => d.dutyId.endsWith("-reviews"))).toBe(false);
    expect(planSummary(hungYen53, { locale: "en" })).toContain("as prescribed, no day given in the text");
  });

  it("IV.1.c: the review years are inferred, and the deadlines say so", () => {
    for (const id of ["preliminary-review", "final-review"]) {
      const duty = hungYen53.reportingDuties.find((d) => d.id === id);
      expect(duty?.citation.provenance).toBe("inferred");
      expect(duty?.citation.note?.en).toContain("Plan 53 gives no year");
    }
    const deadlines = reportingCalendar(hungYen53, { from: 2025, to: 2025, asOf: "2026-01-15" });
    expect(deadlines.find((d) => d.dutyId === "preliminary-review")?.citation.provenance).toBe("inferred");
    expect(planSummary(hungYen53, { locale: "vi" })).toContain(
      "[53/KH-UBND IV.1.c; suy luận, văn bản không nêu]",
    );
  });

  it("Nơi nhận: the ten recipients, as printed", () => {
    const r = hungYen53.document.recipients ?? [];
    expect(r).toHaveLength(10);
    expect(r[0]).toBe("Bộ Nội vụ (để b/c);");
    expect(r.at(-1)).toBe("Lưu: VT, CVNCNH.");
    for (const line of r) expect(TEXT).toContain(squash(line));
    expect(planSummary(hungYen53, { locale: "vi" })).toContain("Nơi nhận:\n  Bộ Nội vụ (để b/c);");
  });

  it("validity: the plan states no effective date; the issue date is a documented, inferred reading", () => {
    expect(hungYen53.document.effectiveFrom).toMatchObject({
      date: "2022-03-25",
      citation: { provenance: "inferred" },
    });
    for (const d of hungYen53.reportingDuties)
      if (d.validFrom !== undefined) expect(d.validFrom >= "2022-03-25").toBe(true);
  });

  it("notes: every change after 2022 has its source", () => {
    for (const a of hungYen53.actors.filter((x) => x.validTo !== undefined))
      expect(a.sources?.length, a.id).toBeGreaterThan(0);
    expect(hungYen53.jurisdiction.sources?.map((s) => s.document)).toEqual([
      "202/2025/QH15",
      "1666/NQ-UBTVQH15",
    ]);
  });

  it("clause ids: one scheme, the text's (I.1.1–I.1.3, I.2.1–I.2.2), the outline's ids kept as aliases", () => {
    expect(hungYen53.indicators.map((i) => i.citation.clause)).toEqual(["I.1.1", "I.1.2", "I.1.3"]);
    expect(hungYen53.requirements.map((r) => r.citation.clause)).toEqual(["I.2.1", "I.2.2"]);
    expect(canonicalCitation(hungYen53, { document: "53/KH-UBND", clause: "I.1.1.2" })).toEqual({
      document: "53/KH-UBND",
      clause: "I.1.2",
    });
    expect(canonicalCitation(hungYen53, { document: "2282/QĐ-TTg", clause: "I.1.1.2" }).clause).toBe(
      "I.1.1.2",
    );
    expect(canonicalCitation(hungYen53, { document: "53/KH-UBND", clause: "IV.6.b" }).clause).toBe("IV.6.b");
  });

  it("provenance on every value; every quote marked as the text's own words is in the text", () => {
    const all = citations(hungYen53);
    expect(all.length).toBeGreaterThan(50);
    for (const { path, citation } of all) {
      expect(PROVENANCES, path).toContain(citation.provenance);
      if (citation.document === "53/KH-UBND" && citation.provenance === "text") {
        expect(citation.quote, path).toBeDefined();
        expect(TEXT, path).toContain(squash(citation.quote ?? ""));
      }
    }
  });

  it("the 2025 reforms: 202/2025/QH15 on 12/6/2025, 203/2025/QH15 in force on 16/6/2025, Law 72/2025/QH15, 104 communes", () => {
    expect(hungYen53.jurisdiction.note?.vi).toContain("12/6/2025");
    expect(hungYen53.jurisdiction.note?.vi).toContain("104 đơn vị hành chính cấp xã (93 xã, 11 phường");
    const twoTier = hungYen53.localGovernment[1];
    expect(twoTier?.citation?.document).toBe("203/2025/QH15");
    expect(twoTier?.citation?.note?.en).toContain("2025-06-16");
    expect(twoTier?.sources?.[0]?.document).toBe("72/2025/QH15");
    expect(twoTier?.from).toBe("2025-07-01");
  });

  it("Decree 45/2025: the merged departments' duties pass to their successors, marked as inferred", () => {
    for (const [old, successor, actor] of [
      ["IV.2.a", "IV.2.a.successor", "department-of-home-affairs"],
      ["IV.2.b", "IV.2.b.successor", "department-of-home-affairs"],
      ["IV.5", "IV.5.successor", "department-of-culture"],
    ] as const) {
      const before = hungYen53.responsibilities.find((r) => r.id === old);
      const after = hungYen53.responsibilities.find((r) => r.id === successor);
      expect(before?.validTo).toBe("2025-02-28");
      expect(after).toMatchObject({
        actor,
        validFrom: "2025-03-01",
        citation: { clause: old, provenance: "inferred" },
      });
      expect(after?.citation.note?.en).toContain("not verified");
    }
  });
});

describe("legal-audit.md, Decision 2282/QĐ-TTg", () => {
  it("the ethnic-minority target is not about women, and it is an obligation (the press copy's words)", () => {
    const i = national2282.indicators.find((x) => x.measure === "qualitative");
    expect(i?.id).toBe("ethnic-minority-leaders");
    expect(i?.statement?.vi).toBe(
      "Ở những địa bàn có đồng bào dân tộc thiểu số, phải có cán bộ lãnh đạo là người dân tộc thiểu số phù hợp với cơ cấu dân cư.",
    );
    expect(i?.name.vi).not.toMatch(/nữ|phụ nữ/);
    expect(i?.citation).toMatchObject({ clause: "1.I.2.a", provenance: "unverified" });
  });

  it('the wording is 2282\'s ("phấn đấu …", "… cơ quan, đơn vị"), not Plan 53\'s', () => {
    const first = national2282.indicators[0];
    expect(first?.milestones[0]?.citation.quote).toBe("phấn đấu đến năm 2025 đạt 60%");
    expect(national2282.adjustment?.text.vi.endsWith("thực tiễn cơ quan, đơn vị.")).toBe(true);
  });

  it("75%/90%: confirmed in English only, and says so", () => {
    const trained = national2282.indicators.find((x) => x.id === "trained-women-in-planning-pool");
    for (const m of trained?.milestones ?? []) expect(m.citation.note?.en).toContain("English only");
  });

  it("five groups of solutions, flagged as summaries; the review clause flagged as not found", () => {
    expect(national2282.tasks).toHaveLength(5);
    for (const t of national2282.tasks) expect(t.citation.note?.en).toContain("summaries");
    for (const d of national2282.reportingDuties) expect(d.citation.note?.en).toContain("not found");
  });

  it("every value of the Decision is marked unverified", () => {
    for (const { path, citation } of citations(national2282).filter(
      (c) => c.citation.document === "2282/QĐ-TTg",
    ))
      expect(citation.provenance, path).toBe("unverified");
  });
});

describe("legal-audit.md, holidays", () => {
  it("Tết 2023 and 2024: the substitute days are labelled as such", () => {
    const kind = (date: string) =>
      holidaysIn(Number(date.slice(0, 4)), DEFAULT_HOLIDAY_CALENDAR).find((d) => d.date === date)?.kind;
    expect([kind("2023-01-25"), kind("2023-01-26")]).toEqual(["substitute", "substitute"]);
    expect([kind("2024-02-13"), kind("2024-02-14")]).toEqual(["substitute", "substitute"]);
  });

  it("the Government letters behind the 2024 and 2025 notices are recorded", () => {
    const source = (date: string) =>
      JSON.stringify(
        holidaysIn(Number(date.slice(0, 4)), DEFAULT_HOLIDAY_CALENDAR).find((d) => d.date === date),
      );
    expect(source("2024-02-10")).toContain("8662/VPCP-KGVX");
    expect(source("2025-01-29")).toContain("8726/VPCP-KGVX");
  });
});

describe("adapting a plan keeps citations honest", () => {
  it("a province's citation replaces the base's whole: it does not inherit the Decision's provenance or note", () => {
    const mine = { document: "12/KH-UBND", clause: "I.1.a" };
    const p = adaptPlan(national2282, {
      indicators: [
        {
          id: "agencies-with-female-key-leader",
          milestones: [{ year: 2025, target: "55%", citation: mine }],
        },
      ],
    });
    expect(p.indicators[0]?.milestones[0]?.citation).toEqual(mine);
  });
});

describe("the central level of government", () => {
  const c = (id: string, women: number) => ({
    unitId: id,
    keyLeaders: { women, total: 4 },
    planningPool: { women: 4, total: 10, womenTrained: 3 },
  });
  const units: Unit[] = [
    {
      id: "bo-noi-vu",
      kind: "state-agency",
      tier: "central",
      name: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
    },
    { id: "bo-tai-chinh", kind: "state-agency", tier: "central" },
    { id: "tinh-a", kind: "local-government", tier: "province" },
    { id: "tinh-b", kind: "local-government", tier: "province" },
    { id: "tinh-c", kind: "local-government", tier: "province" },
  ];
  const tallies = [c("bo-noi-vu", 1), c("bo-tai-chinh", 0), c("tinh-a", 2), c("tinh-b", 1), c("tinh-c", 0)];

  it("national2282 evaluates central bodies and provinces side by side, per level", () => {
    const e = evaluate(
      national2282,
      { units, tallies, keyLeaders: "heads-and-deputies" },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(e.tiers).toEqual(["central", "province", "commune"]);
    const first = e.indicators[0];
    expect(first?.overall).toMatchObject({ status: "met", value: { numerator: 3, denominator: 5 } }); // 3 of 5 is 60%
    const levels = first?.byTier.map((g) => [g.key, g.status === "not-computable" ? null : g.value]);
    expect(levels).toEqual([
      ["central", { numerator: 1, denominator: 2, percent: "50.00" }],
      ["province", { numerator: 2, denominator: 3, percent: "66.67" }],
    ]);
    const central = first?.byTier[0];
    expect(central?.keyLeaderShare).toEqual({ women: 1, total: 8, percent: "12.50" });
    expect(e.warnings.map((w) => w.code)).not.toContain("warning.central-outside-plan");
  });

  it("a province's plan is unaffected: central bodies are outside it, warned about, counted nowhere", () => {
    const e = evaluate(
      hungYen53,
      { units, tallies, keyLeaders: "heads-and-deputies" },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(e.tiers).toEqual(["province", "commune"]);
    expect(e.indicators[0]?.overall).toMatchObject({ value: { numerator: 2, denominator: 3 } });
    expect(e.warnings.find((w) => w.code === "warning.central-outside-plan")?.params).toMatchObject({
      count: 2,
    });
    expect(e.coverage.rejected.map((r) => r.unitId)).toEqual(["bo-noi-vu", "bo-tai-chinh"]);
  });
});

describe("the central level, whatever lapsedTiers says", () => {
  it("a province's plan counts no central body even with lapsedTiers: count", () => {
    const units: Unit[] = [
      { id: "bo-a", kind: "state-agency", tier: "central" },
      { id: "tinh", kind: "local-government", tier: "province" },
    ];
    const pool = { women: 0, total: 0, womenTrained: 0 };
    const tallies = [
      { unitId: "bo-a", keyLeaders: { women: 1, total: 2 }, planningPool: pool },
      { unitId: "tinh", keyLeaders: { women: 0, total: 2 }, planningPool: pool },
    ];
    const counting = adaptPlan(hungYen53, { settings: { lapsedTiers: "count" } });
    const e = evaluate(
      counting,
      { units, tallies, keyLeaders: "heads-and-deputies" },
      { year: 2025, asOf: "2026-01-15" },
    );
    expect(e.indicators[0]?.overall).toMatchObject({ value: { numerator: 0, denominator: 1 } });
    expect(e.coverage.rejected.map((r) => r.unitId)).toEqual(["bo-a"]);
    expect(e.warnings.map((w) => w.code)).toContain("warning.central-outside-plan");
  });
});
