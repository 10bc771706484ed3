/**
 * The command-line tool as a function of its arguments and its surroundings (output streams, today's date, where
 * the sample data and the package version are), so that it can be tested without a process. Every failure ends as
 * a message in the chosen language with a code and an exit code; no stack trace is printed.
 *
 * @module
 * @internal
 */
import { parseArgs } from "node:util";
import { isCalendarDate } from "../calendar/calendar-date.js";
import { reportingCalendar } from "../deadlines/reporting.js";
import { UnitValidationError, VnWomenLeadershipError } from "../errors/errors.js";
import { evaluate } from "../evaluation/evaluate.js";
import type { Evaluation } from "../evaluation/types.js";
import type { Locale } from "../i18n/locale.js";
import { safeDefinePlan } from "../plan/define.js";
import { planConfigJsonSchema } from "../plan/json-schema.js";
import type { Plan } from "../plan/schema.js";
import { hungYen53, national2282 } from "../presets/index.js";
import { deadlinesText } from "../report/deadlines-text.js";
import { evaluationText } from "../report/evaluation-text.js";
import { planSummary } from "../report/plan-summary.js";
import { CliError, EXIT, inputError, usageError } from "./errors.js";
import { readJson } from "./files.js";

/** What the tool needs from its surroundings. */
export interface CliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date in Vietnam (the CLI is the one place that reads the clock). */
  readonly today: () => string;
  /** The path of a bundled sample file. */
  readonly sampleFile: (name: string) => string;
  readonly version: string;
}

const PRESETS: Readonly<Record<string, Plan>> = {
  "hung-yen-53": hungYen53,
  [hungYen53.id]: hungYen53,
  "national-2282": national2282,
  [national2282.id]: national2282,
};

const COMMON = `  --lang vi|en        ngôn ngữ / language (vi)
  -h, --help          trợ giúp / help`;

const HELP: Readonly<Record<string, string>> = {
  demo: `vn-women-leadership demo [--as-of YYYY-MM-DD] [--year N] [--lang vi|en]
  Tóm tắt Kế hoạch 53/KH-UBND của Hưng Yên, rồi đánh giá dữ liệu mẫu đi kèm theo kế hoạch đó.
  Summarises Hưng Yên's Plan 53/KH-UBND, then evaluates the bundled sample data against it.
  --as-of YYYY-MM-DD  ngày xem xét / the date of the review (today in Vietnam)
  --year N            năm đánh giá / year evaluated (2025)
${COMMON}`,
  evaluate: `vn-women-leadership evaluate --plan <plan.json|hung-yen-53|national-2282> --units units.json --tallies tallies.json --year N [--as-of YYYY-MM-DD] [--json] [--lang vi|en]
  Đánh giá số liệu tổng hợp của các đơn vị theo một kế hoạch. / Evaluates the units' tallies against a plan.
  --plan              kế hoạch (tệp JSON hoặc tên mẫu) — bắt buộc / the plan (a JSON file or a preset) — required
  --units, --tallies  tệp JSON / JSON files
  --year N            năm đánh giá / year evaluated
  --key-leaders R     cách hiểu "lãnh đạo chủ chốt" mà số liệu đã dùng để đếm / the key-leader reading the tallies
                      were counted under (heads-only | heads-and-deputies); must be the plan's
  --as-of YYYY-MM-DD  ngày xem xét / date of the review (today in Vietnam)
  --json              kết quả dạng JSON / the result as JSON
  Mã thoát / exit codes: 0 xong / done; 1 có số liệu bị loại / some input rejected; 2 sai cú pháp / wrong usage.
${COMMON}`,
  validate: `vn-women-leadership validate <plan.json> [--lang vi|en]
  Kiểm tra một cấu hình kế hoạch. / Validates a plan configuration.
  Mã thoát / exit codes: 0 hợp lệ / valid; 1 không hợp lệ / invalid; 2 sai cú pháp / wrong usage.
${COMMON}`,
  schema: `vn-women-leadership schema
  In JSON Schema của cấu hình kế hoạch. / Prints the JSON Schema of a plan configuration.`,
};

const USAGE = `vn-women-leadership <command> [options]

Lệnh / commands:
  demo       dữ liệu mẫu theo Kế hoạch 53 / the bundled sample against Plan 53
  evaluate   đánh giá số liệu theo một kế hoạch / evaluate tallies against a plan
  validate   kiểm tra cấu hình kế hoạch / validate a plan configuration
  schema     JSON Schema của cấu hình / the configuration's JSON Schema
  help <command>, --version

vn-women-leadership <command> --help: chi tiết / details`;

const OPTIONS = {
  demo: { "as-of": { type: "string" }, year: { type: "string" }, lang: { type: "string" } },
  evaluate: {
    plan: { type: "string" },
    units: { type: "string" },
    tallies: { type: "string" },
    "key-leaders": { type: "string" },
    year: { type: "string" },
    "as-of": { type: "string" },
    json: { type: "boolean" },
    lang: { type: "string" },
  },
  validate: { lang: { type: "string" } },
  schema: {},
} as const;

type Command = keyof typeof OPTIONS;
type Values = Record<string, string | boolean | undefined>;

/**
 * Runs the tool on its arguments and returns the exit code; output goes through `env`, all of it only once the
 * command has succeeded or failed (never half a report).
 */
export function run(argv: readonly string[], env: CliEnvironment): number {
  let locale: Locale = guessLocale(argv);
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      env.stderr(USAGE);
      return EXIT.usage;
    }
    if (first === "--version" || first === "-v") {
      env.stdout(env.version);
      return EXIT.ok;
    }
    if (first === "--help" || first === "-h") {
      env.stdout(USAGE);
      return EXIT.ok;
    }
    if (first === "help") {
      const topic = rest[0];
      if (topic === undefined) env.stdout(USAGE);
      else if (isCommand(topic)) env.stdout(HELP[topic] as string);
      else throw unknownCommand(topic);
      return EXIT.ok;
    }
    if (!isCommand(first)) throw unknownCommand(first);
    if (rest.includes("--help") || rest.includes("-h")) {
      env.stdout(HELP[first] as string);
      return EXIT.ok;
    }
    const { values, positionals } = parse(first, rest);
    locale = langOption(values);
    const out: string[] = [];
    const err: string[] = [];
    const code = COMMANDS[first](values, positionals, env, locale, out, err);
    if (out.length > 0) env.stdout(out.join("\n"));
    if (err.length > 0) env.stderr(err.join("\n"));
    return code;
  } catch (e) {
    return fail(e, locale, env);
  }
}

function fail(e: unknown, locale: Locale, env: CliEnvironment): number {
  if (e instanceof CliError) {
    env.stderr(`${e.messages[locale]} [${e.code}]`);
    if (e.exitCode === EXIT.usage)
      env.stderr(locale === "vi" ? "Xem: vn-women-leadership --help" : "See: vn-women-leadership --help");
    return e.exitCode;
  }
  if (VnWomenLeadershipError.is(e)) {
    for (const issue of e.issues)
      env.stderr(`${issue.path.join(".") || "(root)"}: ${issue.message[locale]} [${issue.code}]`);
    return EXIT.inputProblems;
  }
  const message = e instanceof Error ? e.message : String(e);
  env.stderr(
    locale === "vi"
      ? `Lỗi nội bộ, xin báo cho người phát triển: ${message} [cli.internal]`
      : `Internal error, please report it: ${message} [cli.internal]`,
  );
  return EXIT.internal;
}

function isCommand(s: string): s is Command {
  return Object.hasOwn(OPTIONS, s);
}

function unknownCommand(s: string): CliError {
  return usageError("cli.unknown-command", `Lệnh không có: ${s}.`, `Unknown command: ${s}.`);
}

function guessLocale(argv: readonly string[]): Locale {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

function parse(command: Command, args: string[]): { values: Values; positionals: string[] } {
  try {
    const r = parseArgs({
      args,
      options: OPTIONS[command],
      allowPositionals: command === "validate",
      strict: true,
    });
    return { values: r.values as Values, positionals: r.positionals };
  } catch (e) {
    const message = (e as Error).message;
    throw usageError(
      "cli.bad-option",
      `Tuỳ chọn không hợp lệ cho lệnh ${command}: ${message}`,
      `Invalid option for ${command}: ${message}`,
    );
  }
}

function langOption(values: Values): Locale {
  const lang = values["lang"];
  if (lang === undefined || lang === "vi" || lang === "en") return lang ?? "vi";
  throw usageError(
    "cli.bad-lang",
    `--lang phải là vi hoặc en, không phải "${lang}".`,
    `--lang must be vi or en, not "${lang}".`,
  );
}

function yearOption(values: Values, fallback?: number): number {
  const raw = values["year"];
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw usageError("cli.missing-option", "Thiếu --year.", "--year is required.");
  }
  if (typeof raw !== "string" || !/^[0-9]{4}$/.test(raw))
    throw usageError(
      "cli.bad-year",
      `--year phải là năm có 4 chữ số, không phải "${raw}".`,
      `--year must be a four-digit year, not "${raw}".`,
    );
  return Number(raw);
}

function asOfOption(values: Values, env: CliEnvironment): string {
  const raw = values["as-of"];
  if (raw === undefined) return env.today();
  if (!isCalendarDate(raw))
    throw usageError(
      "cli.bad-date",
      `--as-of phải là một ngày có thật, dạng YYYY-MM-DD, không phải "${String(raw)}".`,
      `--as-of must be a day that exists, as YYYY-MM-DD, not "${String(raw)}".`,
    );
  return raw;
}

function keyLeadersOption(values: Values): { keyLeaders?: "heads-only" | "heads-and-deputies" } {
  const v = values["key-leaders"];
  if (v === undefined) return {};
  if (v === "heads-only" || v === "heads-and-deputies") return { keyLeaders: v };
  throw usageError(
    "cli.bad-key-leaders",
    `--key-leaders phải là heads-only hoặc heads-and-deputies, không phải "${String(v)}".`,
    `--key-leaders must be heads-only or heads-and-deputies, not "${String(v)}".`,
  );
}

function required(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "")
    throw usageError("cli.missing-option", `Thiếu --${name}.`, `--${name} is required.`);
  return v;
}

function loadPlan(ref: string): Plan {
  const preset = Object.hasOwn(PRESETS, ref) ? PRESETS[ref] : undefined;
  if (preset !== undefined) return preset;
  if (!ref.endsWith(".json") && !ref.includes("/") && !ref.includes("\\"))
    throw inputError(
      "cli.unknown-preset",
      `Không có kế hoạch mẫu "${ref}" (có: hung-yen-53, national-2282); một tệp kế hoạch phải có đuôi .json.`,
      `No preset "${ref}" (there are: hung-yen-53, national-2282); a plan file must end in .json.`,
    );
  const r = safeDefinePlan(readJson(ref));
  if (r.success) return r.plan;
  throw new FileIssues(ref, r.issues);
}

/** A file with issues (a plan, units): each printed with the file's name and its path. */
class FileIssues extends CliError {
  constructor(
    file: string,
    issues: readonly {
      path: readonly (string | number)[];
      code: string;
      message: { vi: string; en: string };
    }[],
    code = "cli.plan-invalid",
  ) {
    const lines = (l: "vi" | "en") =>
      issues.map((i) => `${file}: ${i.path.join(".") || "(root)"}: ${i.message[l]} [${i.code}]`).join("\n");
    super(code, { vi: lines("vi"), en: lines("en") }, EXIT.inputProblems);
  }
  override get message(): string {
    return this.messages.en;
  }
}

type CommandFn = (
  values: Values,
  positionals: string[],
  env: CliEnvironment,
  locale: Locale,
  out: string[],
  err: string[],
) => number;

function rejectedNote(result: Evaluation, locale: Locale): string | undefined {
  const n = result.coverage.rejected.length;
  if (n === 0) return undefined;
  return locale === "vi"
    ? `${n} bản số liệu bị loại (lý do ở trên); đơn vị của chúng được tính là chưa báo cáo. Mã thoát 1.`
    : `${n} ${n === 1 ? "tally was" : "tallies were"} rejected (reasons above); their units count as not reporting. Exit code 1.`;
}

const COMMANDS: Readonly<Record<Command, CommandFn>> = {
  demo(values, _p, env, locale, out, err) {
    const asOf = asOfOption(values, env);
    const year = yearOption(values, 2025);
    const units = readJson(env.sampleFile("units.json")) as Parameters<typeof evaluate>[1]["units"];
    const tallies = readJson(env.sampleFile("tallies-2025.json")) as Parameters<
      typeof evaluate
    >[1]["tallies"];
    const asOfYear = Number(asOf.slice(0, 4));
    const deadlines = reportingCalendar(hungYen53, { from: asOfYear - 1, to: asOfYear, asOf });
    // The sample tallies were counted under Plan 53's reading (heads and deputies), and say so.
    const result = evaluate(hungYen53, { units, tallies, keyLeaders: "heads-and-deputies" }, { year, asOf });
    out.push(planSummary(hungYen53, { locale, asOf }));
    out.push(`\n${deadlinesText(deadlines, { locale })}`);
    out.push(`\n${"─".repeat(100)}\n`);
    out.push(evaluationText(result, { locale }));
    const note = rejectedNote(result, locale);
    if (note !== undefined) err.push(note);
    return note === undefined ? EXIT.ok : EXIT.inputProblems;
  },
  evaluate(values, _p, env, locale, out, err) {
    const planRef = required(values, "plan");
    const unitsFile = required(values, "units");
    const talliesFile = required(values, "tallies");
    const year = yearOption(values);
    const asOf = asOfOption(values, env);
    const plan = loadPlan(planRef);
    const units = readJson(unitsFile);
    const tallies = readJson(talliesFile);
    if (!Array.isArray(units))
      throw inputError(
        "cli.not-a-list",
        `${unitsFile}: cần một danh sách (mảng JSON) các đơn vị.`,
        `${unitsFile}: expected a list (a JSON array) of units.`,
      );
    if (!Array.isArray(tallies))
      throw inputError(
        "cli.not-a-list",
        `${talliesFile}: cần một danh sách (mảng JSON) số liệu.`,
        `${talliesFile}: expected a list (a JSON array) of tallies.`,
      );
    let result: Evaluation;
    try {
      result = evaluate(
        plan,
        {
          units: units as Parameters<typeof evaluate>[1]["units"],
          tallies: tallies as Parameters<typeof evaluate>[1]["tallies"],
          ...keyLeadersOption(values),
        },
        { year, asOf },
      );
    } catch (e) {
      // The units' issues are located in the units file.
      if (UnitValidationError.is(e)) throw new FileIssues(unitsFile, e.issues, "cli.units-invalid");
      throw e;
    }
    out.push(values["json"] === true ? JSON.stringify(result, null, 2) : evaluationText(result, { locale }));
    const note = rejectedNote(result, locale);
    if (note !== undefined) err.push(note);
    return note === undefined ? EXIT.ok : EXIT.inputProblems;
  },
  validate(_v, positionals, _env, locale, out, err) {
    const file = positionals[0];
    if (file === undefined || positionals.length > 1)
      throw usageError(
        "cli.missing-argument",
        "Cần đúng một tệp kế hoạch.",
        "Exactly one plan file is expected.",
      );
    const r = safeDefinePlan(readJson(file));
    if (r.success) {
      out.push(
        locale === "vi"
          ? `${file}: hợp lệ (${r.plan.document.number})`
          : `${file}: valid (${r.plan.document.number})`,
      );
      return EXIT.ok;
    }
    for (const issue of r.issues)
      err.push(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message[locale]} [${issue.code}]`);
    return EXIT.inputProblems;
  },
  schema(_v, _p, _env, _l, out) {
    out.push(JSON.stringify(planConfigJsonSchema(), null, 2));
    return EXIT.ok;
  },
};
