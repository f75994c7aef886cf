/** Finiteness of whole results (no vitest import: the child process uses it too). */

/** The JSON pointers of every number in `v` that is not finite (NaN, ±Infinity); [] when all are. */
export function nonFinitePaths(v: unknown, path = '', out: string[] = [], seen = new Set<object>()): string[] {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) out.push(`${path || '/'} = ${v}`);
  } else if (typeof v === 'object' && v !== null) {
    if (seen.has(v)) return out;
    seen.add(v);
    if (v instanceof Float64Array || v instanceof Float32Array) {
      v.forEach((x, i) => nonFinitePaths(x, `${path}/${i}`, out, seen));
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => nonFinitePaths(x, `${path}/${i}`, out, seen));
    } else {
      for (const [k, x] of Object.entries(v)) nonFinitePaths(x, `${path}/${k}`, out, seen);
    }
  }
  return out;
}
