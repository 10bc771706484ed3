/**
 * The CSV door: a people export (a file or a stream) read with papaparse, row by row, into tallies under a
 * plan's readings. A byte-order mark, CRLF line ends, quoted fields with commas and line breaks, and text in NFD
 * are read; every row is counted or reported as rejected with its file, physical line, column, value and a
 * bilingual message: `read === counted + rejected.length`, always. Memory stays flat: rows are counted as read.
 *
 * @module
 */
import { createReadStream, statSync } from "node:fs";
import type { Readable } from "node:stream";
import Papa from "papaparse";
import { InvalidInputError } from "../errors/errors.js";
import { makeIssue } from "../i18n/issues.js";
import type { ColumnMapping } from "../intake/mapping.js";
import {
  type PeopleRowReader,
  peopleRowReader,
  type RejectedRow,
  readColumnMapping,
} from "../intake/rows.js";
import type { Unit } from "../organisation/unit.js";
import { requirePlan } from "../plan/guard.js";
import type { Plan } from "../plan/schema.js";
import type { UnitTallyInput } from "../tally/input.js";
import { type KeyLeaderDefinition, recordCounter } from "../tally/records.js";

/**
 * Options of {@link tallyPeopleCsv}.
 *
 * @example
 * ```ts
 * const o: PeopleCsvOptions = { plan: hungYen53, mapping: { columns: { unitId: "Mã đơn vị", sex: "Giới tính", position: "Chức vụ" } } };
 * ```
 */
export interface PeopleCsvOptions {
  /** The plan whose key-leader reading the counting uses (and that the tallies then state). */
  readonly plan: Plan;
  /** Which column holds which field, and the export's own words. */
  readonly mapping: ColumnMapping;
  /** When given, a row whose unit is not one of these is rejected (`row.unknown-unit`). */
  readonly units?: readonly Unit[] | undefined;
  /** The file's name in messages (default: the path, or `"(stream)"`). */
  readonly file?: string | undefined;
  /** Called every 100,000 rows with the rows read so far (a progress line). */
  readonly onProgress?: ((rows: number) => void) | undefined;
}

/**
 * What {@link tallyPeopleCsv} read: the tallies (one per unit), the reading they were counted under, and the
 * account of every row.
 *
 * @example
 * ```ts
 * const r: PeopleCsvResult = await tallyPeopleCsv("people.csv", options);
 * r.account.read === r.account.counted + r.account.rejected.length; //=> true
 * ```
 */
export interface PeopleCsvResult {
  /** One tally per unit with at least one counted row, sorted by unit id. */
  readonly tallies: readonly UnitTallyInput[];
  /** The key-leader reading the rows were counted under (the plan's): pass it to `evaluate`. */
  readonly keyLeaders: KeyLeaderDefinition;
  /** Rows read (after the header), counted, and rejected with their reasons. */
  readonly account: {
    readonly read: number;
    readonly counted: number;
    readonly rejected: readonly RejectedRow[];
  };
}

/**
 * Counts a people CSV export into tallies under a plan's readings: streams the file (or a readable stream),
 * checks the header against the mapping, reads each row's values (Vietnamese words, case- and
 * diacritic-tolerant: `Nữ/Nam/F/M`, `Có/Không/x/1/0`, titles such as `Phó Giám đốc`), and counts or rejects each
 * row. Rows are counted as they are read, so memory does not grow with the file.
 *
 * @param source - a file path, or a readable stream of the file's bytes (UTF-8).
 * @param options - the plan, the mapping, optionally the units (to refuse unknown unit ids) and a progress callback.
 * @returns the tallies, the reading, and the account of every row.
 * @throws InvalidInputError when the file is empty, lacks a mapped column, has a mapped column twice, or the
 *   mapping or plan is not valid; errors of the file system (not found, a directory) as Node gives them.
 *
 * @example
 * ```ts
 * const r = await tallyPeopleCsv("nhan-su-2025.csv", { plan: hungYen53, mapping, units });
 * const e = evaluate(hungYen53, { units, tallies: r.tallies, keyLeaders: r.keyLeaders }, { year: 2025, asOf: "2026-01-15" });
 * ```
 */
export async function tallyPeopleCsv(
  source: string | Readable,
  options: PeopleCsvOptions,
): Promise<PeopleCsvResult> {
  const plan = requirePlan(options.plan, ["options", "plan"]);
  const mapping = readColumnMapping(options.mapping);
  const file = options.file ?? (typeof source === "string" ? source : "(stream)");
  const unitIds =
    options.units === undefined ? undefined : new Set(options.units.map((u) => u.id.normalize("NFC")));
  const stream = typeof source === "string" ? openFile(source) : source;
  stream.setEncoding?.("utf8");

  let reader: PeopleRowReader | undefined;
  let line = 1; // the physical line the next row starts on
  let read = 0;
  const rejected: RejectedRow[] = [];
  // Counted as read, by the same rule as tallyRecords: memory holds one set of counts per unit.
  const counter = recordCounter({ plan });
  let failure: unknown;

  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(stream as unknown as File, {
      header: false,
      delimiter: mapping.delimiter ?? ",",
      skipEmptyLines: false,
      step: (result, parser) => {
        try {
          const fields = result.data;
          const start = line;
          // A quoted line break inside a field is a line of the file: count it, so line numbers are the editor's.
          let breaks = 0;
          for (const f of fields) for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) breaks++;
          line += 1 + breaks;
          if (reader === undefined) {
            // (a byte-order mark before the first header goes with the trimming of every header)
            reader = peopleRowReader(fields, mapping, { file, unitIds });
            return;
          }
          // A trailing empty line (the file ends with a line break) is not a row.
          if (fields.length === 1 && fields[0] === "") return;
          read++;
          for (const e of result.errors) {
            if (e.type === "Quotes") {
              rejected.push({
                file,
                line: start,
                column: null,
                value: null,
                issue: makeIssue("csv.malformed", [start], { file, line: start, problem: e.message }),
              });
              return;
            }
          }
          const outcome = reader.read(fields, start);
          if ("rejected" in outcome) rejected.push(outcome.rejected);
          else counter.add(outcome.record);
          if (options.onProgress !== undefined && read % 100_000 === 0) options.onProgress(read);
        } catch (e) {
          failure = e;
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  if (failure !== undefined) throw failure;
  if (reader === undefined) throw new InvalidInputError([makeIssue("csv.empty", [], { file })]);
  const counted = counter.finish();
  return {
    tallies: counted.tallies,
    keyLeaders: counted.keyLeaders,
    account: { read, counted: counted.account.counted, rejected },
  };
}

function openFile(path: string): Readable {
  // Fail before streaming, with Node's own error (ENOENT, EISDIR), which the CLI words for the user.
  const s = statSync(path);
  if (s.isDirectory()) {
    const e = new Error(`EISDIR: illegal operation on a directory, read '${path}'`) as NodeJS.ErrnoException;
    e.code = "EISDIR";
    throw e;
  }
  return createReadStream(path);
}
