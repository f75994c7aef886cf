/** A JSON value, as the fuzz tests build and mutate scenarios. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A path into a JSON value: object keys and array indices. */
export type Path = (string | number)[];

/** Every path in `v`, the root first (depth first, in key and index order). */
export function allPaths(v: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((c, i) => allPaths(c, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, c] of Object.entries(v)) allPaths(c, [...path, k], out);
  return out;
}

/** The value at `path` in `v`, or undefined where the path leaves the value. */
export function getAt(v: Json, path: Path): Json | undefined {
  let cur: Json | undefined = v;
  for (const s of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, Json>)[s] : undefined;
  return cur;
}
