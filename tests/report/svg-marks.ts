/**
 * Reads the marks of a chart as Vega renders it to SVG, for tests that check a chart against
 * its data: where each mark is (its position, from the `transform` of the mark and of every
 * group around it) and what it shows (its data, which Vega writes into the mark's `aria-label`
 * as `title: value; title: value`).
 */

/** One drawn element: a mark's item, an axis label or tick, a legend label. */
export interface SvgItem {
  /** The element: `path`, `line`, `text` or `rect`. */
  tag: string;
  /** The class of the group holding it, e.g. `mark-symbol role-mark layer_2_marks`, `mark-text role-axis-label`. */
  container: string;
  /** The `aria-label` of the axis or legend the element belongs to ('' if none). */
  owner: string;
  /** Its aria-label ('' if none): a mark's data. */
  label: string;
  /** Its origin in the SVG's coordinates (every enclosing translation added up). */
  x: number;
  y: number;
  /** Its own attributes (`d`, `x2`, `y2`, `text-anchor`, ...). */
  attrs: Record<string, string>;
  /** The text of a `text` element. */
  text: string;
}

const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([\w:-]+)="([^"]*)"/g;

function attrsOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) out[m[1] as string] = unescape(m[2] as string);
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function translation(transform: string | undefined): [number, number] {
  if (!transform) return [0, 0];
  const m = /translate\(\s*([-\d.e+]+)[ ,]\s*([-\d.e+]+)\s*\)/.exec(transform);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Every drawn element of an SVG string, with absolute positions. */
export function svgItems(svg: string): SvgItem[] {
  const items: SvgItem[] = [];
  const stack: { tag: string; x: number; y: number; cls: string; owner: string }[] = [{ tag: '', x: 0, y: 0, cls: '', owner: '' }];
  let openText: SvgItem | undefined;
  for (const m of svg.matchAll(TAG)) {
    if (m[5] !== undefined) {
      if (openText) openText.text += unescape(m[5]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2] as string;
    const selfClosing = m[4] === '/';
    if (closing) {
      if (tag === 'text') openText = undefined;
      else if (tag === 'g' || tag === 'svg') stack.pop();
      continue;
    }
    const a = attrsOf(m[3] ?? '');
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const [dx, dy] = translation(a.transform);
    if (tag === 'g' || tag === 'svg') {
      const role = a['aria-roledescription'];
      const owner = role === 'axis' || role === 'legend' ? (a['aria-label'] ?? '') : top.owner;
      const next = { tag, x: top.x + dx, y: top.y + dy, cls: a.class ?? top.cls, owner };
      if (!selfClosing) stack.push(next);
      continue;
    }
    if (tag !== 'path' && tag !== 'line' && tag !== 'text' && tag !== 'rect') continue;
    const item: SvgItem = { tag, container: top.cls, owner: top.owner, label: a['aria-label'] ?? '', x: top.x + dx, y: top.y + dy, attrs: a, text: '' };
    items.push(item);
    if (tag === 'text' && !selfClosing) openText = item;
  }
  return items;
}

/** A number as Vega writes it (a Unicode minus, thousands separators). */
export function parseNumber(text: string): number {
  return Number(
    text
      .replace(/\u2212/g, '-')
      .replace(/,/g, '')
      .trim(),
  );
}

/** The data of a mark from its aria-label: `title: value; title: value`. */
export function fieldsOf(label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of label.split('; ')) {
    const i = part.indexOf(': ');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 2);
  }
  return out;
}

/** The marks of one kind (`symbol`, `rule`, `rect`, `line`, `area`, `text`), data marks only. */
export function marksOf(items: readonly SvgItem[], kind: string): SvgItem[] {
  return items.filter((i) => i.container.split(' ').includes(`mark-${kind}`) && i.container.includes('role-mark') && i.label !== '');
}

/** The label texts of an axis whose aria-label starts with `prefix` ('X-axis', 'Y-axis'), with their positions. */
export function axisLabels(items: readonly SvgItem[], prefix: string): SvgItem[] {
  return items.filter((i) => i.tag === 'text' && i.container.includes('role-axis-label') && i.owner.startsWith(prefix));
}

/** The points of a path's `d` (M, L, H, V, h, v, Z; absolute unless lower-case), shifted by the item's origin. */
export function pathPoints(item: SvgItem): { x: number; y: number }[] {
  const d = item.attrs.d ?? '';
  const pts: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/([MLHVhvlmZz])([^MLHVhvlmZzA-Ya-y]*)/g)) {
    const cmd = m[1] as string;
    const nums =
      (m[2] ?? '').trim() === ''
        ? []
        : (m[2] as string)
            .trim()
            .split(/[\s,]+/)
            .map(Number);
    if (cmd === 'M' || cmd === 'L') {
      for (let i = 0; i + 1 < nums.length; i += 2) {
        x = nums[i] as number;
        y = nums[i + 1] as number;
        pts.push({ x, y });
      }
    } else if (cmd === 'm' || cmd === 'l') {
      for (let i = 0; i + 1 < nums.length; i += 2) {
        x += nums[i] as number;
        y += nums[i + 1] as number;
        pts.push({ x, y });
      }
    } else if (cmd === 'H') pts.push({ x: (x = nums[0] as number), y });
    else if (cmd === 'V') pts.push({ x, y: (y = nums[0] as number) });
    else if (cmd === 'h') pts.push({ x: (x += nums[0] as number), y });
    else if (cmd === 'v') pts.push({ x, y: (y += nums[0] as number) });
  }
  return pts.map((p) => ({ x: p.x + item.x, y: p.y + item.y }));
}

/** The box of a rect mark drawn as a path `M0,0hWvHh-WZ` (or any closed polygon): its extent. */
export function boxOf(item: SvgItem): { x0: number; x1: number; y0: number; y1: number } {
  const pts = pathPoints(item);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/** The plot area (the root group's frame) of a single-view chart. */
export function plotArea(items: readonly SvgItem[]): { x0: number; x1: number; y0: number; y1: number } {
  const frame = items.find((i) => i.tag === 'path' && i.attrs.class === 'background' && i.container.includes('role-frame root'));
  if (!frame) throw new Error('no plot frame in the SVG');
  return boxOf(frame);
}

/** The two ends of a rule (a `line` with x2/y2 relative to its origin). */
export function ruleEnds(item: SvgItem): { x1: number; y1: number; x2: number; y2: number } {
  return { x1: item.x, y1: item.y, x2: item.x + Number(item.attrs.x2 ?? 0), y2: item.y + Number(item.attrs.y2 ?? 0) };
}

/**
 * The least-squares line through points (value → pixel) and its largest residual: a chart's
 * scale is linear when every mark's pixel is one linear function of its value.
 */
export function linearFit(pairs: readonly (readonly [number, number])[]): { slope: number; intercept: number; maxResidual: number; at: (v: number) => number } {
  const n = pairs.length;
  const mx = pairs.reduce((a, p) => a + p[0], 0) / n;
  const my = pairs.reduce((a, p) => a + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [v, px] of pairs) {
    sxx += (v - mx) * (v - mx);
    sxy += (v - mx) * (px - my);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const at = (v: number) => intercept + slope * v;
  const maxResidual = Math.max(0, ...pairs.map(([v, px]) => Math.abs(at(v) - px)));
  return { slope, intercept, maxResidual, at };
}

/** The fill of a mark as [r, g, b] (from `#rrggbb` or `rgb(r,g,b)`). */
export function fillOf(item: SvgItem): [number, number, number] {
  const f = item.attrs.fill ?? '';
  const hex = /^#([0-9a-f]{6})$/i.exec(f);
  if (hex) {
    const n = parseInt(hex[1] as string, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(f);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`no colour in fill '${f}'`);
}

/** Relative luminance (0 black .. 1 white) of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The SVG of each figure of a report page, by its chart id. */
export function figureSvgs(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<figure class="chart[^"]*" id="chart-[^"]+" data-chart="([^"]+)">(<svg[\s\S]*?<\/svg>)<figcaption>/g))
    out.set(m[1] as string, m[2] as string);
  return out;
}
