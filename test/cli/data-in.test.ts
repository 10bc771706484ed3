// From a province's data to its report through the CLI (issue: a CSV door, a SQL door, a CLI that never shows a
// stack trace): every ordinary problem of a people export has its message, line and exit code; a fuzz of bad
// arguments and files never shows a stack; the demo writes its files; the sample report agrees with an
// independent count of the CSV.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CliEnvironment, run } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "vnwl-data-in-"));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
mkdirSync(join(dir, "folder"));
const sample = (name: string) => join("data", "sample", name);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env: CliEnvironment = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    today: () => "2026-01-15",
    sampleFile: (name) => (existsSync(sample(name)) ? sample(name) : undefined),
    version: "0.0.0-test",
  };
  const code = await run(argv, env);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const units = file(
  "units.json",
  JSON.stringify([
    { id: "so-y-te", kind: "state-agency", tier: "province", name: "Sở Y tế" },
    { id: "xa-1", kind: "local-government", tier: "commune", name: "Xã Một" },
  ]),
);
const mapping = file(
  "mapping.json",
  JSON.stringify({
    columns: {
      personId: "Mã",
      unitId: "Đơn vị",
      sex: "Giới tính",
      position: "Chức vụ",
      inPlanningPool: "Quy hoạch",
    },
  }),
);
const HEADER = "Mã,Đơn vị,Giới tính,Chức vụ,Quy hoạch";
const people = (name: string, rows: string[], { bom = false, eol = "\n" } = {}) =>
  file(name, `${bom ? "\uFEFF" : ""}${[HEADER, ...rows].join(eol)}${eol}`);
const tally = (peopleFile: string, ...more: string[]) => [
  "tally",
  "--plan",
  "hung-yen-53",
  "--people",
  peopleFile,
  "--mapping",
  mapping,
  "--units",
  units,
  ...more,
];
const tallies = (r: { stdout: string }) =>
  JSON.parse(r.stdout) as {
    unitId: string;
    keyLeaders: { women: number; total: number };
    planningPool: { women: number; total: number };
  }[];

describe("the people CSV through the CLI", () => {
  it("reads a byte-order mark, CRLF, quoted commas and line breaks, and NFD text", async () => {
    const nfd = "Nữ".normalize("NFD");
    const f = people(
      "good.csv",
      [
        '1,so-y-te,Nữ,"Giám đốc, Sở Y tế",x',
        `2,so-y-te,${nfd},Phó Giám đốc,`,
        '3,xa-1,Nam,"Phó Chủ tịch\r\nUBND xã",Có',
        "4,xa-1,F,Chuyên viên,x",
      ],
      { bom: true, eol: "\r\n" },
    );
    const r = await cli(...tally(f));
    expect(r.code).toBe(0);
    expect(tallies(r)).toEqual([
      {
        unitId: "so-y-te",
        keyLeaders: { women: 2, total: 2 },
        planningPool: { women: 1, total: 1, womenTrained: 0 },
        workforce: { women: 2, total: 2 },
      },
      {
        unitId: "xa-1",
        keyLeaders: { women: 0, total: 1 },
        planningPool: { women: 1, total: 2, womenTrained: 0 },
        workforce: { women: 1, total: 2 },
      },
    ]);
    expect(r.stderr).toContain("đọc 4 dòng, đếm 4, loại 0");
  });

  const problems: [string, string[], string, string][] = [
    ["a bad sex value", ["1,so-y-te,?,Giám đốc,x"], "row.bad-value", 'dòng 2, cột "Giới tính"'],
    ["an unknown unit id", ["1,so-khong-co,Nữ,Giám đốc,x"], "row.unknown-unit", 'dòng 2, cột "Đơn vị"'],
    [
      "a duplicate person id",
      ["1,so-y-te,Nữ,Giám đốc,x", "1,xa-1,Nam,Chủ tịch,"],
      "row.duplicate-person",
      "dòng 3",
    ],
    ["a row with too few fields", ["1,so-y-te,Nữ"], "row.field-count", "dòng 2"],
    [
      "a line break in a quoted field before a bad row",
      ['1,so-y-te,Nữ,"Giám\nđốc",x', "2,xa-1,?,Chủ tịch,"],
      "row.bad-value",
      "dòng 4",
    ],
  ];
  for (const [what, rows, code, where] of problems) {
    it(`rejects ${what} with its line and column, counts the rest, exits 1`, async () => {
      const r = await cli(...tally(people(`${code}.csv`, [...rows, "9,xa-1,Nam,Chuyên viên,"])));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`[${code}]`);
      expect(r.stderr).toContain(where);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const account = /đọc (\d+) dòng, đếm (\d+), loại (\d+)/.exec(r.stderr);
      expect(Number(account?.[1])).toBe(Number(account?.[2]) + Number(account?.[3]));
    });
  }

  it("tally --out writes CSV with the SQL door's columns, or JSON", async () => {
    const f = people("out.csv", ['1,so-y-te,"Nữ",Giám đốc,x', "2,xa-1,Nam,Chủ tịch,"]);
    const csv = join(dir, "tallies.csv");
    expect((await cli(...tally(f, "--out", csv))).code).toBe(0);
    expect(readFileSync(csv, "utf8").split("\r\n")).toEqual([
      "\uFEFFunit_id,key_leaders_women,key_leaders_total,pool_women,pool_total,pool_women_trained,workforce_women,workforce_total",
      "so-y-te,1,1,1,1,0,1,1",
      "xa-1,0,1,0,0,0,0,1",
      "",
    ]);
  });

  it("--allow-rejects exits 0 with the rejected rows still reported", async () => {
    const r = await cli(...tally(people("allow.csv", ["1,so-y-te,?,Giám đốc,x"]), "--allow-rejects"));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("[row.bad-value]");
  });

  const fileProblems: [string, string, number, string][] = [
    [
      "a missing column",
      file("nocol.csv", "Mã,Đơn vị,Chức vụ,Quy hoạch\n1,so-y-te,Giám đốc,x\n"),
      1,
      "[csv.missing-column]",
    ],
    ["an empty file", file("empty.csv", ""), 1, "[csv.empty]"],
    ["a wrong path", join(dir, "nope.csv"), 1, "[cli.file-not-found]"],
    ["a directory", join(dir, "folder"), 1, "[cli.file-is-directory]"],
  ];
  for (const [what, f, code, message] of fileProblems) {
    it(`answers ${what} with ${message}`, async () => {
      const r = await cli(...tally(f));
      expect(r.code).toBe(code);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("a tally row with more women than people is rejected, reported, and exits 1", async () => {
    const t = file(
      "tallies.json",
      JSON.stringify([
        {
          unitId: "so-y-te",
          keyLeaders: { women: 3, total: 2 },
          planningPool: { women: 0, total: 0, womenTrained: 0 },
        },
      ]),
    );
    const r = await cli(
      "report",
      "--plan",
      "hung-yen-53",
      "--units",
      units,
      "--tallies",
      t,
      "--year",
      "2025",
      "--key-leaders",
      "heads-and-deputies",
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[tally.women-exceed-total]");
  });

  it("an unknown flag and a bad --year or --as-of are usage errors", async () => {
    expect((await cli("report", "--colour")).code).toBe(2);
    expect((await cli(...tally(sample("people-2025.csv")), "--year", "25")).stderr).toContain(
      "cli.bad-option",
    );
    const r = await cli(
      "report",
      "--plan",
      "hung-yen-53",
      "--units",
      units,
      "--tallies",
      "x.json",
      "--year",
      "20x5",
    );
    expect(r).toMatchObject({ code: 2 });
    expect(r.stderr).toContain("[cli.bad-year]");
    const d = await cli("deadlines", "--plan", "hung-yen-53", "--as-of", "2025-02-29");
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("[cli.bad-date]");
  });

  it("report writes every format asked for into --out", async () => {
    const out = join(dir, "out");
    const r = await cli(
      "report",
      "--plan",
      "hung-yen-53",
      "--units",
      sample("units.json"),
      "--people",
      sample("people-2025.csv"),
      "--mapping",
      sample("people-mapping.json"),
      "--year",
      "2025",
      "--format",
      "md",
      "--format",
      "html",
      "--format",
      "opensdg",
      "--out",
      out,
      "--lang",
      "en",
    );
    expect(r.code).toBe(0);
    for (const ext of ["md", "html", "open-sdg.csv"])
      expect(existsSync(join(out, `bao-cao-2025.en.${ext}`))).toBe(true);
    expect(readFileSync(join(out, "bao-cao-2025.en.md"), "utf8")).toContain(
      "# Report on the results of 2025",
    );
  });

  it("validate reports every problem of every file in one run", async () => {
    const badPlan = file("plan.json", JSON.stringify({ id: 1 }));
    const badMapping = file("bad-mapping.json", JSON.stringify({ columns: { unitId: "x" } }));
    const r = await cli("validate", badPlan, "--mapping", badMapping, "--units", units);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("plan.json: id:");
    expect(r.stderr).toContain("bad-mapping.json: columns.sex:");
  });

  it("init writes a province's plan that validates, with $schema set", async () => {
    const out = join(dir, "tinh-x.json");
    const r = await cli(
      "init",
      "--id",
      "tinh-x-2022",
      "--name",
      "Tỉnh X",
      "--document",
      "12/KH-UBND",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(out, "utf8"));
    expect(plan.$schema).toContain("plan-config.schema.json");
    expect(plan.jurisdiction.level).toBe("province");
    expect((await cli("validate", out)).code).toBe(0);
  });

  it("deadlines takes a submissions file", async () => {
    const subs = file(
      "subs.json",
      JSON.stringify([
        { dutyId: "provincial-units-annual-report", year: 2025, by: "so-y-te", submittedAt: "2025-11-12" },
      ]),
    );
    const r = await cli(
      "deadlines",
      "--plan",
      "hung-yen-53",
      "--as-of",
      "2025-11-20",
      "--submissions",
      subs,
      "--json",
    );
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout).find(
      (x: { dutyId: string }) => x.dutyId === "provincial-units-annual-report",
    );
    expect(d.submissions[0].status.status).toBe("on-time");
  });

  it("fuzz: 500 invocations with bad arguments and files never show a stack trace", async () => {
    const files = [
      units,
      mapping,
      join(dir, "nope.csv"),
      join(dir, "folder"),
      file("junk.csv", '\u0000\u0001,"\n'),
      file("junk.json", "{"),
      sample("people-2025.csv"),
      file("null.json", "null"),
    ];
    const word = fc.constantFrom(
      "report",
      "tally",
      "validate",
      "deadlines",
      "init",
      "schema",
      "demo",
      "evaluate",
      "--plan",
      "hung-yen-53",
      "national-2282",
      "--units",
      "--people",
      "--mapping",
      "--tallies",
      "--year",
      "2025",
      "0x7E9",
      "--as-of",
      "2025-13-01",
      "--format",
      "pdf",
      "--out",
      "--lang",
      "en",
      "--id",
      "--name",
      "--",
      "-x",
      ...files,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(word, word, fc.string()), { maxLength: 10 }), async (argv) => {
        if (argv.includes("demo") || argv.includes("--out")) return; // they write files: covered above
        const r = await cli(...argv);
        expect([0, 1, 2]).toContain(r.code);
        expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/\n\s+at \S+ \(|cli\.internal/);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe("the demo and the sample", () => {
  it("npm run demo's command writes the report's files into the folder it names", async () => {
    const out = join(dir, "demo");
    const r = await cli("demo", "--as-of", "2026-01-15", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Báo cáo kết quả thực hiện năm 2025");
    for (const ext of ["md", "html", "svg", "csv"])
      expect(existsSync(join(out, `bao-cao-2025.vi.${ext}`))).toBe(true);
    expect(r.stderr).toContain(out);
  });

  it("the sample report agrees with an independent count of the people CSV", async () => {
    // An independent reading of the export: RFC 4180 by hand, the titles by their words.
    const text = readFileSync(sample("people-2025.csv"), "utf8").replace(/^\uFEFF/, "");
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ",") {
        row.push(cell);
        cell = "";
      } else if (ch === "\n") {
        row.push(cell.replace(/\r$/, ""));
        rows.push(row);
        row = [];
        cell = "";
      } else cell += ch;
    }
    const [header, ...body] = rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const [u, sex, title] = [col("Mã đơn vị"), col("Giới tính"), col("Chức vụ")];
    const unitsWithWoman = new Set<string>();
    for (const r of body) {
      const t = r[title] ?? "";
      const leader = /^(Phó )?(Giám đốc|Chủ tịch)/.test(t);
      if (leader && r[sex] === "Nữ") unitsWithWoman.add(r[u] ?? "");
    }
    const allUnits = JSON.parse(readFileSync(sample("units.json"), "utf8")) as unknown[];
    const out = join(dir, "sample");
    const r = await cli("demo", "--as-of", "2026-01-15", "--out", out);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "bao-cao-2025.vi.json"), "utf8"));
    expect(report.indicators[0].overall.value).toMatchObject({
      numerator: unitsWithWoman.size,
      denominator: allUnits.length,
    });
  });
});
