// tallyPeopleCsv on files and streams: the header (a byte-order mark stripped from the first cell only), the
// delimiter, line numbers as an editor shows them (a quoted line break is a line), the trailing empty line,
// malformed quotes, progress, the file's name in messages, bytes split inside a character, and its refusals.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { adaptPlan } from "../../src/index.js";
import { tallyPeopleCsv } from "../../src/node/index.js";
import { hungYen53 } from "../../src/presets/index.js";

const mapping = { columns: { unitId: "unit", sex: "sex", position: "position" } };
const stream = (text: string | Buffer[]) => Readable.from(typeof text === "string" ? [text] : text);
const run = (text: string | Buffer[], options: Partial<Parameters<typeof tallyPeopleCsv>[1]> = {}) =>
  tallyPeopleCsv(stream(text), { plan: hungYen53, mapping, ...options });

describe("tallyPeopleCsv", () => {
  it("counts the rows of a file, with a byte-order mark before the header", async () => {
    const r = await run(
      "\uFEFFunit,sex,position\nxa-a,Nữ,Chủ tịch\nxa-a,Nam,Phó Chủ tịch\nxa-b,Nữ,Chuyên viên\n",
    );
    expect(r.account).toEqual({ read: 3, counted: 3, rejected: [] });
    expect(r.keyLeaders).toBe("heads-and-deputies");
    expect(r.tallies.map((t) => [t.unitId, t.keyLeaders])).toEqual([
      ["xa-a", { women: 1, total: 2 }],
      ["xa-b", { women: 0, total: 0 }],
    ]);
    // (Headers are trimmed, and trim removes U+FEFF too: a mark in any header cell is no part of its name.)
    expect((await run("unit,\uFEFFsex,position\nxa-a,Nữ,x\n")).account.counted).toBe(1);
  });

  it("counts under the plan's reading of key leaders", async () => {
    const headsOnly = adaptPlan(hungYen53, { settings: { keyLeaders: "heads-only" } });
    const r = await run("unit,sex,position\nxa-a,Nữ,Phó Chủ tịch\n", { plan: headsOnly });
    expect(r.keyLeaders).toBe("heads-only");
    expect(r.tallies[0]?.keyLeaders).toEqual({ women: 0, total: 0 });
  });

  it("reads the mapping's delimiter, and a comma by default", async () => {
    const r = await run("unit;sex;position\nxa-a;Nữ;Chủ tịch\n", { mapping: { ...mapping, delimiter: ";" } });
    expect(r.account.counted).toBe(1);
    await expect(run("unit;sex;position\nxa-a;Nữ;x\n")).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ code: "csv.missing-column" })]),
    });
  });

  it("numbers lines as the file does: a quoted line break is a line, a trailing empty line is no row", async () => {
    const r = await run(
      'unit,sex,position\nxa-a,Nữ,"Chủ tịch\nkiêm Bí thư"\nxa-a,?,x\n\nxa-b,Nam,"a\nb\nc"\nxa-b,X,y\n',
    );
    expect(r.account.read).toBe(4);
    expect(r.account.rejected.map((x) => [x.line, x.issue.code])).toEqual([
      [4, "row.bad-value"],
      [9, "row.bad-value"],
    ]);
  });

  it("rejects a row of one field and a row whose first cell is empty; skips only a line with nothing on it", async () => {
    const r = await run('unit,sex,position\nxa-a\n,Nữ,x\n\nxa-a,Nữ,"\nChủ tịch"\nxa-b,?,x\n');
    expect(r.account.rejected.map((x) => [x.line, x.issue.code])).toEqual([
      [2, "row.field-count"],
      [3, "row.missing-value"],
      [7, "row.bad-value"],
    ]);
    expect(r.account).toMatchObject({ read: 4, counted: 1 });
  });

  it("rejects a row with unbalanced quotes at its line, and goes on", async () => {
    const r = await run('unit,sex,position\nxa-a,Nữ,x\nxa-b,"Nữ,x\n');
    expect(
      r.account.rejected.map((x) => [x.line, x.column, x.issue.code, x.issue.path, x.issue.params["file"]]),
    ).toEqual([[3, null, "csv.malformed", [3], "(stream)"]]);
    expect(r.account.counted).toBe(1);
  });

  it("rejects a unit not in the list of units, comparing ids in NFC", async () => {
    const units = [
      { id: "Đông".normalize("NFD"), kind: "local-government" as const, tier: "commune" as const },
    ];
    const r = await run("unit,sex,position\nĐông,Nữ,x\nTây,Nữ,x\n", { units, file: "people.csv" });
    expect(r.account.counted).toBe(1);
    expect(r.account.rejected.map((x) => [x.file, x.line, x.issue.code])).toEqual([
      ["people.csv", 3, "row.unknown-unit"],
    ]);
  });

  it("reads characters whose bytes arrive in two chunks", async () => {
    const bytes = Buffer.from("unit,sex,position\nxa-ân,Nữ,Chủ tịch\n", "utf8");
    const cut = bytes.indexOf(Buffer.from("ữ", "utf8")) + 1;
    const r = await run([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(r.account.rejected).toEqual([]);
    expect(r.tallies[0]?.unitId).toBe("xa-ân");
  });

  it("tells of progress every 100,000 rows", async () => {
    const rows = Array.from({ length: 200_001 }, (_, i) => `u${i % 7},F,x`).join("\n");
    const seen: number[] = [];
    const r = await run(`unit,sex,position\n${rows}\n`, { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100_000, 200_000]);
    expect(r.account.read).toBe(200_001);
    // Without a progress callback nothing is called at the 100,000th row.
    expect((await run(`unit,sex,position\n${rows}\n`)).account.read).toBe(200_001);
  });

  it("names a file by its path, and refuses an empty one, a directory, a missing one and a bad plan", async () => {
    const dir = mkdtempSync(join(tmpdir(), "people-csv-"));
    const path = join(dir, "people.csv");
    writeFileSync(path, "unit,sex,position\nxa-a,?,x\n");
    const r = await tallyPeopleCsv(path, { plan: hungYen53, mapping });
    expect(r.account.rejected[0]?.file).toBe(path);
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    await expect(tallyPeopleCsv(empty, { plan: hungYen53, mapping })).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: "csv.empty", path: [], params: { file: empty } })],
    });
    await expect(tallyPeopleCsv(dir, { plan: hungYen53, mapping })).rejects.toMatchObject({ code: "EISDIR" });
    await expect(tallyPeopleCsv(join(dir, "none.csv"), { plan: hungYen53, mapping })).rejects.toMatchObject({
      code: "ENOENT",
    });
    await expect(tallyPeopleCsv(stream("x"), { plan: null as never, mapping })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["options", "plan"] })],
    });
  });

  it("passes on an error of the stream", async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error("disk gone"));
      },
    });
    await expect(tallyPeopleCsv(failing, { plan: hungYen53, mapping })).rejects.toThrow("disk gone");
  });
});
