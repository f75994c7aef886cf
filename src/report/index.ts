/**
 * Reports: the self-contained HTML report with charts, and CSV/NDJSON writers for per-turn and
 * per-run rows (columns in docs/outputs.md).
 *
 * @module
 */
export { renderReport, replayForReport, toBundle, ReportError, type ReportInput, type ReportBundle, type ReportOptions } from './report';
export { readReportInput, MAX_RESULT_BYTES, type ReportFileInput, type ReadReportInputOptions } from './input';
export { replayDetail, type ReplayDetail, type ReplayOptions, type PolicyDetail, type SectorInfo } from './replay';
export { toCsv, toNdjson, parseCsv, parseCsvRecords, parseNdjson, csvNumber, csvField, columnsOf, type Cell, type Row } from './format';
export { turnRows, turnColumns, turnsToCsv, turnsToNdjson, runRows, runsToCsv, runsToNdjson, type TurnScope, type TurnRowsOptions, type RunLike } from './rows';
export { METRIC_INFO, metricInfo, type MetricInfo, type Quantity, type Aggregate } from './metrics';
export { afterAction, afterActionOfGame, type AfterAction, type AfterActionGame, type UnitAt } from './after-action';
export { renderAfterAction } from './after-action-page';
export type { MapGeometry, MapSector, MapPlace, MapDrill, MapSides } from './map-geometry';
export type { BorderLine, LonLatPosition } from '../scenario/geo-line';
