/**
 * What a vetted counter-based generator would cost the engine's crossings, against alea's blocks:
 * run with `npx tsx bench/counter-generators.bench.ts`.
 *
 * A counter-based generator computes the uniform of (key, turn, draw) directly, so a crossing
 * would compute only the uniforms it uses: u₁ for every (actor, sector) slot, u₂-u₅ only where
 * attempts were made (a third of the slots on the toy border). The engine's alea streams fill
 * all five of each slot's block every turn (rng/stream-blocks.ts, two generators at a time).
 * This prints the CPU a slot-turn under each, for two well-studied counter-based families
 * (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011), written with 32-bit
 * integer operations as JavaScript has them:
 *
 * - Threefry-2x32 (additions, rotations, xors; 13 rounds is the paper's least that passes
 *   BigCrush, 20 its default), written out round by round as a C compiler would unroll it: two
 *   32-bit words a call, so u₁-u₂ in one call and u₃-u₄, u₅ in two more;
 * - Philox-4x32 (32×32→64-bit multiplications, split into 16-bit halves here since JavaScript
 *   has no 64-bit integer product; 7 rounds is its least that passes BigCrush, 10 its default):
 *   four words a call;
 * - a hash of two murmur3 finalisers (a prototype's, not a studied generator: its statistical
 *   quality is unknown).
 *
 * Both families are first checked against the known-answer vectors of the paper's library,
 * Random123 (the process exits 1 on a mismatch). Figures are CPU time, the median of 7 rounds
 * with the contenders interleaved. The share of slots with attempts is the toy border's; with
 * fewer, the counter-based generators gain.
 */
import { fillPackedMany, seedPacked } from '../src/rng/generator';

const SLOTS = 3_600; // 3 actors × 1,200 sectors
const DRAWS = 5; // a crossing block
const TRIED = 1 / 3; // the share of slot-turns with attempts on the toy border
const ROUNDS = 7;
const TURNS = 200;

const THREEFRY_ROTATIONS = [13, 15, 26, 6, 17, 29, 16, 24];
const SKEIN_PARITY = 0x1bd11bda;

/** Threefry-2x32 with `rounds` rounds of counter (c0, c1) under key (k0, k1), into out[0..1]. */
function threefry2x32(rounds: number, k0: number, k1: number, c0: number, c1: number, out: Int32Array): void {
  const k2 = SKEIN_PARITY ^ k0 ^ k1;
  let x0 = (c0 + k0) | 0;
  let x1 = (c1 + k1) | 0;
  for (let r = 0; r < rounds; r++) {
    const rot = THREEFRY_ROTATIONS[r & 7] as number;
    x0 = (x0 + x1) | 0;
    x1 = ((x1 << rot) | (x1 >>> (32 - rot))) ^ x0;
    if ((r & 3) === 3) {
      // Key injection s after every fourth round: (k_s, k_{s+1} + s), indices mod 3.
      const s = (r >> 2) + 1;
      const m = s % 3;
      x0 = (x0 + (m === 0 ? k0 : m === 1 ? k1 : k2)) | 0;
      x1 = (x1 + (m === 0 ? k1 : m === 1 ? k2 : k0) + s) | 0;
    }
  }
  out[0] = x0;
  out[1] = x1;
}

/**
 * Threefry-2x32 unrolled, as a C compiler would have it (rotations and key injections as
 * constants): 13 rounds when `short` (the fewest that pass BigCrush), else 20 (its default).
 */
function threefryUnrolled(short: boolean, k0: number, k1: number, c0: number, c1: number, out: Int32Array): void {
  const k2 = SKEIN_PARITY ^ k0 ^ k1;
  let x0 = (c0 + k0) | 0;
  let x1 = (c1 + k1) | 0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
  x0 = (x0 + k1) | 0;
  x1 = (x1 + k2 + 1) | 0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 17) | (x1 >>> 15)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 29) | (x1 >>> 3)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 16) | (x1 >>> 16)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 24) | (x1 >>> 8)) ^ x0;
  x0 = (x0 + k2) | 0;
  x1 = (x1 + k0 + 2) | 0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
  x0 = (x0 + k0) | 0;
  x1 = (x1 + k1 + 3) | 0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 17) | (x1 >>> 15)) ^ x0;
  if (short) {
    out[0] = x0;
    out[1] = x1;
    return;
  }
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 29) | (x1 >>> 3)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 16) | (x1 >>> 16)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 24) | (x1 >>> 8)) ^ x0;
  x0 = (x0 + k1) | 0;
  x1 = (x1 + k2 + 4) | 0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 13) | (x1 >>> 19)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 15) | (x1 >>> 17)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 26) | (x1 >>> 6)) ^ x0;
  x0 = (x0 + x1) | 0;
  x1 = ((x1 << 6) | (x1 >>> 26)) ^ x0;
  x0 = (x0 + k2) | 0;
  x1 = (x1 + k0 + 5) | 0;
  out[0] = x0;
  out[1] = x1;
}

/** The high 32 bits of the unsigned product a·b, from 16-bit halves. */
function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const m1 = a1 * b0;
  const m2 = a0 * b1;
  const mid = ((a0 * b0) >>> 16) + (m1 & 0xffff) + (m2 & 0xffff);
  return (a1 * b1 + (m1 >>> 16) + (m2 >>> 16) + (mid >>> 16)) | 0;
}

/** Philox-4x32 with `rounds` rounds of counter c[0..3] under key (k0, k1), into out[0..3]. */
function philox4x32(rounds: number, k0: number, k1: number, c: Int32Array, out: Int32Array): void {
  let x0 = c[0] as number;
  let x1 = c[1] as number;
  let x2 = c[2] as number;
  let x3 = c[3] as number;
  for (let r = 0; r < rounds; r++) {
    const hi0 = mulhi32(0xd2511f53, x0);
    const lo0 = Math.imul(0xd2511f53, x0);
    const hi1 = mulhi32(0xcd9e8d57, x2);
    const lo1 = Math.imul(0xcd9e8d57, x2);
    x0 = hi1 ^ x1 ^ k0;
    x1 = lo1;
    x2 = hi0 ^ x3 ^ k1;
    x3 = lo0;
    k0 = (k0 + 0x9e3779b9) | 0;
    k1 = (k1 + 0xbb67ae85) | 0;
  }
  out[0] = x0;
  out[1] = x1;
  out[2] = x2;
  out[3] = x3;
}

/** murmur3's 32-bit finaliser. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const hex = (words: ArrayLike<number>): string => Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join(' ');

/** The paper's known answers (Random123's kat_vectors), for 10 and 20 rounds. */
function checkKnownAnswers(): void {
  const out = new Int32Array(4);
  const checks: [string, () => string, string][] = [
    ['philox4x32-10, zeros', () => (philox4x32(10, 0, 0, new Int32Array(4), out), hex(out)), '6627e8d5 e169c58d bc57ac4c 9b00dbd8'],
    [
      'philox4x32-10, pi',
      () => (philox4x32(10, 0xa4093822, 0x299f31d0, Int32Array.of(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344), out), hex(out)),
      'd16cfe09 94fdcceb 5001e420 24126ea1',
    ],
    ['threefry2x32-20, zeros', () => (threefry2x32(20, 0, 0, 0, 0, out), hex(out.subarray(0, 2))), '6b200159 99ba4efe'],
    ['threefry2x32-20, pi', () => (threefry2x32(20, 0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3, out), hex(out.subarray(0, 2))), 'c4923a9c 483df7a0'],
    [
      'threefry2x32-13 unrolled = rolled',
      () => (threefryUnrolled(true, 7, 9, 11, 13, out), hex(out.subarray(0, 2))),
      (threefry2x32(13, 7, 9, 11, 13, out), hex(out.subarray(0, 2))),
    ],
    [
      'threefry2x32-20 unrolled, pi',
      () => (threefryUnrolled(false, 0x13198a2e, 0x03707344, 0x243f6a88, 0x85a308d3, out), hex(out.subarray(0, 2))),
      'c4923a9c 483df7a0',
    ],
  ];
  for (const [name, got, want] of checks) {
    const g = got();
    if (g !== want) {
      console.error(`known answer ${name}: got ${g}, want ${want}`);
      process.exit(1);
    }
  }
  console.log(`known answers: ${checks.length} of ${checks.length} match`);
}

let sink = 0;
const words = new Int32Array(4);
const counter = new Int32Array(4);
/** Whether slot j tried in turn t: a fixed pattern with the toy's share, the same for every generator. */
const tried = Uint8Array.from({ length: SLOTS * 64 }, (_, i) => (fmix32(i + 1) >>> 0 < TRIED * 2 ** 32 ? 1 : 0));

// One function a generator, each with its own loop, so that every call site in them sees one
// function (a shared loop taking the generator as an argument would be megamorphic and slow
// down whichever generator came later). u₁ for every slot; the rest where it tried.

function threefryTurn(short: boolean, t: number): void {
  const row = (t & 63) * SLOTS;
  for (let j = 0; j < SLOTS; j++) {
    threefryUnrolled(short, j, 0x5eed, t * 3, 0, words); // u₁, u₂
    sink ^= words[0] as number;
    if (tried[row + j] === 1) {
      threefryUnrolled(short, j, 0x5eed, t * 3 + 1, 0, words); // u₃, u₄
      threefryUnrolled(short, j, 0x5eed, t * 3 + 2, 0, words); // u₅
      sink ^= words[1] as number;
    }
  }
}

function philoxTurn(rounds: number, t: number): void {
  const row = (t & 63) * SLOTS;
  for (let j = 0; j < SLOTS; j++) {
    counter[0] = t * 2; // u₁-u₄
    counter[1] = j;
    philox4x32(rounds, 0x5eed, 0, counter, words);
    sink ^= words[0] as number;
    if (tried[row + j] === 1) {
      counter[0] = t * 2 + 1; // u₅
      philox4x32(rounds, 0x5eed, 0, counter, words);
      sink ^= words[3] as number;
    }
  }
}

function hashed(j: number, t: number, draw: number): number {
  return fmix32(fmix32(Math.imul(j + 1, 0x9e3779b1) ^ Math.imul(t * DRAWS + draw, 0x85ebca6b)) ^ 0x5eed);
}

function hashedTurn(t: number): void {
  const row = (t & 63) * SLOTS;
  for (let j = 0; j < SLOTS; j++) {
    sink ^= hashed(j, t, 0);
    if (tried[row + j] === 1) for (let d = 1; d < DRAWS; d++) sink ^= hashed(j, t, d);
  }
}

/** Alea's way: every slot's block of five, two generators at a time. */
const state = new Float64Array(4 * SLOTS);
for (let j = 0; j < SLOTS; j++) seedPacked(state, 4 * j, fmix32(j + 1), fmix32(j + 2), fmix32(j + 3), 3);
const allSlots = Int32Array.from({ length: SLOTS }, (_, j) => j);
const block = new Float64Array(SLOTS * DRAWS);
function aleaTurn(): void {
  fillPackedMany(state, allSlots, SLOTS, block, DRAWS);
  sink += block[0] as number;
}

function median(xs: number[]): number {
  return xs.slice().sort((a, b) => a - b)[xs.length >> 1] as number;
}

const contenders: [string, (t: number) => void][] = [
  ['alea, the block of 5 (the engine)', aleaTurn],
  ['Threefry-2x32-13', (t) => threefryTurn(true, t)],
  ['Threefry-2x32-20', (t) => threefryTurn(false, t)],
  ['Philox-4x32-7', (t) => philoxTurn(7, t)],
  ['Philox-4x32-10', (t) => philoxTurn(10, t)],
  ['two murmur3 finalisers (unstudied)', hashedTurn],
];

/** CPU ns a slot-turn of each contender, rounds interleaved (machine drift hits them alike). */
function measure(): number[][] {
  for (const [, turn] of contenders) for (let t = 0; t < 20; t++) turn(t); // warm-up
  const ns = contenders.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    contenders.forEach(([, turn], i) => {
      const c0 = process.cpuUsage();
      for (let t = 0; t < TURNS; t++) turn(t);
      const c = process.cpuUsage(c0);
      (ns[i] as number[]).push(((c.user + c.system) * 1000) / (TURNS * SLOTS));
    });
  }
  return ns;
}

checkKnownAnswers();
console.log(`${SLOTS} slots a turn, ${Math.round(TRIED * 100)} % with attempts (those need u2-u5); CPU ns a slot-turn, median of ${ROUNDS} interleaved rounds`);
const ns = measure().map(median);
const alea = ns[0] as number;
contenders.forEach(([name], i) => {
  const x = ns[i] as number;
  console.log(`${name.padEnd(36)} ${x.toFixed(1).padStart(7)} ns  ${(x / alea).toFixed(2)}x alea`);
});
if (sink === 0.5) console.log(''); // keep the work observable
