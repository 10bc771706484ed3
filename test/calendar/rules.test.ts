// The holiday rules as the Labour Codes write them (1994 art. 73, Giỗ Tổ from Law 84/2007/QH11; 2012 art. 115,
// in force 2013-05-01; 2019 art. 112, in force 2021-01-01), the substitute-day rules and the weekly rest days:
// the laws the table must keep (each holiday's rules follow on without a gap, the clause letters of 2012 and 2019,
// the days in each text), and the table itself, pinned.
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/calendar/calendar-date.js";
import {
  HOLIDAY_IDS,
  HOLIDAY_NAMES,
  HOLIDAY_RULES,
  SUBSTITUTE_RULES,
  WEEKLY_REST_RULE,
} from "../../src/calendar/holiday-rules.js";

const LETTER = {
  "new-year": "a",
  tet: "b",
  "victory-day": "c",
  "labour-day": "d",
  "national-day": "đ",
  "hung-kings": "e",
} as const;

describe("the holiday rules", () => {
  it("give each holiday rules that follow on without a gap from its first to today", () => {
    for (const id of HOLIDAY_IDS) {
      const rules = HOLIDAY_RULES.filter((r) => r.holiday === id);
      expect(rules.length, id).toBe(3);
      for (let i = 1; i < rules.length; i++) {
        const prev = rules[i - 1];
        const cur = rules[i];
        expect(dayNumber(prev?.validTo as string) + 1, id).toBe(dayNumber(cur?.validFrom as string));
      }
      expect(rules.at(-1)?.validTo, id).toBeNull();
      expect(rules[0]?.validFrom, id).toBe(id === "hung-kings" ? "2007-01-01" : "1995-01-01");
    }
  });

  it("cite the article of each Labour Code, with the same letters in 2012 and 2019", () => {
    for (const r of HOLIDAY_RULES) {
      if (r.validFrom === "2021-01-01")
        expect(r.citation).toEqual({ document: "45/2019/QH14", clause: `112(1)(${LETTER[r.holiday]})` });
      else if (r.validFrom === "2013-05-01")
        expect(r.citation).toEqual({ document: "10/2012/QH13", clause: `115(1)(${LETTER[r.holiday]})` });
      else if (r.holiday === "hung-kings")
        expect(r.citation).toEqual({ document: "84/2007/QH11", clause: "1" });
      else expect(r.citation).toEqual({ document: "Bộ luật Lao động 1994", clause: "73" });
    }
  });

  it("grant the days the codes grant, and say so in both languages", () => {
    const days = (id: string) => HOLIDAY_RULES.filter((r) => r.holiday === id).map((r) => r.days);
    expect(days("tet")).toEqual([4, 5, 5]);
    expect(days("national-day")).toEqual([1, 1, 2]);
    for (const id of ["new-year", "victory-day", "labour-day", "hung-kings"])
      expect(days(id), id).toEqual([1, 1, 1]);
    for (const r of HOLIDAY_RULES) {
      const n = r.validFrom < "2013-05-01" ? String(r.days) : String(r.days).padStart(2, "0");
      expect(r.text.vi, r.holiday).toContain(`: ${n} ngày`);
      expect(r.text.en, r.holiday).toMatch(new RegExp(`: ${r.days} days?\\b`));
    }
  });

  it("are the table the texts give, names included", () => {
    expect({ names: HOLIDAY_NAMES, rules: HOLIDAY_RULES }).toMatchSnapshot();
  });
});

describe("the substitute-day and weekly-rest rules", () => {
  it("follow on without a gap, each code citing its own article", () => {
    expect(
      SUBSTITUTE_RULES.map((r) => [r.validFrom, r.validTo, r.citation.document, r.citation.clause]),
    ).toEqual([
      ["1995-01-01", "2013-04-30", "Bộ luật Lao động 1994", "73"],
      ["2013-05-01", "2020-12-31", "10/2012/QH13", "115(3)"],
      ["2021-01-01", null, "45/2019/QH14", "111(3)"],
    ]);
    for (const r of SUBSTITUTE_RULES) {
      expect(r.text.vi).toContain("nghỉ bù vào ngày làm việc kế tiếp");
      expect(r.text.en).toContain("next working day");
    }
    expect(WEEKLY_REST_RULE).toMatchSnapshot();
  });
});
