// How a row of an HR export becomes a person record: the words each column may hold (built in and a mapping's
// own), titles read by their first words, the header checks, and every rejection of a row with its code, path
// (line and column as the file names it) and parameters.
import { describe, expect, it } from "vitest";
import { peopleRowReader, readColumnMapping } from "../../src/intake/rows.js";
import { fold, readBoolean, readPosition, readSex, valueMaps } from "../../src/intake/values.js";
import { refusal } from "../helpers/issues.js";

const maps = valueMaps();

describe("the words of a column", () => {
  it("compares words without case, diacritics or extra spaces", () => {
    expect(fold("  Nữ  ")).toBe("nu");
    expect(fold("ĐÀO\t\ttạo  lại")).toBe("dao tao lai");
    expect(fold("Phó Giám đốc".normalize("NFD"))).toBe("pho giam doc");
    expect(fold("KHÔNG")).toBe("khong");
  });

  it("reads sex in Vietnamese and English, and nothing else", () => {
    const read = (raw: string) => readSex(raw, maps);
    for (const w of ["Nữ", "nu", "F", "female", "Woman"]) expect(read(w), w).toBe("female");
    for (const w of ["Nam", "M", "male", "MAN"]) expect(read(w), w).toBe("male");
    for (const w of ["", "x", "nữ giới", "femme"]) expect(read(w), w).toBeUndefined();
    const mine = valueMaps({ sex: { "Nữ giới": "female", "Nam giới": "male" } });
    expect(readSex("nu gioi", mine)).toBe("female");
    expect(readSex("NAM GIỚI", mine)).toBe("male");
    expect(readSex("Nữ", mine)).toBe("female");
  });

  it("reads yes and no, an empty cell as no value, and anything else as not a yes/no", () => {
    const read = (raw: string) => readBoolean(raw, maps);
    for (const w of ["Có", "co", "x", "X", "1", "true", "Yes", "y"]) expect(read(w), w).toBe(true);
    for (const w of ["Không", "khong", "0", "false", "No", "n"]) expect(read(w), w).toBe(false);
    expect(read("")).toBeNull();
    expect(read("   ")).toBeNull();
    for (const w of ["2", "có thể", "-"]) expect(read(w), w).toBeUndefined();
    const mine = valueMaps({ boolean: { "Đã đào tạo": true, Chưa: false } });
    expect(readBoolean("da dao tao", mine)).toBe(true);
    expect(readBoolean("chưa", mine)).toBe(false);
    expect(readBoolean("có", mine)).toBe(true);
  });

  it("reads a unit's head and deputies by title, followed by what they head; any other title is other", () => {
    const read = (raw: string) => readPosition(raw, maps);
    for (const w of ["Giám đốc", "Chủ tịch", "Thủ trưởng", "head", "Giám đốc Sở Y tế", "Chủ tịch, UBND xã"])
      expect(read(w), w).toBe("head");
    for (const w of [
      "Phó Giám đốc",
      "Phó Chủ tịch UBND",
      "Phó Thủ trưởng",
      "deputy-head",
      "Deputy head",
      "Phó Giám đốc, phụ trách",
    ])
      expect(read(w), w).toBe("deputy-head");
    for (const w of ["Trưởng phòng", "Chuyên viên", "other", "Giám đốcX", "giam doc2", "Phó"])
      expect(read(w), w).toBe("other");
    expect(read("")).toBeNull();
    const mine = valueMaps({ position: { "Trưởng phòng": "head", "Giám đốc": "other" } });
    expect(readPosition("truong phong", mine)).toBe("head");
    // A mapping's exact word wins over the built-in title.
    expect(readPosition("Giám đốc", mine)).toBe("other");
    expect(readPosition("Giám đốc Sở", mine)).toBe("head");
  });
});

describe("the header and the mapping", () => {
  const columns = {
    personId: "Mã CB",
    unitId: "Mã đơn vị",
    sex: "Giới tính",
    position: "Chức vụ",
    trained: "Đào tạo",
  };
  it("refuses a mapping that is not one, a missing column and a column named twice", () => {
    const CASES: [string, () => unknown][] = [
      ["a mapping that is not an object", () => readColumnMapping("x")],
      ["a mapping without the unit column", () => readColumnMapping({ columns: { sex: "s" } })],
      [
        "a mapping with an unknown field",
        () => readColumnMapping({ columns: { unitId: "u", sex: "s", age: "a" } }),
      ],
      ["a mapping with an empty header", () => readColumnMapping({ columns: { unitId: "", sex: "s" } })],
      [
        "a mapping with an unknown delimiter",
        () => readColumnMapping({ columns: { unitId: "u", sex: "s" }, delimiter: "|" }),
      ],
      [
        "a mapping with a word for an unknown sex",
        () => readColumnMapping({ columns: { unitId: "u", sex: "s" }, values: { sex: { x: "other" } } }),
      ],
      ["a header without two mapped columns", () => peopleRowReader(["Mã đơn vị", "Chức vụ"], { columns })],
      [
        "a header naming a mapped column twice",
        () =>
          peopleRowReader(
            ["Mã CB", "Mã đơn vị", "Giới tính", "Giới tính", "Chức vụ", "Đào tạo"],
            { columns },
            { file: "a.csv" },
          ),
      ],
      [
        "a header with spaces and another normal form",
        () =>
          peopleRowReader([" Mã CB ", "Mã đơn vị".normalize("NFD"), "Giới tính", "Chức vụ", "Đào tạo"], {
            columns,
          }),
      ],
    ];
    expect(Object.fromEntries(CASES.map(([name, f]) => [name, refusal(f)]))).toMatchSnapshot();
  });
});

describe("a row", () => {
  const columns = {
    personId: "id",
    unitId: "unit",
    sex: "sex",
    position: "position",
    keyLeader: "kl",
    inPlanningPool: "pool",
    trained: "trained",
    inWorkforce: "wf",
  };
  const header = ["id", "unit", "sex", "position", "kl", "pool", "trained", "wf", "note"];
  const reader = () =>
    peopleRowReader(header, { columns }, { file: "people.csv", unitIds: new Set(["xa-a", "Đông"]) });

  it("becomes a record with what its cells say, and only that", () => {
    const r = reader();
    expect(r.read(["1", " xa-a ", "Nữ", "Phó Chủ tịch", "", "x", "Có", "0", "anything"], 2)).toEqual({
      record: {
        unitId: "xa-a",
        sex: "female",
        position: "deputy-head",
        inPlanningPool: true,
        trained: true,
        inWorkforce: false,
      },
    });
    expect(r.read(["2", "Đông".normalize("NFD"), "Nam", "", "1", "", "", "", ""], 3)).toEqual({
      record: { unitId: "Đông", sex: "male", keyLeader: true },
    });
    // A unit's own words are read the same each time (a remembered reading must be the same reading).
    for (let line = 4; line < 8; line++)
      expect(r.read([`p${line}`, "xa-a", "Nữ", "Giám đốc", "", "", "", "", ""], line)).toEqual({
        record: { unitId: "xa-a", sex: "female", position: "head" },
      });
  });

  it("is rejected with its line and the column as the file names it", () => {
    const r = reader();
    const rows: [string, string[]][] = [
      ["too few fields", ["1", "xa-a"]],
      ["too many fields", [...header, "extra"]],
      ["no unit", ["1", "  ", "Nữ", "", "", "", "", "", ""]],
      ["a unit no one knows", ["1", "xa-z", "Nữ", "", "", "", "", "", ""]],
      ["a sex no one knows", ["1", "xa-a", "?", "", "", "", "", "", ""]],
      ["a yes/no no one knows", ["1", "xa-a", "Nữ", "", "", "có lẽ", "", "", ""]],
      ["no person id", ["", "xa-a", "Nữ", "", "", "", "", "", ""]],
      ["a person read before", ["9", "xa-a", "Nữ", "", "", "", "", "", ""]],
      ["the same person again", ["9", "xa-a", "Nữ", "", "", "", "", "", ""]],
    ];
    const outcomes = Object.fromEntries(
      rows.map(([name, fields], i) => {
        const o = r.read(fields, 10 + i);
        return [
          name,
          "rejected" in o && o.rejected !== undefined
            ? {
                ...o.rejected,
                issue: {
                  code: o.rejected.issue.code,
                  path: o.rejected.issue.path,
                  params: o.rejected.issue.params,
                },
              }
            : o,
        ];
      }),
    );
    expect(outcomes).toMatchSnapshot();
    expect(outcomes["a person read before"]).toHaveProperty("record");
  });

  it("names the input '(input)' when no file is given, and accepts any unit when no list is given", () => {
    const r = peopleRowReader(["unit", "sex"], { columns: { unitId: "unit", sex: "sex" } });
    expect(r.read(["anywhere", "F"], 2)).toEqual({ record: { unitId: "anywhere", sex: "female" } });
    const bad = r.read(["anywhere", "?"], 3);
    expect("rejected" in bad && bad.rejected?.file).toBe("(input)");
    expect("rejected" in bad && bad.rejected?.issue.path).toEqual([3, "sex"]);
  });
});
