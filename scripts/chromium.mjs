// Headless Chromium from the command line (Debian's `chromium`): a page to PNG or to PDF, with the browser's
// console on stderr so that a caller can fail on any console message. No browser library: the CLI does it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The Chromium binary: $CHROMIUM, or Debian's. `null` when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((c) => c !== undefined && c !== "" && existsSync(c)) ?? null;
}

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--hide-scrollbars",
  "--allow-file-access-from-files",
  "--enable-logging=stderr",
  "--v=0",
];

/**
 * Renders a file (HTML or SVG) to `out`: `.png` (a screenshot of `width`×`height`) or `.pdf` (print, A4 as the
 * page's CSS says). Returns the console lines the page produced (errors, CSP refusals, messages).
 */
export function render(file, out, { width = 1000, height = 1400 } = {}) {
  const binary = chromiumPath();
  if (binary === null) throw new Error("chromium not found: apt-get install chromium, or set CHROMIUM");
  const profile = mkdtempSync(join(tmpdir(), "vnwl-chromium-"));
  try {
    const what = out.endsWith(".pdf")
      ? [`--print-to-pdf=${out}`, "--no-pdf-header-footer"]
      : [`--screenshot=${out}`, `--window-size=${width},${height}`];
    const r = spawnSync(binary, [...FLAGS, `--user-data-dir=${profile}`, ...what, pathToFileURL(file).href], {
      encoding: "utf8",
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`chromium exited ${r.status}: ${r.stderr.slice(-2000)}`);
    const consoleLines = r.stderr
      .split("\n")
      .filter((l) => /CONSOLE|Uncaught|Refused to|Content Security Policy|net::ERR/i.test(l));
    return consoleLines;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
