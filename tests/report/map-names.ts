/**
 * The names on a map as Chromium draws them, against the drawn border line: read in the page
 * (`readDrawn`, passed to an element handle's `evaluate`), then which names cover the line and
 * which cover each other. Used by tests/report/map-names.test.ts and the replay page's test.
 *
 * @module
 */

/** In the page: the names' boxes, and points every 2 px along the drawn sectors, in page pixels. */
export interface Drawn {
  names: { text: string; x0: number; x1: number; y0: number; y1: number }[];
  line: [number, number][];
}

/** What an SVG path offers for sampling its drawn points (the DOM's SVGPathElement). */
interface PathLike {
  getBoundingClientRect(): { width: number; height: number };
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
  getTotalLength(): number;
  getPointAtLength(d: number): { x: number; y: number };
}

export function readDrawn(root: { querySelectorAll(selector: string): ArrayLike<unknown> }): Drawn {
  type Box = { left: number; right: number; top: number; bottom: number };
  const texts = root.querySelectorAll('g.mark-text.role-mark text') as ArrayLike<{ textContent: string | null; getBoundingClientRect(): Box }>;
  const names = Array.from(texts).map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent ?? '', x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
  });
  const line: [number, number][] = [];
  for (const p of Array.from(root.querySelectorAll('path[aria-label*=": km "]') as ArrayLike<PathLike>)) {
    // A path not drawn (in a hidden turn's overlay) has no box; its matrix would be meaningless.
    const r = p.getBoundingClientRect();
    const m = p.getScreenCTM();
    if (m === null || (r.width === 0 && r.height === 0)) continue;
    const length = p.getTotalLength();
    for (let d = 0; d <= length; d += 2) {
      const q = p.getPointAtLength(d);
      line.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
    }
  }
  return { names, line };
}

/** The names whose box (shrunk by a pixel: a glyph box touching the line's casing is not a name across it) covers a point of the line. */
export function namesAcrossLine(drawn: Drawn): string[] {
  return drawn.names.filter((n) => drawn.line.some(([x, y]) => x > n.x0 + 1 && x < n.x1 - 1 && y > n.y0 + 1 && y < n.y1 - 1)).map((n) => n.text);
}

/** Pairs of names whose boxes overlap by more than 2 px each way (glyph boxes include leading). */
export function namesOverlapping(drawn: Drawn): string[] {
  return drawn.names.flatMap((a, i) =>
    drawn.names
      .slice(i + 1)
      .filter((b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 2 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 2)
      .map((b) => `${a.text} / ${b.text}`),
  );
}
