#!/usr/bin/env node
/**
 * The command-line tool: the only place in the package with I/O and a clock.
 *
 *   vn-women-leadership demo [--lang vi|en] [--as-of YYYY-MM-DD]   summary of the bundled Plan 53 preset
 *   vn-women-leadership validate <plan.json> [--lang vi|en]         validate a plan configuration
 *   vn-women-leadership schema                                      print the JSON Schema of a configuration
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Locale } from "../i18n/locale.js";
import { safeDefinePlan } from "../plan/define.js";
import { planConfigJsonSchema } from "../plan/json-schema.js";
import { hungYen53 } from "../presets/index.js";
import { planSummary } from "../report/plan-summary.js";

const USAGE = `usage:
  vn-women-leadership demo [--lang vi|en] [--as-of YYYY-MM-DD]
  vn-women-leadership validate <plan.json> [--lang vi|en]
  vn-women-leadership schema`;

function vietnamToday(): string {
  // UTC+7, no daylight saving: shift the instant and read the UTC calendar date.
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string", default: "vi" },
      "as-of": { type: "string" },
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
      console.log(planSummary(hungYen53, { locale, asOf }));
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
