/**
 * JSON pointers (RFC 6901: `~0` for `~`, `~1` for `/`), the one module that reads and writes
 * them: the positions of scenario errors, the parameters events change during a run, and the
 * inputs experiments vary. One extension, for experiments: a segment `name[id=x]` selects, in
 * the array `name`, the entry whose `id` is `x`, so that `/actors[id=taliban]/intent` keeps
 * pointing at the same actor when the array is reordered.
 *
 * Loads nothing: the engine imports it at run time (tests/scenario/runtime-modules.test.ts).
 *
 * @module
 */

/** `s` as a pointer segment (`~` → `~0`, `/` → `~1`). */
export function escapeSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A pointer segment as the key it names (`~1` → `/`, `~0` → `~`). */
export function unescapeSegment(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** JSON pointer of a path of keys and indices. */
export function toPointer(path: readonly (string | number)[]): string {
  let out = '';
  for (const s of path) out += '/' + escapeSegment(String(s));
  return out;
}

/** The path of a JSON pointer; segments stay strings ('' gives the document itself: []). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** One step of a pointer with the `[id=x]` extension: a key or array index, or an entry of an array selected by id. */
export type PointerStep = { key: string } | { key: string; id: string };

const BY_ID = /^(.*)\[id=([^\]]*)\]$/;

/**
 * The steps of a pointer with the `[id=x]` extension, or what is wrong with it (it does not
 * start with '/', or a segment has a bad escape).
 *
 * @example
 * pointerSteps('/actors[id=taliban]/intent'); // [{ key: 'actors', id: 'taliban' }, { key: 'intent' }]
 */
export function pointerSteps(pointer: string): PointerStep[] | { problem: string } {
  if (typeof pointer !== 'string' || !pointer.startsWith('/')) {
    return { problem: `pointer ${JSON.stringify(pointer)} must start with '/' (e.g. /parameters/detection/sweepWidthKm)` };
  }
  const steps: PointerStep[] = [];
  for (const raw of pointer.slice(1).split('/')) {
    if (/~[^01]|~$/.test(raw)) return { problem: `pointer ${pointer}: bad escape in "${raw}" (use ~0 for ~ and ~1 for /)` };
    const m = BY_ID.exec(raw);
    steps.push(m ? { key: unescapeSegment(m[1] as string), id: unescapeSegment(m[2] as string) } : { key: unescapeSegment(raw) });
  }
  return steps;
}

/** The pointer of steps, naming array entries that have an id by id. */
export function formatPointer(steps: readonly PointerStep[]): string {
  return steps.map((s) => '/' + escapeSegment(s.key) + ('id' in s ? `[id=${escapeSegment(s.id)}]` : '')).join('');
}

/**
 * Sets the value at a plain pointer, in place, making the groups on the way that are missing
 * (an object, or an array when the next segment is an index): a parameter an event changes
 * may be one the scenario left to its default.
 */
export function setCreating(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = fromPointer(pointer);
  let cur: Record<string, unknown> | unknown[] = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] as string;
    const next = (cur as Record<string, unknown>)[seg];
    if (typeof next === 'object' && next !== null) cur = next as Record<string, unknown>;
    else {
      const fresh: Record<string, unknown> | unknown[] = /^\d+$/.test(segs[i + 1] as string) ? [] : {};
      (cur as Record<string, unknown>)[seg] = fresh;
      cur = fresh;
    }
  }
  (cur as Record<string, unknown>)[segs[segs.length - 1] as string] = value;
}
