import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fromZodIssues, makeIssue } from "../src/i18n/issues.js";
import { isIssueCode, issueCodes, messageFor } from "../src/index.js";

describe("message catalogue", () => {
  it("has a Vietnamese and an English message for every code", () => {
    for (const code of issueCodes()) {
      const m = messageFor(code, { value: "x", id: "x", year: 2025, keys: ["a"], expected: "string" });
      expect(m.vi.trim(), code).not.toBe("");
      expect(m.en.trim(), code).not.toBe("");
      expect(m.vi, code).not.toBe(m.en);
    }
  });

  it("lists every code in docs/quality.md, and every CLI code the tool uses", () => {
    const doc = readFileSync("docs/quality.md", "utf8");
    for (const code of issueCodes()) expect(doc, code).toContain(`\`${code}\``);
    const cli = readdirSync("src/cli")
      .map((f) => readFileSync(`src/cli/${f}`, "utf8"))
      .join("\n");
    for (const [code] of cli.matchAll(/"cli\.[a-z-]+"/g))
      expect(doc, code).toContain(`\`${code.slice(1, -1)}\``);
  });

  it("pins its messages (a change of wording is a visible diff)", () => {
    const all = Object.fromEntries(
      issueCodes().map((c) => [c, messageFor(c, { value: "V", id: "I", year: 1 })]),
    );
    expect(all).toMatchSnapshot();
  });

  it("knows its codes", () => {
    expect(isIssueCode("share.bare-number")).toBe(true);
    expect(isIssueCode("toString")).toBe(false);
  });

  it("translates zod's own issues with their parameters", () => {
    const schema = z.strictObject({ a: z.string(), b: z.enum(["x", "y"]), c: z.int().min(3) });
    const r = schema.safeParse({ a: 1, b: "z", c: 1, d: 0 });
    const issues = fromZodIssues(r.error?.issues ?? []);
    expect(issues.map((i) => i.code).sort()).toEqual([
      "invalid_type",
      "invalid_value",
      "too_small",
      "unrecognized_keys",
    ]);
    const tooSmall = issues.find((i) => i.code === "too_small");
    expect(tooSmall?.path).toEqual(["c"]);
    expect(tooSmall?.params["minimum"]).toBe(3);
    expect(tooSmall?.message.vi).toBe("Giá trị quá nhỏ (tối thiểu 3).");
  });

  it("keeps an unknown custom issue as 'custom' with zod's message", () => {
    const r = z
      .string()
      .refine(() => false, "nope")
      .safeParse("a");
    const [issue] = fromZodIssues(r.error?.issues ?? []);
    expect(issue?.code).toBe("custom");
    expect(issue?.params["detail"]).toBe("nope");
    expect(makeIssue("text.empty", ["a"]).path).toEqual(["a"]);
  });
});
