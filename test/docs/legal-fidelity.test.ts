// docs/legal-fidelity.md is generated from the presets (scripts/legal-fidelity.ts): it cannot drift from them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FILE, render } from "../../scripts/legal-fidelity.js";

describe("docs/legal-fidelity.md", () => {
  it("is what the presets give (run `npx tsx scripts/legal-fidelity.ts` after changing a preset)", () => {
    expect(readFileSync(FILE, "utf8")).toBe(render());
  });

  it("lists every inferred or unverified value under what remains to check, in both languages", () => {
    const page = render();
    expect(page).toContain("## Tiếng Việt");
    expect(page).toContain("## English");
    expect(page).toMatch(/Remains to check \(\d+\)/);
    expect(page).toContain("`reportingDuties[preliminary-review]` (inferred, 53/KH-UBND IV.1.c)");
  });
});
