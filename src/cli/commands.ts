/**
 * The command-line tool's commands. Each reads its options, does its work with the library, and returns its
 * exit code; output goes to the `out` and `err` lists, printed once the command is done (never half a report).
 *
 * @module
 * @internal
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportingCalendar } from "../deadlines/reporting.js";
import { InvalidInputError, UnitValidationError } from "../errors/errors.js";
import { evaluate } from "../evaluation/evaluate.js";
import type { Evaluation, EvaluationInput } from "../evaluation/types.js";
import { fromZodIssues } from "../i18n/issues.js";
import type { Locale } from "../i18n/locale.js";
import { columnMappingJsonSchema } from "../intake/mapping.js";
import type { RejectedRow } from "../intake/rows.js";
import { tallyPeopleCsv } from "../node/people-csv.js";
import { validateUnits } from "../organisation/hierarchy.js";
import type { Unit } from "../organisation/unit.js";
import { safeDefinePlan } from "../plan/define.js";
import { planConfigJsonSchema } from "../plan/json-schema.js";
import type { Plan } from "../plan/schema.js";
import { hungYen53, national2282 } from "../presets/index.js";
import { buildAnnualReport } from "../report/annual/build.js";
import { annualReportCsv, annualReportOpenSdgCsv, csvField } from "../report/annual/csv.js";
import { annualReportHtml } from "../report/annual/html.js";
import { annualReportMarkdown } from "../report/annual/markdown.js";
import { annualReportJsonSchema } from "../report/annual/schema.js";
import { annualReportSvg } from "../report/annual/svg.js";
import type { AnnualReport } from "../report/annual/types.js";
import { deadlinesText } from "../report/deadlines-text.js";
import { evaluationText } from "../report/evaluation-text.js";
import { type UnitTallyInput, UnitTallyInputSchema } from "../tally/input.js";
import { TALLY_SQL_COLUMNS } from "../tally/sql.js";
import { EXIT, inputError, usageError } from "./errors.js";
import { fileError, readJson } from "./files.js";
import type { Command } from "./help.js";
import {
  asOfOption,
  FileIssues,
  type Format,
  failureLines,
  formatsOption,
  keyLeadersOption,
  loadPlan,
  optional,
  readList,
  readMapping,
  required,
  type Values,
  yearOption,
} from "./options.js";

/** What a command needs from its surroundings. */
export interface CommandContext {
  readonly values: Values;
  readonly positionals: readonly string[];
  readonly locale: Locale;
  readonly today: () => string;
  readonly sampleFile: (name: string) => string | undefined;
  /** Shows a progress line (a terminal only); absent otherwise. */
  readonly progress?: ((text: string) => void) | undefined;
  readonly out: string[];
  readonly err: string[];
}

type CommandFn = (c: CommandContext) => Promise<number>;

const rowLine = (r: RejectedRow, locale: Locale) => `${r.issue.message[locale]} [${r.issue.code}]`;

/** Units, checked; their issues located in their file. */
function readUnits(file: string): Unit[] {
  const r = validateUnits(readList(file, { vi: "các đơn vị", en: "units" }));
  if (!r.success) throw new FileIssues(file, r.issues, "cli.units-invalid");
  return [...r.units];
}

interface Counted {
  readonly tallies: readonly unknown[];
  readonly keyLeaders: "heads-only" | "heads-and-deputies" | undefined;
  readonly rejectedRows: number;
}

/** The tallies of a command: counted from a people CSV (with its mapping), or read from a tallies file. */
async function countOrRead(c: CommandContext, plan: Plan, units: readonly Unit[]): Promise<Counted> {
  const people = optional(c.values, "people");
  const talliesFile = optional(c.values, "tallies");
  if ((people === undefined) === (talliesFile === undefined))
    throw usageError(
      "cli.missing-option",
      "Cần đúng một trong --people (kèm --mapping) và --tallies.",
      "Exactly one of --people (with --mapping) and --tallies is expected.",
    );
  if (people !== undefined) {
    const mapping = readMapping(required(c.values, "mapping"));
    const r = await readPeople(people, plan, mapping, units, c);
    for (const row of r.account.rejected) c.err.push(rowLine(row, c.locale));
    return { tallies: r.tallies, keyLeaders: r.keyLeaders, rejectedRows: r.account.rejected.length };
  }
  return {
    tallies: readList(talliesFile as string, { vi: "số liệu", en: "tallies" }),
    keyLeaders: keyLeadersOption(c.values),
    rejectedRows: 0,
  };
}

async function readPeople(
  file: string,
  plan: Plan,
  mapping: Parameters<typeof tallyPeopleCsv>[1]["mapping"],
  units: readonly Unit[] | undefined,
  c: CommandContext,
) {
  try {
    const started = Date.now();
    return await tallyPeopleCsv(file, {
      plan,
      mapping,
      units,
      file,
      onProgress:
        c.progress === undefined
          ? undefined
          : (rows) => {
              const seconds = Math.max(0.001, (Date.now() - started) / 1000);
              c.progress?.(
                `${rows.toLocaleString("en")} rows, ${Math.round(rows / seconds).toLocaleString("en")} rows/s`,
              );
            },
    });
  } catch (e) {
    if (InvalidInputError.is(e)) throw new FileIssues(file, e.issues, "cli.csv-invalid");
    throw fileError(e, file) ?? e;
  }
}

const EXT: Readonly<Record<Format, string>> = {
  md: "md",
  html: "html",
  svg: "svg",
  csv: "csv",
  opensdg: "open-sdg.csv",
  json: "json",
};

function render(report: AnnualReport, format: Format, locale: Locale): string {
  switch (format) {
    case "md":
      return annualReportMarkdown(report, { locale });
    case "html":
      return annualReportHtml(report, { locale });
    case "svg":
      return annualReportSvg(report, { locale });
    case "csv":
      return annualReportCsv(report, { locale });
    case "opensdg":
      return annualReportOpenSdgCsv(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

/** What was rejected, and the exit code it gives; `undefined` when nothing was. */
function rejectedNote(rows: number, tallies: number, locale: Locale, allowed: boolean): string | undefined {
  if (rows === 0 && tallies === 0) return undefined;
  const code = allowed ? 0 : 1;
  const vi = [rows > 0 ? `${rows} dòng` : "", tallies > 0 ? `${tallies} bản số liệu` : ""].filter(
    (x) => x !== "",
  );
  const en = [
    rows > 0 ? `${rows} ${rows === 1 ? "row" : "rows"}` : "",
    tallies > 0 ? `${tallies} ${tallies === 1 ? "tally" : "tallies"}` : "",
  ].filter((x) => x !== "");
  return locale === "vi"
    ? `${vi.join(" và ")} bị loại (lý do ở trên)${tallies > 0 ? "; đơn vị của số liệu bị loại được tính là chưa báo cáo" : ""}; mã thoát ${code}.`
    : `${en.join(" and ")} rejected (reasons above)${tallies > 0 ? "; the units of rejected tallies count as not reporting" : ""}; exit code ${code}.`;
}

/** The annual report of a plan, from people or tallies, in the formats asked for. */
async function reportCommand(c: CommandContext, defaults?: { plan: Plan; outDir: string }): Promise<number> {
  const plan = defaults?.plan ?? loadPlan(required(c.values, "plan"));
  const year = yearOption(c.values, defaults === undefined ? undefined : 2025);
  const asOf = asOfOption(c.values, c.today);
  const formats =
    defaults === undefined
      ? formatsOption(c.values)
      : (["md", "html", "svg", "csv", "opensdg", "json"] as Format[]);
  const unitsFile = required(c.values, "units");
  const units = readUnits(unitsFile);
  const counted = await countOrRead(c, plan, units);
  const previousFile = optional(c.values, "previous");
  const submissionsFile = optional(c.values, "submissions");
  let report: AnnualReport;
  try {
    report = buildAnnualReport(
      plan,
      {
        units,
        tallies: counted.tallies as EvaluationInput["tallies"],
        ...(counted.keyLeaders === undefined ? {} : { keyLeaders: counted.keyLeaders }),
      },
      {
        year,
        asOf,
        ...(previousFile === undefined ? {} : { previous: readJson(previousFile) as AnnualReport }),
        ...(submissionsFile === undefined
          ? {}
          : { submissions: readList(submissionsFile, { vi: "bản nộp", en: "submissions" }) as never }),
      },
    );
  } catch (e) {
    if (InvalidInputError.is(e)) {
      const first = e.issues[0]?.path[0];
      const file =
        first === "options" && e.issues[0]?.path[1] === "previous"
          ? (previousFile ?? "")
          : first === "options"
            ? (submissionsFile ?? "")
            : "";
      if (file !== "") throw new FileIssues(file, e.issues, "cli.input-invalid");
    }
    throw e;
  }
  const outDir = defaults?.outDir ?? optional(c.values, "out");
  if (outDir === undefined) {
    c.out.push(render(report, formats[0] ?? "md", c.locale).replace(/\n$/, ""));
  } else {
    mkdirSync(outDir, { recursive: true });
    const written: string[] = [];
    for (const f of formats) {
      const path = join(outDir, `bao-cao-${year}.${c.locale}.${EXT[f]}`);
      writeFileSync(path, render(report, f, c.locale));
      written.push(path);
    }
    if (defaults !== undefined)
      c.out.push(annualReportMarkdown(report, { locale: c.locale }).replace(/\n$/, ""));
    c.err.push(`${c.locale === "vi" ? "Đã ghi" : "Wrote"}: ${written.join(", ")}`);
  }
  const allowed = c.values["allow-rejects"] === true;
  const note = rejectedNote(counted.rejectedRows, report.coverage.rejected.length, c.locale, allowed);
  for (const r of report.coverage.rejected)
    c.err.push(
      `${unitsFile}/${r.unitId ?? `#${r.index}`}: ${r.issues.map((i) => `${i.message[c.locale]} [${i.code}]`).join(" ")}`,
    );
  if (note !== undefined) c.err.push(note);
  return note === undefined || allowed ? EXIT.ok : EXIT.inputProblems;
}

/** Tallies as CSV, with the columns of the SQL door's rows (the same tallies either way). */
function toCsv(tallies: readonly UnitTallyInput[]): string {
  const rows = tallies.map((t) =>
    [
      csvField(t.unitId),
      t.keyLeaders.women,
      t.keyLeaders.total,
      t.planningPool.women,
      t.planningPool.total,
      t.planningPool.womenTrained,
      t.workforce?.women ?? "",
      t.workforce?.total ?? "",
    ].join(","),
  );
  return `\uFEFF${[TALLY_SQL_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

export const COMMANDS: Readonly<Record<Command, CommandFn>> = {
  report: (c) => reportCommand(c),

  async tally(c) {
    const plan = loadPlan(required(c.values, "plan"));
    const people = required(c.values, "people");
    const mapping = readMapping(required(c.values, "mapping"));
    const unitsFile = optional(c.values, "units");
    const units = unitsFile === undefined ? undefined : readUnits(unitsFile);
    const r = await readPeople(people, plan, mapping, units, c);
    for (const row of r.account.rejected) c.err.push(rowLine(row, c.locale));
    const out = optional(c.values, "out");
    const text =
      out?.endsWith(".csv") === true ? toCsv(r.tallies) : `${JSON.stringify(r.tallies, null, 1)}\n`;
    if (out === undefined) c.out.push(text.replace(/\n$/, ""));
    else writeFileSync(out, text);
    const a = r.account;
    c.err.push(
      c.locale === "vi"
        ? `${people}: đọc ${a.read} dòng, đếm ${a.counted}, loại ${a.rejected.length}; ${r.tallies.length} đơn vị; keyLeaders=${r.keyLeaders}`
        : `${people}: read ${a.read} rows, counted ${a.counted}, rejected ${a.rejected.length}; ${r.tallies.length} units; keyLeaders=${r.keyLeaders}`,
    );
    return a.rejected.length === 0 || c.values["allow-rejects"] === true ? EXIT.ok : EXIT.inputProblems;
  },

  async validate(c) {
    if (c.positionals.length > 1)
      throw usageError(
        "cli.missing-argument",
        "Cần nhiều nhất một tệp kế hoạch.",
        "At most one plan file is expected.",
      );
    const planFile = c.positionals[0] ?? optional(c.values, "plan");
    const problems: string[] = [];
    const checked: string[] = [];
    const attempt = async (what: string, f: () => unknown) => {
      try {
        await f();
        checked.push(what);
      } catch (e) {
        const lines = failureLines(e, c.locale, what);
        if (lines === undefined) throw e;
        problems.push(...lines);
      }
    };
    let plan: Plan | undefined;
    if (planFile !== undefined) await attempt(planFile, () => (plan = loadPlan(planFile)));
    const mappingFile = optional(c.values, "mapping");
    if (mappingFile !== undefined) await attempt(mappingFile, () => readMapping(mappingFile));
    let units: Unit[] | undefined;
    const unitsFile = optional(c.values, "units");
    if (unitsFile !== undefined) await attempt(unitsFile, () => (units = readUnits(unitsFile)));
    const talliesFile = optional(c.values, "tallies");
    if (talliesFile !== undefined)
      await attempt(talliesFile, () => {
        const list = readList(talliesFile, { vi: "số liệu", en: "tallies" });
        const ids = units === undefined ? undefined : new Set(units.map((u) => u.id));
        const issues = list.flatMap((t, i) => {
          const r = UnitTallyInputSchema.safeParse(t);
          if (!r.success) return fromZodIssues(r.error.issues).map((x) => ({ ...x, path: [i, ...x.path] }));
          if (ids !== undefined && !ids.has(r.data.unitId))
            return [
              {
                code: "tally.unknown-unit",
                path: [i, "unitId"],
                message: {
                  vi: `Đơn vị "${r.data.unitId}" không có trong ${unitsFile}.`,
                  en: `Unit "${r.data.unitId}" is not in ${unitsFile}.`,
                },
              },
            ];
          return [];
        });
        if (issues.length > 0) throw new FileIssues(talliesFile, issues, "cli.tallies-invalid");
      });
    const people = optional(c.values, "people");
    if (people !== undefined) {
      await attempt(people, async () => {
        const mapping = readMapping(required(c.values, "mapping"));
        const r = await readPeople(people, plan ?? hungYen53, mapping, units, c);
        for (const row of r.account.rejected) problems.push(rowLine(row, c.locale));
      });
    }
    if (
      planFile === undefined &&
      mappingFile === undefined &&
      unitsFile === undefined &&
      talliesFile === undefined &&
      people === undefined
    )
      throw usageError(
        "cli.missing-argument",
        "Không có tệp nào để kiểm tra.",
        "Nothing to validate: name a plan or data files.",
      );
    if (problems.length > 0) {
      c.err.push(...problems);
      return EXIT.inputProblems;
    }
    c.out.push(c.locale === "vi" ? `Hợp lệ: ${checked.join(", ")}` : `Valid: ${checked.join(", ")}`);
    return EXIT.ok;
  },

  async deadlines(c) {
    const plan = loadPlan(required(c.values, "plan"));
    const asOf = asOfOption(c.values, c.today);
    const year = yearOption(c.values, Number(asOf.slice(0, 4)));
    const submissionsFile = optional(c.values, "submissions");
    let list: ReturnType<typeof reportingCalendar>;
    try {
      list = reportingCalendar(plan, {
        from: year,
        to: year,
        asOf,
        ...(submissionsFile === undefined
          ? {}
          : { submissions: readList(submissionsFile, { vi: "bản nộp", en: "submissions" }) as never }),
      });
    } catch (e) {
      if (InvalidInputError.is(e) && submissionsFile !== undefined)
        throw new FileIssues(submissionsFile, e.issues, "cli.input-invalid");
      throw e;
    }
    c.out.push(
      c.values["json"] === true ? JSON.stringify(list, null, 2) : deadlinesText(list, { locale: c.locale }),
    );
    return EXIT.ok;
  },

  async init(c) {
    const id = required(c.values, "id");
    const name = required(c.values, "name");
    const from = optional(c.values, "from") ?? "national-2282";
    const base = from === "national-2282" ? national2282 : loadPlan(from);
    const config = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    const document = (optional(c.values, "document") ?? "…/KH-UBND").normalize("NFC");
    const plan = {
      $schema: "./node_modules/vn-women-leadership/schema/plan-config.schema.json",
      ...config,
      id,
      document: {
        number: document,
        type: { vi: "Kế hoạch", en: "Plan" },
        issuer: {
          vi: `Ủy ban nhân dân ${name}`,
          en: `People's Committee of ${optional(c.values, "name-en") ?? name}`,
        },
        issueDate: c.today(),
      },
      jurisdiction: { level: "province", name: { vi: name, en: optional(c.values, "name-en") ?? name } },
      legalBasis: [(base as Plan).document],
      // The Decision's own duties are the Ministry's: the province writes its own (see docs/adapting-a-plan.md).
      reportingDuties: [],
      responsibilities: [],
    };
    const r = safeDefinePlan(plan);
    if (!r.success) throw new FileIssues("(init)", r.issues, "cli.plan-invalid");
    const text = `${JSON.stringify(plan, null, 2)}\n`;
    const out = optional(c.values, "out");
    if (out === undefined) c.out.push(text.replace(/\n$/, ""));
    else {
      writeFileSync(out, text);
      c.err.push(
        c.locale === "vi"
          ? `Đã ghi ${out}: sửa các chỉ tiêu, trích dẫn và nghĩa vụ báo cáo của tỉnh, rồi chạy: vn-women-leadership validate ${out}`
          : `Wrote ${out}: edit the province's targets, citations and reporting duties, then run: vn-women-leadership validate ${out}`,
      );
    }
    return EXIT.ok;
  },

  async schema(c) {
    const which = c.positionals[0] ?? "plan";
    const schemas: Record<string, () => unknown> = {
      plan: planConfigJsonSchema,
      "annual-report": annualReportJsonSchema,
      "column-mapping": columnMappingJsonSchema,
    };
    const f = Object.hasOwn(schemas, which) ? schemas[which] : undefined;
    if (f === undefined)
      throw usageError(
        "cli.unknown-schema",
        `Không có schema "${which}" (có: plan, annual-report, column-mapping).`,
        `No schema "${which}" (there are: plan, annual-report, column-mapping).`,
      );
    c.out.push(JSON.stringify(f(), null, 2));
    return EXIT.ok;
  },

  async demo(c) {
    const units = c.sampleFile("units.json");
    if (units === undefined)
      throw inputError(
        "cli.sample-missing",
        "Không thấy dữ liệu mẫu units.json.",
        "Sample data units.json not found.",
      );
    const people = c.sampleFile("people-2025.csv");
    const mapping = c.sampleFile("people-mapping.json");
    const tallies = c.sampleFile("tallies-2025.json");
    // In the repository the demo counts the people export; the published package ships its tallies only.
    const values: Values = {
      ...c.values,
      units,
      ...(people !== undefined && mapping !== undefined
        ? { people, mapping }
        : { tallies, "key-leaders": "heads-and-deputies" }),
    };
    const outDir = optional(c.values, "out") ?? mkdtempSync(join(tmpdir(), "vn-women-leadership-demo-"));
    return reportCommand({ ...c, values }, { plan: hungYen53, outDir });
  },

  async evaluate(c) {
    const plan = loadPlan(required(c.values, "plan"));
    const unitsFile = required(c.values, "units");
    const talliesFile = required(c.values, "tallies");
    const year = yearOption(c.values);
    const asOf = asOfOption(c.values, c.today);
    const units = readList(unitsFile, { vi: "các đơn vị", en: "units" });
    const tallies = readList(talliesFile, { vi: "số liệu", en: "tallies" });
    const keyLeaders = keyLeadersOption(c.values);
    let result: Evaluation;
    try {
      result = evaluate(
        plan,
        {
          units: units as EvaluationInput["units"],
          tallies: tallies as EvaluationInput["tallies"],
          ...(keyLeaders === undefined ? {} : { keyLeaders }),
        },
        { year, asOf },
      );
    } catch (e) {
      if (UnitValidationError.is(e)) throw new FileIssues(unitsFile, e.issues, "cli.units-invalid");
      throw e;
    }
    c.out.push(
      c.values["json"] === true
        ? JSON.stringify(result, null, 2)
        : evaluationText(result, { locale: c.locale }),
    );
    const note = rejectedNote(0, result.coverage.rejected.length, c.locale, false);
    if (note === undefined) return EXIT.ok;
    c.err.push(note);
    return EXIT.inputProblems;
  },
};
