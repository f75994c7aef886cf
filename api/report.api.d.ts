// The public API of 'frontier-sim/report': 54 exports (scripts/api-report.mjs; do not edit).

// AfterAction
interface AfterAction {
    scenario: string;
    policy: string;
    seed: number;
    hash: string;
    hashes: readonly string[];
    turns: readonly TurnRecord[];
    totals: Totals;
    log: readonly LogEntry[];
    units: UnitAt[][];
    sectors: {
        id: string;
        name: string;
    }[];
    bases: {
        id: string;
        name: string;
    }[];
    turnLengthDays: number;
    map?: MapGeometry;
    game?: AfterActionGame;
}

// AfterActionGame
interface AfterActionGame {
    players: {
        blue: string;
        red: string;
    };
    scenarioHash: string;
    orders: {
        blue: readonly Order[];
        red: readonly Order[];
    }[];
}

// Aggregate
type Aggregate = 'sum' | 'mean' | 'max' | 'final' | 'ratio';

// BorderLine
type BorderLine = {
    type: 'LineString';
    coordinates: readonly LonLatPosition[];
} | {
    type: 'MultiLineString';
    coordinates: readonly (readonly LonLatPosition[])[];
};

// Cell
type Cell = number | string | null | undefined;

// LonLatPosition
type LonLatPosition = readonly number[];

// MAX_RESULT_BYTES
const MAX_RESULT_BYTES: number;

// METRIC_INFO
const METRIC_INFO: Readonly<Record<string, MetricInfo>>;

// MapDrill
interface MapDrill extends MapPlace {
    when: string;
    rangeKm: number;
}

// MapGeometry
interface MapGeometry {
    border: BorderLine;
    lineKm: number;
    source: string;
    outlines: {
        id: string;
        name: string;
        geometry: {
            type: 'Polygon' | 'MultiPolygon';
            coordinates: unknown;
        };
        labelAt: number[];
    }[];
    sectors: MapSector[];
    bases: MapPlace[];
    provinces: MapPlace[];
    drills: MapDrill[];
    sides: MapSides;
}

// MapPlace
interface MapPlace {
    id: string;
    name: string;
    lon: number;
    lat: number;
}

// MapSector
interface MapSector {
    id: string;
    label: string;
    name: string;
    fromKm: number;
    toKm: number;
    lengthKm: number;
    coordinates: number[][][];
    mid: number[];
    labelAt: number[];
    align: 'left' | 'right' | 'center';
    anchors: {
        on: number[];
        home: number[];
    }[];
}

// MapSides
interface MapSides {
    homeIsLeft: boolean;
    home: string;
    far: string;
    homeOutlines: string[];
}

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

// UnitAt
interface UnitAt {
    id: string;
    name: string;
    side: string;
    role: string;
    personnel: number;
    location: string;
    movingTo: string | null;
}

// afterAction
function afterAction(scenario: Scenario, options: {
    seed: number;
    turns?: number;
    policy?: Policy;
}): AfterAction;

// afterActionOfGame
function afterActionOfGame(scenario: Scenario, file: unknown): AfterAction;

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

// renderAfterAction
function renderAfterAction(aa: AfterAction, options?: {
    title?: string;
    footer?: string;
}): Promise<string>;

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
