// The command-line tool: hostile-input.md F32 (every ordinary mistake is a message and an exit code, never a stack
// trace) and new-user-trial.md traps 4 (no silent Hưng Yên plan) and 5 (a rejected tally does not exit 0).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CliEnvironment, run } from "../../src/cli/run.js";

const dir = mkdtempSync(join(tmpdir(), "vnwl-cli-"));
const sample = (name: string) => join("data", "sample", name);
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
mkdirSync(join(dir, "a-directory"));

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const env: CliEnvironment = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    today: () => "2026-01-15",
    sampleFile: (name) => sample(name),
    version: "9.9.9",
  };
  const code = await run(argv, env);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

const evaluateArgs = (tallies: string, ...more: string[]) => [
  "evaluate",
  "--plan",
  "hung-yen-53",
  "--units",
  sample("units.json"),
  "--tallies",
  tallies,
  "--year",
  "2025",
  ...more,
];

const noStack = (r: Ran) => {
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).not.toMatch(/\n\s+at /);
};

describe("F32: the CLI answers ordinary mistakes with a message and an exit code", () => {
  const cases: [string, string[], number, RegExp][] = [
    ["a missing file", evaluateArgs(join(dir, "nope.json")), 1, /cli\.file-not-found/],
    ["a directory", evaluateArgs(join(dir, "a-directory")), 1, /cli\.file-is-directory/],
    ["bad JSON", evaluateArgs(file("bad.json", '[{"unitId": ]')), 1, /cli\.json-invalid/],
    ["non-array tallies", evaluateArgs(file("null.json", "null")), 1, /cli\.not-a-list/],
    ["a bad --as-of", evaluateArgs(sample("tallies-2025.json"), "--as-of", "2025-02-30"), 2, /cli\.bad-date/],
    [
      "an empty --year",
      ["evaluate", "--plan", "hung-yen-53", "--units", "u", "--tallies", "t", "--year", ""],
      2,
      /cli\.bad-year/,
    ],
    [
      "a hexadecimal --year",
      evaluateArgs(sample("tallies-2025.json")).map((a) => (a === "2025" ? "0x7E9" : a)),
      2,
      /cli\.bad-year/,
    ],
    ["an unknown flag", ["evaluate", "--colour"], 2, /cli\.bad-option/],
    ["an unknown command", ["evalute"], 2, /cli\.unknown-command/],
    ["a bad --lang", ["demo", "--lang", "fr"], 2, /cli\.bad-lang/],
    [
      "invalid units",
      evaluateArgs(sample("tallies-2025.json")).map((a) =>
        a === sample("units.json")
          ? file("units.json", '[{"id":"x","kind":"state-agency","tier":"ward"}]')
          : a,
      ),
      1,
      /units\.json: 0\.tier/,
    ],
    ["an invalid plan file", ["validate", file("plan.json", '{"id": 1}')], 1, /plan\.json: id: /],
    ["no arguments", [], 2, /commands/],
  ];
  for (const [what, argv, code, message] of cases) {
    it(`F32: ${what} exits ${code} with a message`, async () => {
      const r = await cli(...argv);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      noStack(r);
    });
  }

  it("F32: a JSON file with a byte-order mark is read", async () => {
    const withBom = file("tallies-bom.json", `\uFEFF${readFileSync(sample("tallies-2025.json"), "utf8")}`);
    const r = await cli(...evaluateArgs(withBom, "--as-of", "2026-01-15", "--json"));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).coverage.rejected).toEqual([]);
  });

  it("F32: demo with a bad --as-of prints nothing on stdout (never half a report)", async () => {
    const r = await cli("demo", "--as-of", "bad");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("F32: --version, -h, help <command> and <command> --help answer", async () => {
    expect(await cli("--version")).toMatchObject({ code: 0, stdout: "9.9.9" });
    expect((await cli("-h")).stdout).toContain("evaluate");
    expect((await cli("help", "evaluate")).stdout).toContain("--plan");
    expect((await cli("evaluate", "--help")).stdout).toContain("--tallies");
  });

  it("F32: the messages follow --lang", async () => {
    expect((await cli(...evaluateArgs(join(dir, "nope.json"), "--lang", "en"))).stderr).toContain(
      "File not found",
    );
    expect((await cli(...evaluateArgs(join(dir, "nope.json")))).stderr).toContain("Không tìm thấy tệp");
  });

  it("F32: any argument list ends in an exit code 0–2 without a stack trace", async () => {
    const word = fc.constantFrom(
      "demo",
      "evaluate",
      "validate",
      "schema",
      "help",
      "--plan",
      "hung-yen-53",
      "--units",
      "--tallies",
      "--year",
      "--as-of",
      "--lang",
      "--json",
      "en",
      "vi",
      "2025",
      "0",
      "",
      "2025-13-01",
      sample("units.json"),
      sample("tallies-2025.json"),
      join(dir, "nope.json"),
      join(dir, "a-directory"),
      "-x",
      "--",
      "national-2282",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(word, fc.string()), { maxLength: 12 }), async (argv) => {
        const r = await cli(...argv);
        expect([0, 1, 2]).toContain(r.code);
        noStack(r);
      }),
      { numRuns: 300 },
    );
  });
});

describe("new-user-trial.md traps 4 and 5: the CLI", () => {
  it("trap 4: evaluate without --plan is a usage error, not Hưng Yên's plan", async () => {
    const r = await cli(
      "evaluate",
      "--units",
      sample("units.json"),
      "--tallies",
      sample("tallies-2025.json"),
      "--year",
      "2025",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--plan");
    expect(r.stdout).toBe("");
  });

  it("trap 4: --plan takes a preset by name or a plan file; an unknown name is refused", async () => {
    expect((await cli(...evaluateArgs(sample("tallies-2025.json")))).code).toBe(0);
    const r = await cli(
      ...evaluateArgs(sample("tallies-2025.json")).map((a) => (a === "hung-yen-53" ? "hung-yen" : a)),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cli\.unknown-preset/);
  });

  it("trap 5: a rejected tally exits 1, the report still printed with the reason", async () => {
    const tallies = JSON.parse(readFileSync(sample("tallies-2025.json"), "utf8"));
    tallies[0].keyLeaders = { women: 9, total: 2 };
    const r = await cli(...evaluateArgs(file("rejected.json", JSON.stringify(tallies)), "--lang", "en"));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[tally.women-exceed-total]");
    expect(r.stderr).toContain(
      "1 tally rejected (reasons above); the units of rejected tallies count as not reporting; exit code 1.",
    );
  });
});

describe("the CLI process", () => {
  it("runs as a process: --version prints the package's version, a missing file exits 1 without a stack", async () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    const tsx = join("node_modules", ".bin", "tsx");
    const v = spawnSync(tsx, ["src/cli/main.ts", "--version"], { encoding: "utf8" });
    expect(v.stdout.trim()).toBe(pkg.version);
    const r = spawnSync(tsx, ["src/cli/main.ts", "validate", join(dir, "nope.json")], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cli.file-not-found");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
