/**
 * The overlay type (issue 22): `ScenarioOverlay` is generated from the scenario's JSON Schema by
 * `npm run schema` (scripts/overlay-types.ts) and follows the merge rules of applyOverlay. The
 * checked-in file must be what the generator writes today; what the type accepts and refuses is
 * checked by the type checker (`npm run typecheck` reads this file: an `@ts-expect-error` that
 * finds no error is itself an error), and the overlays it accepts are applied for real.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OVERLAY_TYPES_FILE, renderScenarioOverlayTypes } from '../../scripts/write-schema';
import { applyPolicy, type OverlayPolicy } from '../../src/experiment/policy';
import type { ScenarioOverlay } from '../../src/index';
import { loadPolicy, loadScenario } from '../../src/scenario';
import { ROOT } from '../helpers/paths';

describe('ScenarioOverlay', () => {
  test(`${OVERLAY_TYPES_FILE} is what \`npm run schema\` generates from the schema`, () => {
    const onDisk = readFileSync(join(ROOT, OVERLAY_TYPES_FILE), 'utf8');
    if (onDisk !== renderScenarioOverlayTypes())
      expect.fail(`${OVERLAY_TYPES_FILE} is out of date with the scenario schema: run \`npm run schema\` and commit the result`);
    expect(onDisk).toMatch(/^export type ScenarioOverlay = \{$/m);
  });

  test('accepts partial entries by id, removals, deletions by null and quantities in any form; they apply', () => {
    const scenario = loadScenario('tajik-afghan-2021');
    const [first, second] = scenario.sectors;
    if (first === undefined || second === undefined) throw new Error('the default scenario has sectors');
    const overlay: ScenarioOverlay = {
      metadata: { description: 'a test overlay' },
      sectors: [
        { id: first.id, posts: { count: { value: 3, source: 'assumption' } } },
        { id: second.id, lengthKm: { min: 50, max: 80, value: 60 } },
      ],
      events: null,
      parameters: { detection: { sweepWidthKm: 2 } },
    };
    const policy: OverlayPolicy = { name: 'typed', overlay };
    const played = applyPolicy(scenario, policy);
    expect(played.sectors.find((s) => s.id === first.id)?.posts?.count).toMatchObject({ value: 3, source: 'assumption' });
    expect(played.sectors.find((s) => s.id === second.id)?.lengthKm).toMatchObject({ min: 50, max: 80, value: 60 });
    expect(played.events ?? []).toEqual([]);
    const removal: ScenarioOverlay = { actors: [{ id: scenario.actors[0]?.id ?? 'x', remove: true }] };
    expect(applyPolicy(scenario, { name: 'fewer', overlay: removal }).actors).toHaveLength(scenario.actors.length - 1);
    // A bundled policy file's overlay is a ScenarioOverlay (loadPolicy validated it on its own).
    const bundled: ScenarioOverlay = loadPolicy('technical-assistance').overlay;
    expect(Object.keys(bundled).length).toBeGreaterThan(0);
  });

  test('refuses what the schema refuses (checked by tsc)', () => {
    const refused: ScenarioOverlay[] = [
      // @ts-expect-error a misspelt field
      { sectors: [{ id: 'a', lenghtKm: 3 }] },
      // @ts-expect-error an entry of an array merged by id needs its id
      { sectors: [{ lengthKm: 3 }] },
      // @ts-expect-error a quantity is a number or one of its object forms, never a string
      { parameters: { detection: { sweepWidthKm: 'wide' } } },
      // @ts-expect-error a role outside the vocabulary
      { forces: [{ id: 'g', role: 'paratroopers' }] },
    ];
    expect(refused).toHaveLength(4);
  });
});
