// The message catalogue read message by message: which parameters each message uses, the text around each of
// them, and every branch a message takes on its parameters. test/i18n.test.ts pins the messages with a few fixed
// parameters; this file pins the rest, so that a dropped word, a wrong branch or a lost parameter is a diff.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { KINDS } from "../../src/i18n/catalogue/builder.js";
import { addZodIssue, fromZodIssues, makeIssue } from "../../src/i18n/issues.js";
import { type IssueCode, isIssueCode, issueCodes, messageFor } from "../../src/i18n/messages.js";

/** Parameters that answer every key with a value made from the key, and record the keys read. */
function recording(value: (key: string) => unknown): { params: Record<string, never>; read: Set<string> } {
  const read = new Set<string>();
  const params = new Proxy(
    {},
    {
      get(_, key) {
        if (typeof key !== "string") return undefined;
        read.add(key);
        return value(key);
      },
    },
  ) as Record<string, never>;
  return { params, read };
}

const twelve = (key: string) => Array.from({ length: 12 }, (_, i) => `${key}${i + 1}`);

describe("every message of the catalogue", () => {
  it("names each parameter it reads at its place in the text, in both languages", () => {
    const all: Record<string, { params: string[]; vi: string; en: string }> = {};
    for (const code of issueCodes()) {
      const { params, read } = recording((key) => `‹${key}›`);
      const m = messageFor(code, params);
      all[code] = { params: [...read].sort(), vi: m.vi, en: m.en };
      // Every parameter read shows in the text (a message never reads a value it then drops).
      for (const key of read) {
        if (["counted", "setting"].includes(key)) continue; // read only to choose a wording
        expect(`${m.vi}\n${m.en}`, `${code} ${key}`).toContain(`‹${key}›`);
      }
    }
    expect(all).toMatchSnapshot();
  });

  it("writes a list of values as a list, and cuts a long one after its first items", () => {
    const lists: Record<string, { vi: string; en: string }> = {};
    for (const code of issueCodes()) {
      const { params } = recording(twelve);
      const m = messageFor(code, params);
      // Only the messages whose text depends on a list's length or order are kept.
      if (/\(\+\d+\)| → /.test(m.en)) lists[code] = m;
    }
    expect(Object.keys(lists).sort()).toEqual([
      "unit.cycle",
      "warning.central-outside-plan",
      "warning.lapsed-tier",
      "warning.tallies-rejected",
      "warning.units-missing",
      "warning.units-out-of-scope",
    ]);
    expect(lists).toMatchSnapshot();
  });
});

describe("the branches of a message", () => {
  const en = (code: IssueCode, params: Record<string, unknown>) => messageFor(code, params as never).en;
  const vi = (code: IssueCode, params: Record<string, unknown>) => messageFor(code, params as never).vi;

  it("a year before the plan has no target; a year after it has the last milestone's", () => {
    const early = { year: 2019, start: 2021, end: 2030 };
    expect(en("warning.year-outside-period", early)).toBe(
      "The year 2019 lies outside the plan's period 2021–2030: no target applies.",
    );
    expect(vi("warning.year-outside-period", early)).toBe(
      "Năm 2019 nằm ngoài giai đoạn 2021–2030 của kế hoạch: chưa có chỉ tiêu.",
    );
    const late = { year: 2031, start: 2021, end: 2030 };
    expect(en("warning.year-outside-period", late)).toBe(
      "The year 2031 lies outside the plan's period 2021–2030: the last milestone's target applies.",
    );
    expect(vi("warning.year-outside-period", late)).toBe(
      "Năm 2031 nằm ngoài giai đoạn 2021–2030 của kế hoạch: áp dụng chỉ tiêu của mốc cuối.",
    );
    // The start year itself is not before the period; years given as text are never compared.
    expect(en("warning.year-outside-period", { year: 2021, start: 2021, end: 2020 })).toContain(
      "the last milestone's",
    );
    expect(en("warning.year-outside-period", { year: "2019", start: 2021, end: 2030 })).toContain(
      "the last milestone's",
    );
    expect(en("warning.year-outside-period", { year: 2019, start: "2021", end: 2030 })).toContain(
      "the last milestone's",
    );
  });

  it("a lapsed tier is either still counted or counted nowhere", () => {
    const p = { count: 2, tier: "district", date: "2025-07-01", ids: ["a", "b"] };
    expect(en("warning.lapsed-tier", { ...p, counted: true })).toContain(
      "still counted (setting lapsedTiers)",
    );
    expect(vi("warning.lapsed-tier", { ...p, counted: true })).toContain(
      "vẫn được tính theo thiết lập lapsedTiers",
    );
    expect(en("warning.lapsed-tier", { ...p, counted: false })).toContain(
      "counted nowhere, their tallies rejected",
    );
    expect(vi("warning.lapsed-tier", { ...p, counted: "true" })).toContain("không được tính ở đâu");
  });

  it("missing units are left out of the denominator or counted as not meeting the criterion", () => {
    const p = { count: 1, ids: ["u"] };
    expect(en("warning.units-missing", { ...p, setting: "exclude" })).toBe(
      "1 unit(s) did not report (u); left out of the denominator.",
    );
    expect(vi("warning.units-missing", { ...p, setting: "exclude" })).toBe(
      "1 đơn vị chưa báo cáo (u); không tính vào mẫu số.",
    );
    expect(en("warning.units-missing", { ...p, setting: "count-as-not-met" })).toBe(
      "1 unit(s) did not report (u); counted as not meeting the criterion (missingUnits).",
    );
    expect(vi("warning.units-missing", { ...p, setting: "count-as-not-met" })).toBe(
      "1 đơn vị chưa báo cáo (u); được tính là chưa đạt (missingUnits).",
    );
  });

  it("lists ten values in full and cuts the eleventh; tallies rejected name five codes", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i + 1}`);
    expect(en("warning.central-outside-plan", { count: 10, ids: ids(10) })).toBe(
      "10 central-level unit(s) (u1, u2, u3, u4, u5, u6, u7, u8, u9, u10) are outside a province's plan: counted nowhere, their tallies rejected.",
    );
    expect(en("warning.central-outside-plan", { count: 11, ids: ids(11) })).toContain(
      "(u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, … (+1))",
    );
    expect(en("warning.tallies-rejected", { count: 6, codes: ids(6) })).toContain(
      "(u1, u2, u3, u4, u5, … (+1))",
    );
    expect(en("warning.tallies-rejected", { count: 5, codes: ids(5) })).toContain("(u1, u2, u3, u4, u5)");
    // One value that is not a list is a list of one.
    expect(en("warning.central-outside-plan", { count: 1, ids: "u" })).toContain("(u)");
    expect(en("warning.central-outside-plan", { count: 1, ids: [1, true] })).toContain("(1, true)");
  });

  it("a date in the right shape is a day that does not exist; any other text is a date in the wrong shape", () => {
    expect(en("date.invalid", { value: "2025-02-30" })).toBe('"2025-02-30" is not a day that exists.');
    expect(vi("date.invalid", { value: "2025-02-30" })).toBe('"2025-02-30" không phải là ngày có thật.');
    for (const value of ["x2025-02-30", "2025-02-30x", "202-02-03", "2025-2-03", "2025-02-3", "abcd-ef-gh"]) {
      expect(en("date.invalid", { value }), value).toBe(
        `"${value}" is not a date written YYYY-MM-DD (for example 2025-11-14).`,
      );
      expect(vi("date.invalid", { value }), value).toBe(
        `"${value}" không phải là ngày viết theo dạng YYYY-MM-DD (ví dụ 2025-11-14).`,
      );
    }
  });

  it("an argument at the root is named '(root)'", () => {
    expect(en("argument.required", { path: "" })).toBe("(root) is required.");
    expect(vi("argument.required", { path: "" })).toBe("Thiếu (root) (bắt buộc).");
    expect(en("argument.required", { path: "options.asOf" })).toBe("options.asOf is required.");
  });

  it("names the tiers of local government in Vietnamese, and any other tier as given", () => {
    const p = { id: "x", parent: "y", parentTier: "commune" };
    expect(vi("unit.tier-above-parent", { ...p, tier: "province" })).toContain("(cấp tỉnh)");
    expect(vi("unit.tier-above-parent", { ...p, tier: "district" })).toContain("(cấp huyện)");
    expect(vi("unit.tier-above-parent", { ...p, tier: "commune" })).toContain("(cấp xã)");
    expect(vi("unit.tier-above-parent", { ...p, tier: "ward" })).toContain("(ward)");
  });

  it("closes a cycle of units on its first unit", () => {
    expect(en("unit.cycle", { ids: ["a", "b", "c"] })).toBe(
      "The parent relation forms a cycle: a → b → c → a.",
    );
    expect(en("unit.cycle", { ids: "a" })).toBe("The parent relation forms a cycle: a.");
  });

  it("names the groups of a tally, and any other group as given", () => {
    const p = { women: 3, total: 2 };
    expect(en("tally.women-exceed-total", { ...p, group: "keyLeaders" })).toContain("in key leaders.");
    expect(en("tally.women-exceed-total", { ...p, group: "planningPool" })).toContain(
      "in the planning pool.",
    );
    expect(en("tally.women-exceed-total", { ...p, group: "workforce" })).toContain("in the workforce.");
    expect(vi("tally.women-exceed-total", { ...p, group: "workforce" })).toContain(
      "trong cán bộ, công chức, viên chức, người lao động.",
    );
    expect(en("tally.women-exceed-total", { ...p, group: "other" })).toContain("in other.");
  });

  it("says what a value was only when it is known", () => {
    expect(en("invalid_type", { expected: "string" })).toBe("Invalid type: expected a string.");
    expect(en("invalid_type", { expected: "string", received: "number" })).toBe(
      "Invalid type: expected a string, not a number.",
    );
    expect(vi("invalid_type", { expected: "string", received: "number" })).toBe(
      "Sai kiểu dữ liệu: cần chuỗi ký tự, không phải số.",
    );
  });

  it("names every kind of value in both languages, and an unknown kind as given", () => {
    const named = Object.fromEntries(
      Object.keys(KINDS).map((k) => [
        k,
        messageFor("argument.type", { path: "x", expected: k, received: k }),
      ]),
    );
    expect(named).toMatchSnapshot();
    for (const [k, m] of Object.entries(named)) {
      if (KINDS[k]?.en !== k) expect(m.en, k).not.toContain(`be ${k},`);
      expect(m.vi, k).not.toBe(m.en);
    }
    expect(en("argument.type", { path: "x", expected: "gizmo", received: "widget" })).toBe(
      "x must be gizmo, not widget.",
    );
  });

  it("writes any value as text: objects and lists by their shape, symbols and functions by their type", () => {
    const value = (v: unknown) => en("date.invalid", { value: v });
    expect(value({ a: 1 })).toContain('"{…}"');
    expect(value(Object.create(null))).toContain('"{…}"');
    expect(value(Symbol("s"))).toContain('"symbol"');
    expect(value(() => 1)).toContain('"function"');
    expect(value(null)).toContain('"null"');
    expect(value(undefined)).toContain('"undefined"');
    expect(value(12)).toContain('"12"');
    expect(value(false)).toContain('"false"');
    // A list is its items, each written the same way (a nested list by its shape).
    expect(value(["a", ["b"], { c: 1 }, null])).toContain('"a, […], {…}, null"');
  });
});

describe("messageFor and isIssueCode", () => {
  it("never throws: an unknown code is named, parameters that are not an object are none", () => {
    expect(messageFor("nope" as IssueCode).en).toBe('There is no message code "nope" in the catalogue.');
    expect(messageFor("toString" as IssueCode).en).toBe(
      'There is no message code "toString" in the catalogue.',
    );
    expect(messageFor(5 as unknown as IssueCode).en).toBe(
      'There is no message code "number" in the catalogue.',
    );
    expect(messageFor(undefined as unknown as IssueCode).vi).toBe(
      'Không có mã thông báo "undefined" trong danh mục.',
    );
    const none = messageFor("argument.required", {});
    expect(none.en).toBe("undefined is required.");
    expect(messageFor("argument.required", null as never)).toEqual(none);
    expect(messageFor("argument.required", 5 as never)).toEqual(none);
    expect(messageFor("argument.required", "x" as never)).toEqual(none);
    expect(messageFor("argument.required", { path: "a" }).en).toBe("a is required.");
  });

  it("knows its codes, and nothing else", () => {
    expect(isIssueCode("argument.required")).toBe(true);
    expect(isIssueCode("constructor")).toBe(false);
    expect(isIssueCode(5 as unknown as string)).toBe(false);
    expect(isIssueCode("")).toBe(false);
  });
});

describe("issues from zod", () => {
  it("keeps a library code raised inside a schema, with its parameters as JSON", () => {
    const schema = z
      .unknown()
      .superRefine((_, ctx) =>
        addZodIssue(ctx, "argument.range", { path: "n", min: 1, max: 3, value: "9" }, ["a", 0]),
      );
    const r = schema.safeParse(1);
    const [issue] = fromZodIssues(r.error?.issues ?? []);
    expect(issue).toEqual({
      code: "argument.range",
      path: ["a", 0],
      params: { path: "n", min: 1, max: 3, value: "9" },
      message: messageFor("argument.range", { path: "n", min: 1, max: 3, value: "9" }),
    });
    // Without a path of its own the issue is at the value's place.
    const here = z
      .object({ x: z.unknown().superRefine((_, ctx) => addZodIssue(ctx, "text.empty")) })
      .safeParse({ x: 1 });
    expect(fromZodIssues(here.error?.issues ?? [])[0]?.path).toEqual(["x"]);
  });

  it("turns every parameter of a custom issue into JSON", () => {
    const params = {
      code: "argument.range",
      a: null,
      b: "s",
      c: true,
      d: 7,
      e: 12n,
      f: [1, "x", false],
      g: { nested: 1 },
      h: undefined,
    };
    const [issue] = fromZodIssues([{ code: "custom", path: [], message: "m", input: 0, params } as never]);
    expect(issue?.code).toBe("argument.range");
    expect(issue?.params).toEqual({
      a: null,
      b: "s",
      c: true,
      d: 7,
      e: "12",
      f: ["1", "x", "false"],
      g: "[object Object]",
      h: "undefined",
    });
  });

  it("keeps a custom issue whose code is not the catalogue's as 'custom' with zod's message", () => {
    for (const code of [undefined, 5, "toString", "no.such-code"]) {
      const [issue] = fromZodIssues([
        { code: "custom", path: ["p"], message: "why", input: 0, params: { code } },
      ]);
      expect(issue, String(code)).toEqual(makeIssue("custom", ["p"], { detail: "why" }));
    }
    const [bare] = fromZodIssues([{ code: "custom", path: [], message: "why", input: 0 }]);
    expect(bare?.params).toEqual({ detail: "why" });
  });

  it("writes a symbol in a path as text and keeps keys and indexes as they are", () => {
    const s = Symbol("k");
    const [issue] = fromZodIssues([{ code: "custom", path: ["a", 1, s], message: "m", input: 0 }]);
    expect(issue?.path).toEqual(["a", 1, "Symbol(k)"]);
  });

  it("keeps zod's parameters that are set, and what a wrong type received", () => {
    const r = z.strictObject({ a: z.string(), b: z.number() }).safeParse({ a: 1 });
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["invalid_type", ["a"], { expected: "string", received: "number" }],
      ["required", ["b"], { expected: "number" }],
    ]);
    // A message that does not say what it received gives no `received`.
    const [noReceived] = fromZodIssues([
      { code: "invalid_type", expected: "string", path: [], message: "Invalid input", input: 0 } as never,
    ]);
    expect(noReceived?.params).toEqual({ expected: "string" });
    const [big] = fromZodIssues([
      {
        code: "too_big",
        maximum: 10n,
        origin: "bigint",
        inclusive: true,
        path: [],
        message: "m",
        input: 0,
      } as never,
    ]);
    expect(big?.params).toEqual({ maximum: "10", origin: "bigint" });
  });

  it("copies the path it is given", () => {
    const path = ["a"];
    const issue = makeIssue("text.empty", path);
    path.push("b");
    expect(issue.path).toEqual(["a"]);
    expect(issue.params).toEqual({});
  });
});
