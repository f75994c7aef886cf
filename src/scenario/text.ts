/**
 * Small helpers for readable messages.
 *
 * Internal to the package (its declarations are not part of the public API).
 *
 * @module
 */

/** Levenshtein distance, or `limit + 1` as soon as it is certain to exceed `limit`. */
export function levenshtein(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length > 128 || b.length > 128) return a === b ? 0 : limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

/** The candidate nearest to `word` (case-insensitive Levenshtein ≤ 2, and less than the word's length), if any. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = 3;
  for (const c of candidates) {
    const d = levenshtein(w, c.toLowerCase(), 2);
    if (d < bestD && d < Math.max(w.length, 2)) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** A value as a message shows it: short, JSON-like. */
export function show(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty array' : `an array of ${v.length}`;
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length === 0) return 'an empty object';
    const list = keys
      .slice(0, 4)
      .map((k) => JSON.stringify(k))
      .join(', ');
    return `an object with ${list}${keys.length > 4 ? ', ...' : ''}`;
  }
  return typeof v;
}

/** "a", "b" and "c" style list (quoted), shortened after `max` items. */
export function quoteList(items: readonly string[], max = 12): string {
  const shown = items.slice(0, max).map((s) => JSON.stringify(s));
  return shown.join(', ') + (items.length > max ? `, ... (${items.length} in all)` : '');
}
