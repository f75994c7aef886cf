/**
 * The report's "Over time": fan charts of the key metrics per turn, one panel per policy; rare
 * events (clashes, casualties) as cumulative counts, whose per-turn bands would be noise.
 *
 * @module
 */
import { FLOW_METRICS } from '../../engine/results';
import type { MonteCarloResult, PerTurnSummary } from '../../experiment/monte-carlo';
import { fanSpec, type FanRow } from '../charts';
import { num } from '../html';
import { metricInfo } from '../metrics';
import { calendarNote, turnTime, type ReportContext, type Section, type Timeline } from '../section';
import { axisFormat } from '../units';

const PER_TURN_FLOWS = new Set<string>([...FLOW_METRICS, 'quickReactionSorties', 'cost', 'sovereignty']);

/** The y-axis title of a per-turn chart: the unit, "per turn" for flows. */
function unitTitle(m: string, cumulative: boolean): string {
  const base = m.includes('.') ? m.slice(m.indexOf('.') + 1) : m;
  const unit = metricInfo(m).unit || metricInfo(m).label;
  if (cumulative) return `${unit} so far`;
  return PER_TURN_FLOWS.has(base) ? `${unit} per turn` : unit;
}

/** Rows of a fan; a running total is drawn at the end of its turn (the next turn's first day). */
function fanRows(policy: string, ser: PerTurnSummary, timeline: Timeline | undefined, atEnd: boolean): FanRow[] {
  const at = atEnd ? 1 : 0;
  return ser.p50.map((_, t) => ({
    series: policy,
    turn: t + at,
    ...(timeline ? { time: turnTime(timeline, t + at) } : {}),
    p5: ser.p5[t] as number,
    p50: ser.p50[t] as number,
    p95: ser.p95[t] as number,
    mean: ser.mean[t] as number,
  }));
}

/** The over-time section, or undefined without per-turn data. */
export function overTimeSection(mc: MonteCarloResult | undefined, ctx: ReportContext): Section | undefined {
  const perPolicy: { name: string; series: Record<string, PerTurnSummary>; cumulative: Record<string, PerTurnSummary>; runs: number }[] = [];
  const mcPer = mc?.perTurn;
  if (mc && mcPer && Object.keys(mcPer).length > 0) perPolicy.push({ name: mc.manifest.policy.name, series: { ...mcPer }, cumulative: {}, runs: mc.runs });
  for (const p of ctx.detail?.policies ?? []) {
    const have = perPolicy.find((q) => q.name === p.policy);
    if (have) {
      for (const [m, s] of Object.entries(p.perTurn)) if (!have.series[m]) have.series[m] = s;
      have.cumulative = p.cumulative;
    } else perPolicy.push({ name: p.policy, series: p.perTurn, cumulative: p.cumulative, runs: ctx.detail?.runs ?? 0 });
  }
  const fanMetrics = ctx.key.filter((m) => perPolicy.some((p) => p.series[m]));
  if (fanMetrics.length === 0) return undefined;
  const runsNote = [...new Set(perPolicy.map((p) => p.runs))].map((n) => num(n)).join(' / ');
  const names = perPolicy.map((p) => p.name);
  const order = ctx.policies.filter((p) => names.includes(p)).concat(names.filter((p) => !ctx.policies.includes(p)));
  const s: Section = {
    id: 'over-time',
    title: 'Over time',
    lead: `How the key metrics evolve turn by turn across the runs (${runsNote} runs${perPolicy.length > 1 ? ` per policy, one panel each on a shared scale: ${order.join(', ')}` : ''}). Each chart is a fan: the solid line is the median run's value for that turn, the dashed line the mean, and the shaded band holds the middle 90 % of runs (5th to 95th percentile). Rare events (clashes, casualties) are drawn as the count so far, turn by turn, whose rise shows how often they happen.`,
    body: [],
  };
  const timeTitle = ctx.timeline ? 'Date (first day of the turn)' : 'Turn (from 0)';
  fanMetrics.forEach((m, i) => {
    const info = metricInfo(m);
    const cumulative = info.rare === true && perPolicy.some((p) => p.cumulative[m]);
    const rows: FanRow[] = [];
    for (const p of perPolicy) {
      const ser = cumulative ? p.cumulative[m] : p.series[m];
      if (ser) rows.push(...fanRows(p.name, ser, ctx.timeline, cumulative));
    }
    s.body.push({
      id: `fan-${i}`,
      wide: order.length > 1,
      spec: fanSpec(rows, {
        title: cumulative ? `${info.label} so far` : `${info.label} per turn`,
        subtitle: cumulative
          ? ['running total to the end of each turn:', 'median (solid), mean (dashed), 5th–95th percentile (band)']
          : 'median (solid), mean (dashed), 5th–95th percentile (band)',
        yTitle: unitTitle(m, cumulative),
        timeTitle,
        dated: ctx.timeline !== undefined,
        policies: order,
        yFormat: axisFormat(info.quantity),
      }),
      caption: cumulative
        ? `${info.label}: ${info.meaning}, counted from the first turn to each turn's end (drawn where the turn ends). A rare event's per-turn count is mostly 0, so its per-turn band says little; the running total shows how many happen and when. Solid line: the median run; dashed: the mean; band: where 90 % of runs fall.${calendarNote(ctx.timeline)}`
        : `${info.label}: ${info.meaning}, in each turn. Solid line: the median run; dashed: the mean; band: where 90 % of runs fall.${calendarNote(ctx.timeline)}`,
    });
  });
  return s;
}
