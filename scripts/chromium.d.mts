/** The Chromium binary: $CHROMIUM, or Debian's; `null` when there is none. */
export function chromiumPath(): string | null;
/** Renders an HTML or SVG file to PNG or PDF; returns the page's console lines. */
export function render(file: string, out: string, size?: { width?: number; height?: number }): string[];
