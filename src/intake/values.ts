/**
 * Reading the values of a Vietnamese people export: sex (`Nữ/Nam/F/M`), yes/no (`Có/Không/x/1/0`) and titles
 * (`Phó Giám đốc` → deputy head), compared without case and diacritics where that is unambiguous, extendable by a
 * mapping's own words.
 *
 * @module
 */

/** A word without case, diacritics (đ → d) or surrounding and repeated spaces: how built-in words are compared. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const SEX: Readonly<Record<string, "female" | "male">> = {
  nu: "female",
  f: "female",
  female: "female",
  woman: "female",
  nam: "male",
  m: "male",
  male: "male",
  man: "male",
};

const BOOLEAN: Readonly<Record<string, boolean>> = {
  co: true,
  x: true,
  "1": true,
  true: true,
  yes: true,
  y: true,
  khong: false,
  "0": false,
  false: false,
  no: false,
  n: false,
};

// The key leaders of a unit are its head and deputies (Plan 53: lãnh đạo chủ chốt). "Trưởng phòng" (head of a
// division) is not the unit's head: such titles are `other` unless a mapping says otherwise.
const HEADS = ["giam doc", "chu tich", "thu truong", "head"];
const DEPUTIES = ["pho giam doc", "pho chu tich", "pho thu truong", "deputy-head", "deputy head"];

/** Word maps: the built-in ones with a mapping's words added (folded). */
export interface ValueMaps {
  readonly sex: ReadonlyMap<string, "female" | "male">;
  readonly boolean: ReadonlyMap<string, boolean>;
  readonly position: ReadonlyMap<string, "head" | "deputy-head" | "other">;
}

/** The maps for a mapping's `values`. */
export function valueMaps(values?: {
  readonly sex?: Readonly<Record<string, "female" | "male">> | undefined;
  readonly position?: Readonly<Record<string, "head" | "deputy-head" | "other">> | undefined;
  readonly boolean?: Readonly<Record<string, boolean>> | undefined;
}): ValueMaps {
  const extend = <T>(base: Readonly<Record<string, T>>, more: Readonly<Record<string, T>> | undefined) =>
    new Map<string, T>([
      ...Object.entries(base),
      ...Object.entries(more ?? {}).map(([k, v]) => [fold(k), v] as [string, T]),
    ]);
  const position = new Map<string, "head" | "deputy-head" | "other">([
    ...HEADS.map((h) => [h, "head"] as const),
    ...DEPUTIES.map((d) => [d, "deputy-head"] as const),
    ["other", "other"],
    ...Object.entries(values?.position ?? {}).map(([k, v]) => [fold(k), v] as const),
  ]);
  return { sex: extend(SEX, values?.sex), boolean: extend(BOOLEAN, values?.boolean), position };
}

/** A sex value, or `undefined` when it is not one. */
export function readSex(raw: string, maps: ValueMaps): "female" | "male" | undefined {
  return maps.sex.get(fold(raw));
}

/** A yes/no value; `null` for an empty cell (the field's default applies), `undefined` when it is not one. */
export function readBoolean(raw: string, maps: ValueMaps): boolean | null | undefined {
  const f = fold(raw);
  if (f === "") return null;
  return maps.boolean.get(f);
}

/**
 * A title as a position: a mapping's word, a built-in title (with what follows it: "Giám đốc Sở Y tế" is a head,
 * "Phó Chủ tịch UBND xã" a deputy), or `other`; `null` for an empty cell.
 */
export function readPosition(raw: string, maps: ValueMaps): "head" | "deputy-head" | "other" | null {
  const f = fold(raw);
  if (f === "") return null;
  const exact = maps.position.get(f);
  if (exact !== undefined) return exact;
  // A title followed by what it heads ("Giám đốc Sở Y tế", "Phó Giám đốc, phụ trách"): a word boundary after it.
  const starts = (t: string) => f === t || (f.startsWith(t) && /[^a-z0-9]/.test(f.charAt(t.length)));
  if (DEPUTIES.some(starts)) return "deputy-head";
  if (HEADS.some(starts)) return "head";
  return "other";
}
