// The guides' code runs: every ```ts block of docs/guides/*.md, docs/*.md and the README is extracted, its imports of the
// package pointed at the sources, and run as a module (top-level await allowed); a block throws when its figures
// are not the ones it states, so a guide that drifts from the library fails here.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(".");
const TMP = join(ROOT, "node_modules", ".cache", "vnwl-guides");
const ENTRY: Readonly<Record<string, string>> = {
  "vn-women-leadership": "src/index.ts",
  "vn-women-leadership/presets": "src/presets/index.ts",
  "vn-women-leadership/calendar": "src/calendar/index.ts",
  "vn-women-leadership/node": "src/node/index.ts",
};

function blocks(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

const files = [
  ...["docs/guides", "docs"].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(dir, f)),
  ),
  "README.md",
].filter((f) => blocks(f).length > 0);

mkdirSync(TMP, { recursive: true });
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("the guides' code runs", () => {
  for (const file of files) {
    blocks(file).forEach((code, i) => {
      it(`${file}, block ${i + 1}`, () => {
        const source = code.replace(/from "(vn-women-leadership(?:\/[a-z]+)?)"/g, (m, name: string) =>
          ENTRY[name] === undefined ? m : `from ${JSON.stringify(join(ROOT, ENTRY[name] as string))}`,
        );
        const path = join(TMP, `${file.replace(/[/.]/g, "_")}-${i + 1}.mts`);
        writeFileSync(path, source);
        const r = spawnSync(process.execPath, ["--import", "tsx", path], {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 60_000,
        });
        expect(r.stderr, r.stderr).not.toMatch(/Error/);
        expect(r.status).toBe(0);
      }, 90_000);
    });
  }

  it("finds the guides' blocks (the check cannot pass by finding none)", () => {
    expect(files.flatMap(blocks).length).toBeGreaterThanOrEqual(10);
  });
});
