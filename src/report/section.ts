/**
 * The parts a report is assembled from: sections of text and figures, each made by a section
 * builder from the report's context. The page (page.ts) renders the sections in order; a new
 * kind of section is one more builder in report.ts's list.
 *
 * @module
 */
import type { RunLike } from './rows';
import type { ReplayDetail } from './replay';
import type { VegaLiteSpec } from './render';

/** A chart: its spec, the caption under it, and whether it spans the page's width. */
export interface Figure {
  /** Unique on the page (SVG ids are prefixed with it); `data-chart` on its figure. */
  id: string;
  spec: VegaLiteSpec;
  caption: string;
  wide?: boolean;
}

/** A section of the page: a heading, a lead paragraph, then HTML and figures in order. */
export interface Section {
  id: string;
  title: string;
  lead: string;
  body: (string | Figure)[];
}

/** What the experiment is, whatever kind of result the report shows. */
export interface Experiment {
  scenarioName: string;
  scenarioHash: string;
  seed: number;
  runs: number;
  turns: number;
  policies: { name: string; overlayHash: string }[];
}

/** The calendar of the experiment's turns: turn t starts `t × days` days after `start`. */
export interface Timeline {
  /** YYYY-MM-DD, the first day of turn 0. */
  start: string;
  days: number;
}

/** Each policy's run totals (every run of a runs file, or the replayed runs). */
export interface RunTotals {
  policy: string;
  totals: readonly Readonly<Record<string, number>>[];
  /** 'all': every run of the experiment; 'replay': the replayed first runs. */
  source: 'all' | 'replay';
}

/** What a section builder reads. */
export interface ReportContext {
  experiment: Experiment;
  /** The key metrics to chart, in order. */
  key: readonly string[];
  /** The policies in order, the baseline first: each keeps its colour in every chart. */
  policies: readonly string[];
  detail?: ReplayDetail;
  timeline?: Timeline;
  runTotals: readonly RunTotals[];
  /** The sector metric the maps colour the border by (default gotAway). */
  mapMetric?: string;
}

/** Makes one section of the report, or nothing when its data are absent. */
export type SectionBuilder<B> = (bundle: B, ctx: ReportContext) => Section | undefined;

/** The first day of turn `t` as milliseconds since 1970 (UTC). */
export function turnTime(timeline: Timeline, t: number): number {
  const [y, m, d] = timeline.start.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) + t * timeline.days * 86_400_000;
}

/** "Turn 0 starts 2021-08-16; a turn is 7 days." */
export function calendarNote(timeline: Timeline | undefined): string {
  return timeline ? ` Turn 0 starts ${timeline.start}; a turn is ${timeline.days} day${timeline.days === 1 ? '' : 's'}.` : '';
}

/** Converts runs-file lines (or any `RunLike`) to run totals. */
export function totalsOf(runs: readonly RunLike[]): Record<string, number>[] {
  return runs.map((r) => r.totals as Record<string, number>);
}
