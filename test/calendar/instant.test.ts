import { describe, expect, it } from "vitest";
import { calendarDateOf, VIETNAM_UTC_OFFSET_MINUTES, vietnamDate } from "../../src/calendar/index.js";
import { instantIn } from "../arbitraries/dates.js";
import { test } from "../helpers/prop.js";

describe("vietnamDate", () => {
  it.each([
    ["2025-11-14T23:59:59+07:00", "2025-11-14"],
    ["2025-11-15T00:00:00+07:00", "2025-11-15"],
    ["2025-11-14T16:59:59Z", "2025-11-14"],
    ["2025-11-14T17:00:00Z", "2025-11-15"],
    ["2025-11-14T17:00:00.000Z", "2025-11-15"],
    ["2025-11-14T16:59:59.999Z", "2025-11-14"],
    ["2025-11-14T16:59:59.9999999Z", "2025-11-14"],
    ["2025-11-14T09:00:00-08:00", "2025-11-15"],
    ["2025-11-14T12:00-05:00", "2025-11-15"],
    ["2025-11-14T10:00:00+0700", "2025-11-14"],
    ["2025-11-14t17:00:00z", "2025-11-15"],
    ["2025-11-14 17:00:00Z", "2025-11-15"],
    ["2025-12-31T17:00:00Z", "2026-01-01"],
    ["2024-02-28T17:00:00Z", "2024-02-29"],
    ["2026-01-01T06:59:59+14:00", "2025-12-31"],
  ])("puts %s on %s in Vietnam", (instant, date) => {
    expect(vietnamDate(instant)).toBe(date);
  });

  it("converts Date objects by their time value alone", () => {
    expect(vietnamDate(new Date(Date.UTC(2025, 10, 14, 16, 59, 59)))).toBe("2025-11-14");
    expect(vietnamDate(new Date(Date.UTC(2025, 10, 14, 17, 0, 0)))).toBe("2025-11-15");
    expect(vietnamDate(new Date(0))).toBe("1970-01-01");
    expect(vietnamDate(new Date(-7 * 3_600_000 - 1))).toBe("1969-12-31");
  });

  it("refuses a time without an offset, and a bare date, as ambiguous", () => {
    for (const s of ["2025-11-14T23:59:59", "2025-11-14T23:59", "2025-11-14"]) {
      expect(() => vietnamDate(s)).toThrow(/.*has no UTC offset.*\[instant\.missing-offset\]/);
    }
  });

  it.each([
    "2025-11-14T24:00:00Z",
    "2025-11-14T23:60:00Z",
    "2025-11-14T23:59:60Z",
    "2025-02-30T10:00:00Z",
    "2025-13-01T10:00:00Z",
    "2025-11-14T10:00:00+24:00",
    "2025-11-14T10:00:00+07:60",
    "0000-01-01T10:00:00Z",
    "14/11/2025 23:59",
    "tomorrow",
  ])("refuses %j as not an instant", (s) => {
    expect(() => vietnamDate(s)).toThrow(/\[instant\.invalid\]/);
  });

  it("refuses an invalid Date", () => {
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(/instant\.invalid/);
  });

  it("keeps Vietnam's offset at +07:00", () => {
    expect(VIETNAM_UTC_OFFSET_MINUTES).toBe(420);
  });
});

describe("calendarDateOf", () => {
  it("takes a calendar date as it is and converts instants", () => {
    expect(calendarDateOf("2025-11-14")).toBe("2025-11-14");
    expect(calendarDateOf("2025-11-14T17:00:00Z")).toBe("2025-11-15");
    expect(calendarDateOf(new Date(Date.UTC(2025, 10, 14, 17)))).toBe("2025-11-15");
  });

  it("calls a malformed date a bad date and a malformed instant a bad instant", () => {
    expect(() => calendarDateOf("2025-02-30")).toThrow(/\[date\.invalid\]/);
    expect(() => calendarDateOf("2025-11-14T10:00")).toThrow(/instant\.missing-offset/);
    expect(() => calendarDateOf("soon")).toThrow(/instant\.invalid/);
  });
});

describe("properties", () => {
  test.prop([instantIn(1971, 2099)])(
    "the Vietnamese date of an instant is the UTC date of instant + 7 h",
    (i) => {
      const expected = new Date(i.ms + 7 * 3_600_000).toISOString().slice(0, 10);
      expect(vietnamDate(i.iso)).toBe(expected);
      expect(vietnamDate(new Date(i.ms))).toBe(expected);
    },
  );
});
