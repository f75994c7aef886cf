/**
 * The report's "Manifest": what its numbers depend on (engine version, scenario and its hash,
 * seed, runs, policies), so that anyone can reproduce them.
 *
 * @module
 */
import { esc, num } from '../html';
import type { ReportBundle } from '../report';
import type { ReportContext, Section } from '../section';

/** The manifest section (always). */
export function manifestSection(b: ReportBundle, ctx: ReportContext): Section {
  const s: Section = {
    id: 'manifest',
    title: 'Manifest',
    lead: 'What these numbers depend on. The same engine version, scenario (by hash), seed and runs reproduce them exactly.',
    body: [],
  };
  const detail = ctx.detail;
  const dl = (pairs: [string, string][]) => `<dl class="manifest">${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
  const common: [string, string][] = [
    ['scenario', esc(ctx.experiment.scenarioName)],
    ['scenario hash', `<code>${esc(ctx.experiment.scenarioHash)}</code>`],
    ['root seed', `<code>${esc(String(ctx.experiment.seed))}</code> (run i uses a seed derived from it and i)`],
    ['runs', num(ctx.experiment.runs)],
    ['turns per run', num(ctx.experiment.turns)],
  ];
  if (b.monteCarlo) {
    const m = b.monteCarlo.manifest;
    s.body.push(
      '<h3>Monte Carlo</h3>' +
        dl([
          ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
          ['scenario', esc(m.scenario.name)],
          ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
          ['root seed', `<code>${esc(String(m.seed))}</code> (run i uses a seed derived from it and i)`],
          [
            'runs',
            `${num(b.monteCarlo.runs)}${b.monteCarlo.runs !== m.runs ? ` (${num(m.runs)} requested)` : ''}${m.shard ? ` (shard ${m.shard.index}/${m.shard.count})` : ''}`,
          ],
          ['turns per run', num(m.turns)],
          ['policy', `${esc(m.policy.name)}${m.policy.overlayHash ? ` (overlay <code>${esc(m.policy.overlayHash)}</code>)` : ' (the scenario as it is)'}`],
          ...(b.monteCarlo.precision
            ? [
                [
                  'precision targets',
                  esc(
                    b.monteCarlo.precision.targets.map((t) => `${t.metric} ±${num(t.halfWidth)} (target ${num(t.target)})`).join(', ') +
                      (b.monteCarlo.precision.met ? ': met' : ': not met'),
                  ),
                ] as [string, string],
              ]
            : []),
        ]),
    );
  }
  if (b.comparison) {
    const m = b.comparison.manifest;
    s.body.push(
      '<h3>Comparison</h3>' +
        dl([
          ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
          ['scenario', esc(m.scenario.name)],
          ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
          ['root seed', `<code>${esc(String(m.seed))}</code>`],
          ['runs per policy', num(m.runs)],
          ['turns per run', num(m.turns)],
          ['baseline', esc(m.baseline)],
          ['policies', m.policies.map((p) => `${esc(p.name)}${p.overlayHash ? ` (overlay <code>${esc(p.overlayHash)}</code>)` : ''}`).join(', ')],
        ]),
    );
  }
  if (b.sweep) {
    const m = b.sweep.manifest;
    s.body.push(
      '<h3>Sweep</h3>' +
        dl([
          ['engine', `${esc(m.engine.name)} ${esc(m.engine.version)}`],
          ['scenario', esc(m.scenario.name)],
          ['scenario hash', `<code>${esc(m.scenario.hash)}</code>`],
          ['root seed', `<code>${esc(String(m.seed))}</code>`],
          ['design', esc(m.design)],
          ['runs per point', num(m.runs)],
          ['turns per run', num(m.turns)],
          ['policy', esc(m.policy.name)],
          ['parameters', b.sweep.parameters.map((p) => `<code>${esc(p.pointer)}</code> ${num(p.min)}–${num(p.max)}`).join('<br>')],
        ]),
    );
  }
  if (!b.monteCarlo && !b.comparison && !b.sweep) s.body.push(dl(common));
  if (detail)
    s.body.push(
      `<p class="note">Heat maps${b.monteCarlo?.perTurn ? '' : ', fan charts'}${ctx.runTotals.some((r) => r.source === 'replay') ? ' and histograms' : ''} come from replaying runs 0–${detail.runs - 1} with per-turn detail on the experiment's seeds (root seed ${esc(String(detail.seed))}).</p>`,
    );
  return s;
}
