/**
 * Reading the command line's options and the files they name, each failure a {@link CliError} in both languages.
 *
 * @module
 * @internal
 */
import { parseArgs } from "node:util";
import { isCalendarDate } from "../calendar/calendar-date.js";
import { VnWomenLeadershipError } from "../errors/errors.js";
import { fromZodIssues } from "../i18n/issues.js";
import type { Bilingual, Locale } from "../i18n/locale.js";
import { type ColumnMapping, ColumnMappingSchema } from "../intake/mapping.js";
import { safeDefinePlan } from "../plan/define.js";
import type { Plan } from "../plan/schema.js";
import { hungYen53, national2282 } from "../presets/index.js";
import { CliError, EXIT, inputError, usageError } from "./errors.js";
import { readJson } from "./files.js";
import type { Command } from "./help.js";

export type Values = Record<string, string | boolean | string[] | undefined>;

const s = { type: "string" } as const;
const b = { type: "boolean" } as const;
const many = { type: "string", multiple: true } as const;

export const OPTIONS = {
  report: {
    plan: s,
    units: s,
    people: s,
    mapping: s,
    tallies: s,
    "key-leaders": s,
    year: s,
    "as-of": s,
    previous: s,
    submissions: s,
    format: many,
    out: s,
    "allow-rejects": b,
    lang: s,
  },
  tally: { plan: s, people: s, mapping: s, units: s, out: s, "allow-rejects": b, lang: s },
  validate: { plan: s, mapping: s, units: s, tallies: s, people: s, lang: s },
  deadlines: { plan: s, "as-of": s, year: s, submissions: s, json: b, lang: s },
  init: { id: s, name: s, "name-en": s, document: s, from: s, out: s, lang: s },
  schema: { lang: s },
  demo: { "as-of": s, year: s, out: s, lang: s },
  evaluate: { plan: s, units: s, tallies: s, year: s, "as-of": s, "key-leaders": s, json: b, lang: s },
} as const satisfies Record<Command, object>;

export const PRESETS: Readonly<Record<string, Plan>> = {
  "hung-yen-53": hungYen53,
  [hungYen53.id]: hungYen53,
  "national-2282": national2282,
  [national2282.id]: national2282,
};

export function parse(command: Command, args: string[]): { values: Values; positionals: string[] } {
  try {
    const r = parseArgs({
      args,
      options: OPTIONS[command],
      allowPositionals: command === "validate" || command === "schema",
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

export function langOption(values: Values): Locale {
  const lang = values["lang"];
  if (lang === undefined || lang === "vi" || lang === "en") return lang ?? "vi";
  throw usageError(
    "cli.bad-lang",
    `--lang phải là vi hoặc en, không phải "${lang}".`,
    `--lang must be vi or en, not "${lang}".`,
  );
}

export function yearOption(values: Values, fallback?: number): number {
  const raw = values["year"];
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw usageError("cli.missing-option", "Thiếu --year.", "--year is required.");
  }
  if (typeof raw !== "string" || !/^[0-9]{4}$/.test(raw))
    throw usageError(
      "cli.bad-year",
      `--year phải là năm có 4 chữ số, không phải "${String(raw)}".`,
      `--year must be a four-digit year, not "${String(raw)}".`,
    );
  return Number(raw);
}

export function asOfOption(values: Values, today: () => string): string {
  const raw = values["as-of"];
  if (raw === undefined) return today();
  if (!isCalendarDate(raw))
    throw usageError(
      "cli.bad-date",
      `--as-of phải là một ngày có thật, dạng YYYY-MM-DD, không phải "${String(raw)}".`,
      `--as-of must be a day that exists, as YYYY-MM-DD, not "${String(raw)}".`,
    );
  return raw;
}

export function keyLeadersOption(values: Values): "heads-only" | "heads-and-deputies" | undefined {
  const v = values["key-leaders"];
  if (v === undefined) return undefined;
  if (v === "heads-only" || v === "heads-and-deputies") return v;
  throw usageError(
    "cli.bad-key-leaders",
    `--key-leaders phải là heads-only hoặc heads-and-deputies, không phải "${String(v)}".`,
    `--key-leaders must be heads-only or heads-and-deputies, not "${String(v)}".`,
  );
}

export function required(values: Values, name: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "")
    throw usageError("cli.missing-option", `Thiếu --${name}.`, `--${name} is required.`);
  return v;
}

export const optional = (values: Values, name: string): string | undefined => {
  const v = values[name];
  return typeof v === "string" && v !== "" ? v : undefined;
};

type Issue = {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: Bilingual;
};

/** One line per issue: `file: path: message [code]` (without `file: ` when it is not known). */
export function issueLines(issues: readonly Issue[], locale: Locale, file?: string): string[] {
  const at = file === undefined ? "" : `${file}: `;
  return issues.map((i) => `${at}${i.path.join(".") || "(root)"}: ${i.message[locale]} [${i.code}]`);
}

/** A list of issues located in a file: one line each, with the file's name and the path. */
export class FileIssues extends CliError {
  constructor(file: string, issues: readonly Issue[], code = "cli.plan-invalid") {
    const lines = (l: Locale) => issueLines(issues, l, file).join("\n");
    super(code, { vi: lines("vi"), en: lines("en") }, EXIT.inputProblems);
  }
}

/**
 * What a failure of the user's input says, line by line (a file's issues carry their own codes); `undefined` for
 * any other failure (a bug).
 */
export function failureLines(e: unknown, locale: Locale, file?: string): string[] | undefined {
  if (e instanceof FileIssues) return [e.messages[locale]];
  if (e instanceof CliError) return [`${e.messages[locale]} [${e.code}]`];
  if (VnWomenLeadershipError.is(e)) return issueLines(e.issues, locale, file);
  return undefined;
}

export function loadPlan(ref: string): Plan {
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

export function readList(file: string, what: { vi: string; en: string }): unknown[] {
  const value = readJson(file);
  if (!Array.isArray(value))
    throw inputError(
      "cli.not-a-list",
      `${file}: cần một danh sách (mảng JSON) ${what.vi}.`,
      `${file}: expected a list (a JSON array) of ${what.en}.`,
    );
  return value;
}

export function readMapping(file: string): ColumnMapping {
  const r = ColumnMappingSchema.safeParse(readJson(file));
  if (!r.success) throw new FileIssues(file, fromZodIssues(r.error.issues), "cli.mapping-invalid");
  return r.data;
}

export const FORMATS = ["md", "html", "svg", "csv", "opensdg", "json"] as const;
export type Format = (typeof FORMATS)[number];

export function formatsOption(values: Values): Format[] {
  const raw = values["format"];
  const list = raw === undefined ? ["md"] : Array.isArray(raw) ? raw : [String(raw)];
  return list.map((f) => {
    if ((FORMATS as readonly string[]).includes(f)) return f as Format;
    throw usageError(
      "cli.bad-format",
      `--format phải là một trong ${FORMATS.join(", ")}, không phải "${f}".`,
      `--format must be one of ${FORMATS.join(", ")}, not "${f}".`,
    );
  });
}
