// The annual report: built from the bundled sample and checked against counts made here independently; every
// renderer pinned in both languages on a small report; every format escapes hostile names.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type AnnualReport,
  AnnualReportSchema,
  annualReportCsv,
  annualReportHtml,
  annualReportJsonSchema,
  annualReportMarkdown,
  annualReportOpenSdgCsv,
  annualReportSvg,
  buildAnnualReport,
  InvalidInputError,
  type Unit,
  type UnitTallyInput,
} from "../../src/index.js";
import { hungYen53 } from "../../src/presets/index.js";

const sampleUnits = JSON.parse(readFileSync("data/sample/units.json", "utf8")) as (Unit & {
  validFrom?: string;
  validTo?: string;
})[];
const sampleTallies = JSON.parse(readFileSync("data/sample/tallies-2025.json", "utf8")) as UnitTallyInput[];

describe("buildAnnualReport on the bundled sample", () => {
  const report = buildAnnualReport(
    hungYen53,
    { units: sampleUnits, tallies: sampleTallies, keyLeaders: "heads-and-deputies" },
    { year: 2025, asOf: "2026-01-15" },
  );

  it("agrees with counts made independently from the files", () => {
    const day = "2025-12-31";
    const inForce = sampleUnits.filter(
      (u) =>
        (u.validFrom === undefined || u.validFrom <= day) && (u.validTo === undefined || day <= u.validTo),
    );
    const scope = inForce.filter(
      (u) => (u.kind === "state-agency" || u.kind === "local-government") && u.tier !== "district",
    );
    const tally = new Map(sampleTallies.map((t) => [t.unitId, t]));
    const withWoman = scope.filter((u) => (tally.get(u.id)?.keyLeaders.women ?? 0) > 0);
    const first = report.indicators[0];
    expect(first?.overall).toMatchObject({
      value: { numerator: withWoman.length, denominator: scope.length },
    });
    const reporting = inForce.filter((u) => tally.has(u.id));
    const women = reporting.reduce((s, u) => s + (tally.get(u.id)?.planningPool.women ?? 0), 0);
    const total = reporting.reduce((s, u) => s + (tally.get(u.id)?.planningPool.total ?? 0), 0);
    const trained = reporting.reduce((s, u) => s + (tally.get(u.id)?.planningPool.womenTrained ?? 0), 0);
    expect(report.indicators[1]?.overall).toMatchObject({ value: { numerator: women, denominator: total } });
    expect(report.indicators[2]?.overall).toMatchObject({
      value: { numerator: trained, denominator: women },
    });
    // the units below target are exactly the units in scope without a female key leader
    expect(first?.unitsBelowTarget.map((u) => u.id).sort()).toEqual(
      scope
        .filter((u) => !withWoman.includes(u))
        .map((u) => u.id)
        .sort(),
    );
    expect(report.coverage.missing.map((u) => u.id)).toEqual(
      inForce
        .filter((u) => !tally.has(u.id))
        .map((u) => u.id)
        .sort(),
    );
  });

  it("is plain JSON, valid under its schema, and carries the units' names", () => {
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    expect(AnnualReportSchema.safeParse(report).success).toBe(true);
    expect(report.indicators[0]?.byUnit.find((g) => g.key === "so-noi-vu")?.name).toEqual({
      vi: "Sở Nội vụ",
      en: "Department of Home Affairs",
    });
    expect(readFileSync("schema/annual-report.schema.json", "utf8")).toBe(
      `${JSON.stringify(annualReportJsonSchema(), null, 2)}\n`,
    );
  });
});

// A small province, for readable pinned outputs.
const units: Unit[] = [
  {
    id: "tinh",
    kind: "local-government",
    tier: "province",
    name: { vi: "Chính quyền tỉnh", en: "Provincial government" },
  },
  {
    id: "so-a",
    kind: "state-agency",
    tier: "province",
    sector: "health",
    parent: "tinh",
    name: { vi: "Sở Y tế", en: "Department of Health" },
  },
  {
    id: "so-b",
    kind: "state-agency",
    tier: "province",
    sector: "construction",
    parent: "tinh",
    name: "Sở Xây dựng",
  },
  { id: "xa-1", kind: "local-government", tier: "commune", parent: "tinh", name: "Xã Một" },
  { id: "xa-2", kind: "local-government", tier: "commune", parent: "tinh" },
];
const t = (unitId: string, women: number, pool: [number, number, number]): UnitTallyInput => ({
  unitId,
  keyLeaders: { women, total: 4 },
  planningPool: { women: pool[0], total: pool[1], womenTrained: pool[2] },
});
const tallies2024 = [
  t("tinh", 1, [8, 20, 6]),
  t("so-a", 1, [5, 12, 4]),
  t("so-b", 0, [2, 10, 1]),
  t("xa-1", 0, [3, 9, 2]),
];
const tallies2025 = [
  t("tinh", 1, [9, 20, 7]),
  t("so-a", 2, [6, 12, 5]),
  t("so-b", 0, [3, 10, 2]),
  t("xa-1", 1, [4, 9, 3]),
];
const previous = buildAnnualReport(
  hungYen53,
  { units, tallies: tallies2024, keyLeaders: "heads-and-deputies" },
  { year: 2024, asOf: "2025-01-10" },
);
const small = buildAnnualReport(
  hungYen53,
  { units, tallies: tallies2025, keyLeaders: "heads-and-deputies" },
  {
    year: 2025,
    asOf: "2026-01-15",
    previous,
    submissions: [
      { dutyId: "provincial-units-annual-report", year: 2025, by: "so-a", submittedAt: "2025-11-12" },
      { dutyId: "provincial-units-annual-report", year: 2025, by: "so-b", submittedAt: "2025-11-17" },
    ],
  },
);

describe("buildAnnualReport: change since last year, submissions", () => {
  it("gives the change in exact percentage points and in units gained", () => {
    // 2024: tinh, so-a of 5 → 40%; 2025: tinh, so-a, xa-1 of 5 → 60%
    expect(small.indicators[0]?.change).toEqual({
      sinceYear: 2024,
      previousValue: { numerator: 2, denominator: 5, percent: "40.00" },
      percentagePoints: "+20.00",
      numerator: 1,
      denominator: 0,
    });
    expect(small.indicators[0]?.overall.status).toBe("met");
    // the pool: 18/51 → 22/51: +7.84 points, 4 women gained
    expect(small.indicators[1]?.change).toMatchObject({
      percentagePoints: "+7.84",
      numerator: 4,
      denominator: 0,
    });
  });

  it("lists who submitted when: on time, late", () => {
    const d = small.deadlines.find((x) => x.dutyId === "provincial-units-annual-report");
    expect(d?.submissions.map((s) => [s.by, s.status.status])).toEqual([
      ["so-a", "on-time"],
      ["so-b", "late"],
    ]);
  });

  it("refuses a previous report of another plan or a later year", () => {
    expect(() =>
      buildAnnualReport(
        hungYen53,
        { units, tallies: tallies2025 },
        { year: 2024, asOf: "2025-01-10", previous: small },
      ),
    ).toThrow(/report\.previous-mismatch/);
    let thrown: unknown;
    try {
      buildAnnualReport(
        hungYen53,
        { units, tallies: tallies2025 },
        { year: 2025, asOf: "2026-01-15", previous: { kind: "x" } as never },
      );
    } catch (e) {
      thrown = e;
    }
    // the issues are located in the option, not a generic failure
    expect(InvalidInputError.is(thrown)).toBe(true);
    expect((thrown as InvalidInputError).issues[0]?.path.slice(0, 2)).toEqual(["options", "previous"]);
  });
});

describe("renderers, pinned in both languages", () => {
  for (const locale of ["vi", "en"] as const) {
    it(`Markdown (${locale})`, () => {
      expect(annualReportMarkdown(small, { locale })).toMatchSnapshot();
    });
    it(`HTML (${locale})`, () => {
      expect(annualReportHtml(small, { locale })).toMatchSnapshot();
    });
    it(`SVG (${locale})`, () => {
      expect(annualReportSvg(small, { locale })).toMatchSnapshot();
    });
    it(`CSV (${locale})`, () => {
      expect(annualReportCsv(small, { locale })).toMatchSnapshot();
    });
  }
  it("Open SDG CSV", () => {
    expect(annualReportOpenSdgCsv(small)).toMatchSnapshot();
  });

  it("writes Vietnamese numbers and dates, named levels and sectors, and the units below target", () => {
    const md = annualReportMarkdown(small, { locale: "vi" });
    expect(md).toContain("Toàn bộ: 60,00% (3/5) — Đạt");
    expect(md).toContain("Ngày lập: 15/01/2026");
    expect(md).toContain("| Cấp xã |");
    expect(md).toContain("| Xây dựng |");
    expect(md).toContain("- Sở Xây dựng (so-b)");
    expect(md).toContain("So với năm 2024: +20,00 điểm phần trăm");
    expect(md).not.toMatch(/sector construction|tier commune/);
    const en = annualReportMarkdown(small, { locale: "en" });
    expect(en).toContain("Overall: 60.00% (3/5) — Met");
    expect(en).toContain("Made on: 2026-01-15");
  });

  it("HTML is one page with no external request, printable on A4 with repeated table headers", () => {
    const html = annualReportHtml(small, { locale: "vi" });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/<script|<link|@import|url\(/);
  });

  it("CSV: RFC 4180 with a byte-order mark and CRLF; Open SDG: Year … Value, headline rows blank", () => {
    const csv = annualReportCsv(small, { locale: "en" });
    expect(csv.startsWith("\uFEFFindicator_id,unit_id,unit_name,")).toBe(true);
    expect(csv.split("\r\n").length).toBe(1 + 3 * 5 + 1);
    const sdg = annualReportOpenSdgCsv(small).split("\r\n");
    expect(sdg[0]).toBe("\uFEFFYear,Series,Units,Level,Sector,Value");
    expect(sdg).toContain("2024,agencies-with-female-key-leader,Percent,,,40.00");
    expect(sdg).toContain("2025,agencies-with-female-key-leader,Percent,,,60.00");
    expect(sdg).toContain("2025,agencies-with-female-key-leader,Percent,commune,,50.00");
  });
});

describe("renderers escape hostile names for their format", () => {
  const evil = `<script>alert(1)</script> | *x* [a](http://e) =HYPERLINK("x") "q",\n■ ALL MET \u202e`;
  const hostileUnits: Unit[] = [
    { id: "tinh", kind: "local-government", tier: "province", name: evil },
    { id: "=cmd|x", kind: "state-agency", tier: "province", parent: "tinh", name: { vi: evil, en: evil } },
  ];
  const r: AnnualReport = buildAnnualReport(
    hungYen53,
    {
      units: hostileUnits,
      tallies: [t("tinh", 0, [1, 2, 1]), t("=cmd|x", 0, [1, 2, 1])],
      keyLeaders: "heads-and-deputies",
    },
    { year: 2025, asOf: "2026-01-15" },
  );

  it("HTML and SVG: no markup from a name", () => {
    for (const out of [annualReportHtml(r), annualReportSvg(r)]) {
      expect(out).not.toContain("<script>");
      expect(out).not.toContain("\n■ ALL MET");
      expect(out).not.toContain("\u202e");
    }
  });

  it("HTML: the name is there, as text", () => {
    expect(annualReportHtml(r)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("Markdown: no table cell, link or line forged by a name", () => {
    const md = annualReportMarkdown(r, { locale: "en" });
    expect(md).toContain("\\| \\*x\\* \\[a\\]");
    expect(md).not.toContain("\n■ ALL MET");
    expect(md).not.toContain("<script>");
  });

  it("CSV: quoted, and a name that would run as a formula stays text", () => {
    const csv = annualReportCsv(r, { locale: "en" });
    expect(csv).toContain(",'=cmd|x,");
    expect(csv).not.toMatch(/,=cmd/);
    const rows = csv.split("\r\n");
    expect(rows.length).toBe(1 + 3 * 2 + 1);
  });
});
