// The layering of src/, as docs/architecture.md writes it once: a module imports only from its own folder or from
// folders below it, and no file is part of an import cycle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = "src";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The relative imports of a file, as paths of .ts files under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^;"]*?from\s+)?"(\.{1,2}\/[^"]+)"/g)) {
    out.push(normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, ".ts"))));
  }
  return out;
}

/** The layers, from the top, read from the ```layers block of docs/architecture.md. */
function layers(): string[][] {
  const doc = readFileSync("docs/architecture.md", "utf8");
  const block = /```text layers\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error("docs/architecture.md has no ```text layers block");
  return block
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => l !== "")
    .map((l) => l.split(/\s*,\s*/));
}

const folderOf = (file: string): string => {
  const parts = relative(SRC, file).split("/");
  return parts.length === 1 ? "(root)" : (parts[0] as string);
};

describe("architecture", () => {
  const all = files(SRC);
  const graph = new Map(all.map((f) => [f, importsOf(f)]));
  const order = layers();
  const rank = new Map<string, number>();
  order.forEach((line, i) => {
    for (const folder of line) rank.set(folder, order.length - i);
  });

  it("names every folder of src/ in the layers", () => {
    const folders = new Set(all.map(folderOf).filter((f) => f !== "(root)"));
    expect([...folders].filter((f) => !rank.has(f)).sort()).toEqual([]);
    expect([...rank.keys()].filter((f) => !folders.has(f)).sort()).toEqual([]);
  });

  it("imports only from the same folder or a folder below", () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = folderOf(file);
      if (from === "(root)") continue;
      for (const target of imports) {
        const to = folderOf(target);
        if (to === from) continue;
        if ((rank.get(to) ?? Number.POSITIVE_INFINITY) >= (rank.get(from) ?? 0)) {
          wrong.push(`${file} → ${target} (${from} may not import ${to})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no import cycle", () => {
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 1);
      stack.push(f);
      for (const g of graph.get(f) ?? []) {
        if (!graph.has(g)) continue;
        if (state.get(g) === 1) cycles.push([...stack.slice(stack.indexOf(g)), g].join(" → "));
        else if (state.get(g) === undefined) visit(g);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of graph.keys()) if (state.get(f) === undefined) visit(f);
    expect(cycles).toEqual([]);
  });

  it("resolves every relative import to a file", () => {
    const missing = [...graph].flatMap(([f, imports]) =>
      imports.filter((g) => !graph.has(g)).map((g) => `${f} → ${g}`),
    );
    expect(missing).toEqual([]);
  });
});
