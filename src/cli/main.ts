#!/usr/bin/env node
/**
 * The command-line tool: the only place in the package with I/O and a clock.
 *
 *   vn-women-leadership demo [--lang vi|en] [--as-of YYYY-MM-DD] [--year N]
 *       the Plan 53 preset summarised, then the bundled sample province evaluated against it
 *   vn-women-leadership evaluate --units units.json --tallies tallies.json --year N [--plan plan.json] [--json]
 *   vn-women-leadership validate <plan.json> [--lang vi|en]
 *   vn-women-leadership schema
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { vietnamDate } from "../calendar/instant.js";
import { reportingCalendar } from "../deadlines/reporting.js";
import { evaluate } from "../evaluation/evaluate.js";
import type { Locale } from "../i18n/locale.js";
import { safeDefinePlan } from "../plan/define.js";
import { planConfigJsonSchema } from "../plan/json-schema.js";
import type { Plan } from "../plan/schema.js";
import { hungYen53 } from "../presets/index.js";
import { deadlinesText } from "../report/deadlines-text.js";
import { evaluationText } from "../report/evaluation-text.js";
import { planSummary } from "../report/plan-summary.js";

const USAGE = `usage:
  vn-women-leadership demo [--lang vi|en] [--as-of YYYY-MM-DD] [--year N]
  vn-women-leadership evaluate --units units.json --tallies tallies.json --year N [--plan plan.json] [--as-of YYYY-MM-DD] [--json] [--lang vi|en]
  vn-women-leadership validate <plan.json> [--lang vi|en]
  vn-women-leadership schema`;

function vietnamToday(): string {
  // The CLI is the one place that reads the clock; the library converts the instant to Vietnam's date.
  return vietnamDate(new Date());
}

/** The bundled sample data: beside dist/ in the package, two levels up from src/cli/ in the repository. */
function sampleFile(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, "..", "data", "sample", name),
    join(here, "..", "..", "data", "sample", name),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (found === undefined) throw new Error(`sample data ${name} not found beside ${here}`);
  return found;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function loadPlan(file: string | undefined, locale: Locale): Plan | undefined {
  if (file === undefined) return hungYen53;
  const r = safeDefinePlan(readJson(file));
  if (r.success) return r.plan;
  for (const issue of r.issues)
    console.error(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message[locale]} [${issue.code}]`);
  return undefined;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string", default: "vi" },
      "as-of": { type: "string" },
      year: { type: "string" },
      plan: { type: "string" },
      units: { type: "string" },
      tallies: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  const lang = values.lang;
  if (lang !== "vi" && lang !== "en") {
    console.error(`--lang must be vi or en, got ${lang}`);
    return 2;
  }
  const locale: Locale = lang;
  const [command, ...rest] = positionals;
  if (values.help === true || command === undefined) {
    console.log(USAGE);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  switch (command) {
    case "demo": {
      const asOf = values["as-of"] ?? vietnamToday();
      const year = Number(values.year ?? 2025);
      console.log(planSummary(hungYen53, { locale, asOf }));
      const asOfYear = Number(asOf.slice(0, 4));
      const deadlines = reportingCalendar(hungYen53, { from: asOfYear - 1, to: asOfYear, asOf });
      console.log(`\n${deadlinesText(deadlines, { locale })}`);
      console.log(`\n${"─".repeat(100)}\n`);
      const units = readJson(sampleFile("units.json")) as Parameters<typeof evaluate>[1]["units"];
      const tallies = readJson(sampleFile("tallies-2025.json")) as Parameters<typeof evaluate>[1]["tallies"];
      console.log(evaluationText(evaluate(hungYen53, { units, tallies }, { year, asOf }), { locale }));
      return 0;
    }
    case "evaluate": {
      if (values.units === undefined || values.tallies === undefined || values.year === undefined) {
        console.error(USAGE);
        return 2;
      }
      const plan = loadPlan(values.plan, locale);
      if (plan === undefined) return 1;
      const units = readJson(values.units) as Parameters<typeof evaluate>[1]["units"];
      const tallies = readJson(values.tallies) as Parameters<typeof evaluate>[1]["tallies"];
      const result = evaluate(
        plan,
        { units, tallies },
        { year: Number(values.year), asOf: values["as-of"] ?? vietnamToday() },
      );
      console.log(
        values.json === true ? JSON.stringify(result, null, 2) : evaluationText(result, { locale }),
      );
      return 0;
    }
    case "validate": {
      const file = rest[0];
      if (file === undefined) {
        console.error(USAGE);
        return 2;
      }
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(file, "utf8"));
      } catch (e) {
        console.error(`${file}: ${(e as Error).message}`);
        return 1;
      }
      const r = safeDefinePlan(input);
      if (r.success) {
        console.log(
          locale === "vi"
            ? `${file}: hợp lệ (${r.plan.document.number})`
            : `${file}: valid (${r.plan.document.number})`,
        );
        return 0;
      }
      for (const issue of r.issues) {
        console.error(
          `${file}: ${issue.path.join(".") || "(root)"}: ${issue.message[locale]} [${issue.code}]`,
        );
      }
      return 1;
    }
    case "schema":
      console.log(JSON.stringify(planConfigJsonSchema(), null, 2));
      return 0;
    default:
      console.error(`unknown command: ${command}\n${USAGE}`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
