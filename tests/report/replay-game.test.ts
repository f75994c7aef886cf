/**
 * The after-action replay of a recorded game: a scripted game, both sides played by persons
 * (orders from blue and from red), saved to a replay file, opened by `frontier-sim replay
 * SCENARIO --game FILE` (the built CLI). The page's per-turn numbers, hashes and orders are
 * those of replaying the record through the API; each turn lists both sides' orders; every unit
 * mark sits beside the sector the data puts it in; a record of another scenario, one that does
 * not reproduce, or a malformed one is refused with one line and leaves no file. In headless
 * Chromium the turn control shows each turn with its orders; screenshots of turns 1, 26 and 51
 * (the 52nd and last) in out/screens/replay/.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine/game';
import { replay } from '../../src/engine/replay';
import type { ReplayFile } from '../../src/engine/replay-file';
import { afterActionOfGame } from '../../src/report/after-action';
import { loadScenario } from '../../src/scenario';
import type { Order } from '../../src/scenario/schema';
import { launchChromium, type Browser, watchedPage } from '../helpers/chromium';
import { runCli } from '../helpers/cli';
import { DEFAULT_SCENARIO, ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { pathPoints, svgItems, type SvgItem } from './svg-marks';

const SCREENS = join(ROOT, 'out', 'screens', 'replay');
const SCENARIO_2015 = join(ROOT, 'scenarios', 'tajik-afghan-2015.json');

/** Each side's orders by turn: blue invites guards, opens the border and moves a unit; red surges, reroutes and holds. */
const SCRIPT: Record<number, { blue?: Order[]; red?: Order[] }> = {
  0: {
    blue: [{ type: 'invite-guards', side: 'russia', sectors: ['shaartuz', 'khorog'], personnelPerSector: 300, arrivalDays: 14 }],
    red: [{ type: 'tempo', actor: 'heroin', factor: 1.5 }],
  },
  5: { red: [{ type: 'route', actor: 'heroin', weights: { panj: 3, shaartuz: 0 } }] },
  10: { blue: [{ type: 'refugees', border: 'open' }], red: [{ type: 'tempo', actor: 'opium', factor: 0.5 }] },
  26: { red: [{ type: 'tempo', actor: 'heroin', factor: 0 }] },
  30: { red: [{ type: 'tempo', actor: 'heroin', factor: 1 }] },
};

interface PageData {
  seed: number;
  hash: string;
  hashes: string[];
  totals: Record<string, number>;
  turns: { turn: number; date: string; metrics: Record<string, number>; bySector: Record<string, Record<string, number>>; byKind: unknown }[];
  game: { players: { blue: string; red: string }; scenarioHash: string; orders: { blue: Order[]; red: Order[] }[] };
}

function dataOf(html: string): PageData {
  const m = /<script type="application\/json" id="replay-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no replay data in the page');
  return JSON.parse(m[1] as string) as PageData;
}

function panelOf(html: string, t: number): string {
  const m = new RegExp(`<section class="panel" id="turn-${t}" data-turn="${t}">([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no panel for turn ${t}`);
  return m[1] as string;
}

/** The absolute points of a drawn path. */
const pointsOf = (p: SvgItem) => pathPoints(p).map((q) => ({ x: q.x + p.x, y: q.y + p.y }));

describe('frontier-sim replay --game', () => {
  const dir = tempDir('frontier-replay-game-');
  const recordPath = join(dir, 'game.json');
  const page = join(dir, 'game.html');
  const scenario = loadScenario(DEFAULT_SCENARIO);
  let record: ReplayFile;
  let html = '';

  beforeAll(() => {
    const game = createGame(scenario, { seed: 7, players: { blue: 'person', red: 'person' } });
    while (!game.over) {
      const given = SCRIPT[game.turn] ?? {};
      for (const side of ['blue', 'red'] as const) {
        const orders = given[side];
        if (orders) expect(game.submit(side, orders), `turn ${game.turn} ${side}`).toMatchObject({ ok: true });
      }
      game.advance();
    }
    record = game.record();
    writeFileSync(recordPath, JSON.stringify(record));
    const r = runCli(['replay', DEFAULT_SCENARIO, '--game', recordPath, '--out', page]);
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(page, 'utf8');
  }, 120_000);

  it("shows the game's 52 turns with the numbers, hashes and orders of replaying its record through the API", () => {
    const data = dataOf(html);
    const replayed = replay(JSON.parse(readFileSync(recordPath, 'utf8')), scenario);
    expect(replayed.ok).toBe(true);
    expect(data.turns).toHaveLength(52);
    expect(data.seed).toBe(7);
    expect(data.game.players).toEqual({ blue: 'person', red: 'person' });
    expect(data.game.scenarioHash).toBe(record.scenarioHash);
    replayed.turns.forEach((t, i) => {
      const p = data.turns[i]!;
      expect({ turn: p.turn, date: p.date, metrics: p.metrics, bySector: p.bySector, byKind: p.byKind }, `turn ${i}`).toEqual({
        turn: t.record.turn,
        date: t.record.date,
        metrics: t.record.metrics,
        bySector: t.record.bySector,
        byKind: t.record.byKind,
      });
      expect(data.hashes[i]).toBe(t.hash);
      expect(data.game.orders[i]).toEqual({ blue: t.orders.blue, red: t.orders.red });
    });
    expect(data.hash).toBe(record.turns.at(-1)?.hash);
    // The totals are the turns' flows summed (in turn order, as a run sums them).
    for (const m of ['attempts', 'detected', 'interdicted', 'gotAway', 'kgSeized', 'clashes'])
      expect(data.totals[m], m).toBe(replayed.turns.reduce((a, t) => a + (t.record.metrics[m as 'attempts'] ?? 0), 0));
    // The orders changed the game: red's hold in turn 26 stopped the heroin network's attempts.
    const smuggling = (t: number) => (data.turns[t]!.byKind as Record<string, { attempts: number }>).smuggling!.attempts;
    expect(smuggling(26)).toBeLessThan(smuggling(25));
  });

  it("each turn's panel lists both sides' orders of that turn, and the whole-border row is the turn's", () => {
    const orders = (t: number) =>
      [...panelOf(html, t).matchAll(/<li data-side="(blue|red)"><b class="\1">\1<\/b> <code>([\w-]+)<\/code>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(orders(0)).toEqual(['blue invite-guards', 'red tempo']);
    expect(orders(5)).toEqual(['red route']);
    expect(orders(10)).toEqual(['blue refugees', 'red tempo']);
    expect(orders(1)).toEqual([]);
    expect(panelOf(html, 1)).toContain('Neither side gave an order this turn.');
    expect(panelOf(html, 0)).toContain('sectors [&quot;shaartuz&quot;, &quot;khorog&quot;]');
    expect(html).toContain('A recorded game: blue played by person, red by person');
    const data = dataOf(html);
    const whole = /<tr><th>Whole border<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/.exec(panelOf(html, 26))?.[1] ?? '';
    const cells = [...whole.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => Number((c[1] as string).replace(/,/g, '')));
    const m = data.turns[26]!.metrics;
    expect(cells.slice(0, 4)).toEqual([m.attempts, m.detected, m.interdicted, m.gotAway]);
  });

  it('every unit mark of a turn sits beside the sector where the data puts the unit, and names it', () => {
    const aa = afterActionOfGame(scenario, record);
    // The invited guards stand in their sectors once arrived.
    const guards = (aa.units[26] ?? []).filter((u) => u.side === 'russia' && (u.location === 'shaartuz' || u.location === 'khorog'));
    expect(guards.map((u) => u.location).sort()).toEqual(['khorog', 'shaartuz']);
    for (const t of [1, 26, 51]) {
      const svg = new RegExp(`<div class="ov" id="ov-${t}">([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '';
      const items = svgItems(svg);
      const sectors = items.filter((i) => i.tag === 'path' && / in turn \d+: /.test(i.label));
      expect(sectors).toHaveLength(12);
      const sectorOf = (label: string) => aa.map!.sectors.find((s) => label.startsWith(`${s.label}:`))!.id;
      const marks = items.filter((i) => i.tag === 'path' && / at [\w-]+(, arriving|, moving to [\w-]+)?$/.test(i.label));
      const inSectors = (aa.units[t] ?? []).filter((u) => aa.sectors.some((s) => s.id === u.location));
      expect(marks.length, `turn ${t}`).toBeGreaterThanOrEqual(inSectors.length);
      for (const u of inSectors) {
        const mark = marks.find((m) => m.label.startsWith(`${u.name} (${u.side}, ${u.role}): ${u.personnel} at ${u.location}`));
        expect(mark, `turn ${t}: ${u.id}`).toBeDefined();
        // Nearest to its own sector's drawn stretch of all the sectors.
        const distance = (p: SvgItem) => Math.min(...pointsOf(p).map((q) => Math.hypot(q.x - mark!.x, q.y - mark!.y)));
        const nearest = [...sectors].sort((a, b) => distance(a) - distance(b))[0]!;
        expect(sectorOf(nearest.label), `turn ${t}: ${u.id}`).toBe(u.location);
        expect(distance(nearest)).toBeLessThan(60);
      }
    }
  });

  it('refuses a record of another scenario, one that does not reproduce, and a malformed one: one line, exit 2, no file', () => {
    const refused = (args: string[], pattern: RegExp) => {
      const out = join(dir, 'refused.html');
      const r = runCli(['replay', ...args, '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    };
    refused(
      [SCENARIO_2015, '--game', recordPath],
      /--game .*game\.json: not a game record of this scenario: the scenario's hash is [0-9a-f]{16}, the file's game was played on [0-9a-f]{16}/,
    );
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...record, turns: record.turns.map((t) => (t.turn === 9 ? { ...t, hash: '0123456789abcdef' } : t)) }));
    refused([DEFAULT_SCENARIO, '--game', tampered], /the record is not reproduced: the state hash after turn 9 is [0-9a-f]{16}, the record's 0123456789abcdef/);
    const notJson = join(dir, 'not-json.json');
    writeFileSync(notJson, '{"format": "frontier-sim-replay",');
    refused([DEFAULT_SCENARIO, '--game', notJson], /--game .*not-json\.json: not JSON/);
    const wrongShape = join(dir, 'wrong-shape.json');
    writeFileSync(wrongShape, JSON.stringify({ format: 'frontier-sim-replay', version: 2 }));
    refused([DEFAULT_SCENARIO, '--game', wrongShape], /\/version: expected 1/);
    refused([DEFAULT_SCENARIO, '--game', recordPath, '--seed', '3'], /--seed cannot go with --game/);
    refused([DEFAULT_SCENARIO, '--game', join(dir, 'missing.json')], /missing\.json: file not found/);
    expect(readdirSync(dir).sort()).toEqual(['game.html', 'game.json', 'not-json.json', 'tampered.json', 'wrong-shape.json']);
  }, 120_000);

  describe('in headless Chromium', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium({ width: 1400, height: 1000 });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('the turn control shows each chosen turn with its orders; screenshots of turns 1, 26 and 51', async () => {
      const { page: tab, requests, problems } = await watchedPage(browser!.context);
      const url = pathToFileURL(page).href;
      await tab.goto(url, { waitUntil: 'load' });
      mkdirSync(SCREENS, { recursive: true });
      const visible = (sel: string) =>
        tab.$$eval(sel, (es) => es.filter((e) => (e as unknown as { offsetParent: unknown }).offsetParent !== null).map((e) => e.textContent ?? ''));
      for (const t of [0, 1, 5, 26, 51]) {
        await tab.click(`nav.turns label[for="t${t}"]`);
        expect(
          await tab.$$eval('section.panel', (ps) => ps.filter((p) => (p as unknown as { offsetParent: unknown }).offsetParent !== null).map((p) => p.id)),
        ).toEqual([`turn-${t}`]);
        const shownOrders = (await visible('ul.orders li')).map((s) => s.split(' ').slice(0, 2).join(' '));
        const want = [...(SCRIPT[t]?.blue ?? []).map((o) => `blue ${o.type}`), ...(SCRIPT[t]?.red ?? []).map((o) => `red ${o.type}`)];
        expect(shownOrders, `turn ${t}`).toEqual(want);
        if (t === 1 || t === 26 || t === 51) {
          // The map and the turn's panel down to its orders, at 1400 px wide.
          const units = await tab.$eval(
            `#turn-${t} h3:nth-of-type(3)`,
            (e) => e.getBoundingClientRect().top + (globalThis as unknown as { scrollY: number }).scrollY,
          );
          await tab.screenshot({ path: join(SCREENS, `game-turn-${t}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1400, height: Math.ceil(units) } });
        }
      }
      expect(requests).toEqual([url]);
      expect(problems).toEqual([]);
      await tab.close();
    }, 180_000);
  });
});
