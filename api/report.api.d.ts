// The public API of 'frontier-sim/report': 41 exports (scripts/api-report.mjs; do not edit).

// Aggregate
type Aggregate = 'sum' | 'mean' | 'max' | 'final' | 'ratio';

// Cell
type Cell = number | string | null | undefined;

// MAX_RESULT_BYTES
const MAX_RESULT_BYTES: number;

// METRIC_INFO
const METRIC_INFO: Readonly<Record<string, MetricInfo>>;

// MetricInfo
interface MetricInfo {
    label: string;
    unit: string;
    meaning: string;
    quantity: Quantity;
    aggregate: Aggregate;
    kinds?: readonly ActorKind[];
    rare?: boolean;
    borderOnly?: boolean;
}

// PolicyDetail
interface PolicyDetail {
    policy: string;
    perTurn: Record<string, PerTurnSummary>;
    bySector: Record<string, number[][]>;
    cumulative: Record<string, PerTurnSummary>;
    totals: Record<string, number>[];
}

// Quantity
type Quantity = 'count' | 'kg' | 'USD' | 'share' | 'index' | 'points';

// ReadReportInputOptions
interface ReadReportInputOptions {
    keepRuns?: boolean;
}

// ReplayDetail
interface ReplayDetail {
    runs: number;
    seed: number;
    turns: number;
    startDate: string;
    turnLengthDays: number;
    sectors: SectorInfo[];
    policies: PolicyDetail[];
    map?: MapGeometry;
}

// ReplayOptions
interface ReplayOptions {
    seed: number;
    runs: number;
    turns?: number;
    policies?: readonly Policy[];
    metrics?: readonly string[];
    sectorMetrics?: readonly string[];
}

// ReportBundle
interface ReportBundle {
    monteCarlo?: MonteCarloResult;
    comparison?: Comparison;
    sweep?: SweepResult;
    detail?: ReplayDetail;
    runTotals?: {
        policy: string;
        totals: readonly Readonly<Record<string, number>>[];
    }[];
    optimization?: OptimizationResult;
}

// ReportError
class ReportError extends Error {
    readonly name: string;
}

// ReportFileInput
interface ReportFileInput {
    bundle: ReportBundle;
    runs?: RunOutput[];
    scenario?: Scenario;
    policies?: Policy[];
    recordsNoScenario?: boolean;
}

// ReportInput
type ReportInput = MonteCarloResult | Comparison | SweepResult | ReportBundle;

// ReportOptions
interface ReportOptions {
    title?: string;
    generatedAt?: string;
    metrics?: readonly string[];
    scenario?: Scenario;
    replayRuns?: number;
    policies?: readonly Policy[];
    mapMetric?: string;
}

// Row
type Row = Readonly<Record<string, Cell>>;

// RunLike
type RunLike = Pick<RunOutput, 'seed' | 'totals'> & ({
    index: number;
} | {
    run: number;
});

// SectorInfo
interface SectorInfo {
    id: string;
    name: string;
    alongBorderKm: number;
    lengthKm: number;
}

// TurnRowsOptions
interface TurnRowsOptions {
    scopes?: readonly TurnScope[];
}

// TurnScope
type TurnScope = 'border' | 'kind' | 'sector';

// columnsOf
function columnsOf(rows: Iterable<Row>): string[];

// csvField
function csvField(text: string): string;

// csvNumber
function csvNumber(n: number): string;

// metricInfo
function metricInfo(name: string): MetricInfo;

// parseCsv
function parseCsv(text: string, numeric?: (column: string) => boolean): Record<string, string | number>[];

// parseCsvRecords
function parseCsvRecords(text: string): string[][];

// parseNdjson
function parseNdjson(text: string): unknown[];

// readReportInput
function readReportInput(path: string, options?: ReadReportInputOptions): ReportFileInput;

// renderReport
function renderReport(input: ReportInput, options?: ReportOptions): Promise<string>;

// replayDetail
function replayDetail(scenario: Scenario, options: ReplayOptions): ReplayDetail;

// replayForReport
function replayForReport(input: ReportInput, scenario: Scenario, options?: {
    replayRuns?: number;
    policies?: readonly Policy[];
    mapMetric?: string;
}): ReplayDetail;

// runRows
function runRows(runs: Iterable<RunLike>): Row[];

// runsToCsv
function runsToCsv(runs: Iterable<RunLike>): string;

// runsToNdjson
function runsToNdjson(runs: Iterable<RunLike>): string;

// toBundle
function toBundle(input: ReportInput): ReportBundle;

// toCsv
function toCsv(rows: readonly Row[], options?: {
    columns?: readonly string[];
    lineEnding?: '\r\n' | '\n';
}): string;

// toNdjson
function toNdjson(rows: Iterable<Row>): string;

// turnColumns
function turnColumns(rows: readonly Row[]): string[];

// turnRows
function turnRows(run: RunResult, options?: TurnRowsOptions): Row[];

// turnsToCsv
function turnsToCsv(run: RunResult, options?: TurnRowsOptions): string;

// turnsToNdjson
function turnsToNdjson(run: RunResult, options?: TurnRowsOptions): string;
