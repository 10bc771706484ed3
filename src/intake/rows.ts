/**
 * Reading the rows of a people export into person records: the header checked against the mapping, each row
 * turned into a {@link PersonRecord} or rejected with its line, column, value and a bilingual message. Pure: the
 * Node entry point reads the file and feeds the rows.
 *
 * @module
 */
import { InvalidInputError } from "../errors/errors.js";
import { fromZodIssues, makeIssue, type ValidationIssue } from "../i18n/issues.js";
import type { PersonRecord } from "../tally/records.js";
import { type ColumnMapping, ColumnMappingSchema, MAPPED_FIELDS, type MappedField } from "./mapping.js";
import { readBoolean, readPosition, readSex, type ValueMaps, valueMaps } from "./values.js";

/**
 * A row that was not counted: where it is (file, physical line, column), the value and why.
 *
 * @example
 * ```ts
 * const r: RejectedRow = { file: "people.csv", line: 7, column: "Giới tính", value: "?", issue: makeIssue("row.bad-value", [], {}) };
 * ```
 */
export interface RejectedRow {
  /** The file's name, as given. */
  readonly file: string;
  /** The physical line the row starts on (1 is the header; a quoted line break counts). */
  readonly line: number;
  /** The column's header, or `null` when the row as a whole is wrong. */
  readonly column: string | null;
  /** The value, or `null`. */
  readonly value: string | null;
  /** Why, with a code and a message in Vietnamese and English. */
  readonly issue: ValidationIssue;
}

/** What a reader makes of one row. */
export type RowOutcome = { readonly record: PersonRecord } | { readonly rejected: RejectedRow };

/**
 * A reader of rows for one file: built from its header, it turns each row into a record or a rejection.
 *
 * @example
 * ```ts
 * const reader = peopleRowReader(["Mã đơn vị", "Giới tính"], { columns: { unitId: "Mã đơn vị", sex: "Giới tính" } });
 * reader.read(["so-y-te", "Nữ"], 2); //=> { record: { unitId: "so-y-te", sex: "female" } }
 * ```
 */
export interface PeopleRowReader {
  /** One row's fields, and the physical line it starts on. */
  read(fields: readonly string[], line: number): RowOutcome;
}

/** Options of {@link peopleRowReader}. */
export interface PeopleRowReaderOptions {
  /** The file's name in messages. Default `"(input)"`. */
  readonly file?: string | undefined;
  /** When given, a row whose unit is not one of these ids is rejected (`row.unknown-unit`). */
  readonly unitIds?: ReadonlySet<string> | undefined;
}

// Printable ASCII is already in NFC: most cells of an export (ids, codes, numbers) skip the normalisation.
const ASCII = /^[\x20-\x7e]*$/;
const norm = (s: string) => (ASCII.test(s) ? s.trim() : s.normalize("NFC").trim());

/** A value reader remembering what it read: an export repeats a few words ("Nữ", "x", titles) a million times. */
function memo<T>(read: (raw: string) => T): (raw: string) => T {
  const seen = new Map<string, T>();
  return (raw) => {
    let v = seen.get(raw);
    if (v === undefined && !seen.has(raw)) {
      v = read(raw);
      if (seen.size < 10_000) seen.set(raw, v);
    }
    return v as T;
  };
}

/**
 * A checked column mapping: the mapping itself, or an InvalidInputError with its issues under `mapping`.
 *
 * @example
 * ```ts
 * readColumnMapping(JSON.parse(text)).columns.unitId; //=> "Mã đơn vị"
 * ```
 */
export function readColumnMapping(value: unknown): ColumnMapping {
  const r = ColumnMappingSchema.safeParse(value);
  if (!r.success)
    throw new InvalidInputError(
      fromZodIssues(r.error.issues).map((i) => ({ ...i, path: ["mapping", ...i.path] })),
    );
  return r.data;
}

/**
 * Builds the row reader of a file from its header row and a column mapping. Headers are compared after Unicode
 * NFC normalisation and trimming (which removes a byte-order mark too: U+FEFF is white space to `trim`).
 *
 * @throws InvalidInputError `csv.missing-column` for every mapped column the header lacks, `csv.duplicate-column`
 *   for a mapped header that appears twice; the mapping's own issues when it is not valid.
 */
export function peopleRowReader(
  header: readonly string[],
  mapping: ColumnMapping,
  options: PeopleRowReaderOptions = {},
): PeopleRowReader {
  const m = readColumnMapping(mapping);
  const file = options.file ?? "(input)";
  const headers = header.map(norm);
  const at = new Map<MappedField, number>();
  const issues: ValidationIssue[] = [];
  for (const field of MAPPED_FIELDS) {
    const name = m.columns[field];
    if (name === undefined) continue;
    const wanted = norm(name);
    const first = headers.indexOf(wanted);
    if (first < 0)
      issues.push(
        makeIssue("csv.missing-column", ["mapping", "columns", field], { column: wanted, field, file }),
      );
    else if (headers.indexOf(wanted, first + 1) >= 0)
      issues.push(makeIssue("csv.duplicate-column", ["mapping", "columns", field], { column: wanted, file }));
    else at.set(field, first);
  }
  if (issues.length > 0) throw new InvalidInputError(issues);
  const maps: ValueMaps = valueMaps(m.values);
  const sexOf = memo((raw) => readSex(raw, maps));
  const booleanOf = memo((raw) => readBoolean(raw, maps));
  const positionOf = memo((raw) => readPosition(raw, maps));
  const seen = new Set<string>();
  const width = headers.length;
  const index = (field: MappedField) => at.get(field) ?? -1;
  const [iUnit, iSex, iPosition, iPerson] = [
    index("unitId"),
    index("sex"),
    index("position"),
    index("personId"),
  ];
  const booleans = (["keyLeader", "inPlanningPool", "trained", "inWorkforce"] as const)
    .map((field) => [field, index(field)] as const)
    .filter(([, i]) => i >= 0);

  function reject(
    line: number,
    field: MappedField | null,
    value: string | null,
    code: Parameters<typeof makeIssue>[0],
    params: Record<string, string | number> = {},
  ): RowOutcome {
    const column = field === null ? null : (m.columns[field] ?? null);
    const path = [line, ...(column === null ? [] : [column])];
    const issue = makeIssue(code, path, { file, line, column: column ?? "", value: value ?? "", ...params });
    return { rejected: { file, line, column, value, issue } };
  }

  // Called once per row of a file of millions: no closure made per row, each mapped cell read once.
  return {
    read(fields, line) {
      if (fields.length !== width)
        return reject(line, null, null, "row.field-count", { expected: width, found: fields.length });
      const unitId = norm(fields[iUnit] as string);
      if (unitId === "") return reject(line, "unitId", unitId, "row.missing-value");
      if (options.unitIds !== undefined && !options.unitIds.has(unitId))
        return reject(line, "unitId", unitId, "row.unknown-unit");
      const sexRaw = norm(fields[iSex] as string);
      const sex = sexOf(sexRaw);
      if (sex === undefined) return reject(line, "sex", sexRaw, "row.bad-value", { expected: "Nữ/Nam, F/M" });
      const record: { -readonly [K in keyof PersonRecord]: PersonRecord[K] } = { unitId, sex };
      for (const [field, i] of booleans) {
        const raw = norm(fields[i] as string);
        const b = booleanOf(raw);
        if (b === undefined)
          return reject(line, field, raw, "row.bad-value", { expected: "Có/Không, x, 1/0" });
        if (b !== null) record[field] = b;
      }
      if (iPosition >= 0) {
        const p = positionOf(norm(fields[iPosition] as string));
        if (p !== null) record.position = p;
      }
      if (iPerson >= 0) {
        const personId = norm(fields[iPerson] as string);
        if (personId === "") return reject(line, "personId", personId, "row.missing-value");
        if (seen.has(personId)) return reject(line, "personId", personId, "row.duplicate-person");
        seen.add(personId);
      }
      return { record };
    },
  };
}
