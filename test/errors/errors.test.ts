import { describe, expect, it } from "vitest";
import {
  branded,
  HolidayCalendarError,
  InvalidInputError,
  PlanConfigError,
  UnitValidationError,
  VnWomenLeadershipError,
} from "../../src/errors/errors.js";
import { makeIssue } from "../../src/i18n/issues.js";

const empty = makeIssue("text.empty", ["name", "vi"]);
const root = makeIssue("text.empty", []);

describe("the library's errors", () => {
  it("each class has its name, its headline in both languages, and lists its issues with path and code", () => {
    const cases = [
      [
        new InvalidInputError([empty]),
        "InvalidInputError",
        "Dữ liệu đầu vào không hợp lệ:",
        "Invalid input:",
      ],
      [
        new PlanConfigError([empty, root]),
        "PlanConfigError",
        "Cấu hình kế hoạch không hợp lệ (2 lỗi):",
        "Invalid plan configuration (2 issue(s)):",
      ],
      [
        new UnitValidationError([empty]),
        "UnitValidationError",
        "Danh sách đơn vị không hợp lệ:",
        "Invalid units:",
      ],
      [
        new HolidayCalendarError([empty]),
        "HolidayCalendarError",
        "Bảng quyết định nghỉ lễ không hợp lệ:",
        "Invalid holiday decisions:",
      ],
    ] as const;
    for (const [e, name, vi, en] of cases) {
      expect(e.name).toBe(name);
      expect(e.code).toBe("text.empty");
      expect(e.messages.vi.split("\n")[0]).toBe(vi);
      expect(e.messages.en.split("\n")[0]).toBe(en);
      expect(e.messages.vi.split("\n")[1]).toBe(`  name.vi: ${empty.message.vi} [text.empty]`);
      expect(e.messages.en.split("\n")[1]).toBe(`  name.vi: ${empty.message.en} [text.empty]`);
      expect(e.message).toBe(e.messages.en);
      expect(e).toBeInstanceOf(Error);
    }
    expect(new PlanConfigError([empty, root]).messages.en.split("\n")[2]).toBe(
      `  (root): ${root.message.en} [text.empty]`,
    );
  });

  it("lists ten issues and counts the rest, in each language", () => {
    const ten = new InvalidInputError(Array.from({ length: 10 }, () => empty));
    expect(ten.messages.en.split("\n")).toHaveLength(11);
    expect(ten.messages.en).not.toContain("more");
    const twelve = new InvalidInputError(Array.from({ length: 12 }, () => empty));
    const en = twelve.messages.en.split("\n");
    const vi = twelve.messages.vi.split("\n");
    expect(en).toHaveLength(12);
    expect(en.at(-1)).toBe("  … and 2 more");
    expect(vi.at(-1)).toBe("  … và 2 lỗi khác");
  });

  it("is() recognises the brand, by class, not by shape", () => {
    const e = new UnitValidationError([empty]);
    expect(VnWomenLeadershipError.is(e)).toBe(true);
    expect(UnitValidationError.is(e)).toBe(true);
    expect(InvalidInputError.is(e)).toBe(false);
    expect(PlanConfigError.is(new PlanConfigError([empty]))).toBe(true);
    expect(HolidayCalendarError.is(new HolidayCalendarError([empty]))).toBe(true);
    expect(HolidayCalendarError.is(e)).toBe(false);
    for (const x of [
      null,
      undefined,
      "InvalidInputError",
      3,
      new Error("x"),
      { name: "InvalidInputError" },
    ]) {
      expect(VnWomenLeadershipError.is(x)).toBe(false);
      expect(branded(x)).toBe(false);
    }
    // the brand is a registered symbol (the same in every copy of the package), and not enumerable
    const copy = Object.defineProperty({}, Symbol.for("vn-women-leadership.error"), {
      value: "PlanConfigError",
    });
    expect(PlanConfigError.is(copy)).toBe(true);
    expect(InvalidInputError.is(copy)).toBe(false);
    expect(branded(Object.defineProperty({}, Symbol.for("vn-women-leadership.error"), { value: 1 }))).toBe(
      false,
    );
    expect(Object.keys(e)).not.toContain(Symbol.for("vn-women-leadership.error").toString());
    expect(JSON.parse(JSON.stringify({ ...e }))).not.toHaveProperty("vn-women-leadership.error");
    expect(Object.getOwnPropertyDescriptor(e, Symbol.for("vn-women-leadership.error"))?.enumerable).toBe(
      false,
    );
  });

  it("an error built without issues has the code custom", () => {
    expect(new InvalidInputError([]).code).toBe("custom");
  });
});

describe("the error brand", () => {
  it("is the registered symbol 'vn-women-leadership.error', so another copy of the package (ESM and CJS) recognises the error", () => {
    // What a second copy of the library sees: not this class, only the registered symbol and its name.
    const fromAnotherCopy = { [Symbol.for("vn-women-leadership.error")]: "PlanConfigError" };
    expect(branded(fromAnotherCopy, "PlanConfigError")).toBe(true);
    expect(branded(fromAnotherCopy, "InvalidInputError")).toBe(false);
    const error = new InvalidInputError([empty]);
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for("vn-women-leadership.error")]).toBe(
      "InvalidInputError",
    );
    expect(branded({ [Symbol.for("another.library.error")]: "PlanConfigError" })).toBe(false);
  });
});
