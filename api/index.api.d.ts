// The public API of 'frontier-sim': 210 exports (scripts/api-report.mjs; do not edit).

// ADAPTIVE_ADVERSARY
const ADAPTIVE_ADVERSARY: AdversaryModel;

// ADAPTIVE_SMUGGLER
const ADAPTIVE_SMUGGLER: SidePolicy<'red'>;

// Actor
const Actor: _sinclair_typebox.TObject<{
    id: _sinclair_typebox.TString;
    name: _sinclair_typebox.TString;
    kind: _sinclair_typebox.TUnion<_sinclair_typebox.TLiteral<"armed-group" | "smuggling" | "refugees" | "recruits">[]>;
    strength: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    intent: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    attemptsPerWeek: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    presence: _sinclair_typebox.TRecord<_sinclair_typebox.TString, _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    loadKg: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    groupSize: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    displacementSensitivity: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    season: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
}>;
type Actor = Static<typeof Actor>;

// ActorKind
type ActorKind = (typeof ACTOR_KINDS)[number];

// ActorOverlay
type ActorOverlay = {
    id: string;
    name?: string | null;
    kind?: "armed-group" | "smuggling" | "refugees" | "recruits" | null;
    strength?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    intent?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    attemptsPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    presence?: PresenceOverlay | null;
    loadKg?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    groupSize?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    displacementSensitivity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    season?: string | null;
};

// ActorState
interface ActorState {
    readonly id: string;
    readonly strength: number;
    readonly intent: number;
    readonly perceived: readonly number[];
    readonly seen?: readonly number[];
    readonly casualties: number;
    readonly presence?: readonly number[];
    readonly route?: readonly number[];
    readonly tempo?: number;
    readonly split?: readonly number[];
}

// AdversaryMode
type AdversaryMode = 'auto' | 'both' | 'fixed' | 'adaptive';

// AdversaryModel
interface AdversaryModel {
    readonly name: string;
    readonly adapts: boolean;
    scenario(scenario: Scenario): Scenario;
    readonly policy?: FunctionPolicy;
}

// AdversaryOptimum
interface AdversaryOptimum {
    adversary: string;
    adapts: boolean;
    allocation: number[];
    greedy: number[];
    selection: SelectionOutcome;
    searchToday: number;
    searchBest: number;
}

// AllocationEvaluation
interface AllocationEvaluation {
    adversary: string;
    seed: number;
    runs: number;
    objective: Record<string, Summary>;
    vsToday: Record<string, PairedComparison>;
    vsEven: PairedComparison;
}

// AllocationRow
interface AllocationRow {
    sector: string;
    name: string;
    lever: Lever;
    today: number;
    proposed: number;
    change: number;
    even: number;
    naive?: number;
}

// AllocationSpace
interface AllocationSpace {
    readonly sectors: readonly SectorInfo[];
    readonly side: string;
    readonly levers: readonly Lever[];
    readonly coordinates: readonly Coordinate[];
    readonly today: readonly number[];
    readonly lower: readonly number[];
    readonly upper: readonly number[];
    readonly unitCostUsdPerYear: readonly number[];
    readonly caps: {
        readonly personnel?: number;
        readonly posts?: number;
        readonly budgetUsdPerYear?: number;
    };
    readonly fill: boolean;
    readonly template: Scenario;
    readonly addedUnits: readonly (string | undefined)[];
    readonly units: readonly (readonly {
        readonly index: number;
        readonly id: string;
        readonly personnel: number;
    }[])[];
    readonly postRadiusKm: number;
}

// AssistanceProgramme
interface AssistanceProgramme {
    readonly multiplier: readonly number[];
    readonly usdPerWeek: number;
    readonly untilTurn: number;
}

// Base
const Base: _sinclair_typebox.TObject<{
    id: _sinclair_typebox.TString;
    name: _sinclair_typebox.TString;
    alongBorderKm: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    fromBorderKm: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    at: _sinclair_typebox.TOptional<_sinclair_typebox.TObject<{
        lon: _sinclair_typebox.TNumber;
        lat: _sinclair_typebox.TNumber;
        source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    }>>;
}>;
type Base = Static<typeof Base>;

// BlueReport
interface BlueReport {
    readonly detected: number;
    readonly interdicted: number;
    readonly kgSeized: number;
    readonly clashes: number;
    readonly pDetect: number;
    readonly estimatedCrossings: number;
}

// BlueSectorView
interface BlueSectorView {
    readonly id: string;
    readonly lengthKm: number;
    readonly detected: number;
    readonly interdicted: number;
    readonly kgSeized: number;
    readonly clashes: number;
    readonly lastClashTurn: number;
    readonly sensorDetection: number;
}

// BlueView
interface BlueView {
    readonly side: 'blue';
    readonly turn: number;
    readonly forces: readonly ForceState[];
    readonly sectors: readonly BlueSectorView[];
    readonly reports: readonly {
        readonly turn: number;
        readonly bySector: Readonly<Record<string, BlueReport>>;
    }[];
    readonly flags: readonly string[];
    readonly sovereignty: number;
    readonly control: Readonly<Record<string, string>>;
}

// BundledKind
type BundledKind = 'scenario' | 'policy';

// CalibrateOptions
interface CalibrateOptions {
    seed: number;
    waves?: number;
    points?: number;
    replications?: number;
    candidates?: number;
    cutoff?: number;
    hold?: readonly string[];
    workers?: number;
    turns?: number;
    onProgress?: (p: MonteCarloProgress) => void;
    signal?: AbortSignal;
}

// CalibratedRange
interface CalibratedRange {
    factor: string;
    inputs: {
        pointer: string;
        prior: [
            number,
            number
        ];
        nonImplausible: [
            number,
            number
        ];
    }[];
    widthShare: number;
    quantiles: [
        number,
        number
    ];
}

// Calibration
interface Calibration {
    scenario: {
        name: string;
    };
    seed: number;
    cutoff: number;
    replications: number;
    targets: MatchedTarget[];
    factors: InputFactor[];
    waves: CalibrationWave[];
    ruledOut: number;
    ranges: CalibratedRange[];
    runs: number;
}

// CalibrationWave
interface CalibrationWave {
    wave: number;
    points: number;
    ruledOut: number;
    runPointsNonImplausible: number;
    emulators: {
        target: string;
        r2: number;
        active: string[];
        emulator: Emulator;
        varModelRuns: number;
    }[];
}

// CompareOptions
interface CompareOptions extends UncertaintyOptions {
    policies: readonly Policy[];
    runs: number;
    seed: number;
    workers?: number;
    baseline?: string;
    turns?: number;
    onProgress?: (progress: MonteCarloProgress) => void;
    signal?: AbortSignal;
}

// Comparison
interface Comparison {
    manifest: ComparisonManifest;
    baseline: string;
    policies: {
        name: string;
        metrics: MetricTable<Summary>;
    }[];
    comparisons: PolicyComparison[];
    inputs?: InputFactor[];
}

// ComparisonOp
type ComparisonOp = (typeof COMPARISON_OPS)[number];

// CompiledScenario
interface CompiledScenario extends CompiledDynamics {
    readonly source: Scenario;
    readonly name: string;
    readonly startDay: number;
    readonly turnLengthDays: number;
    readonly turns: number;
    readonly sectors: readonly CompiledSector[];
    readonly sectorIndex: ReadonlyMap<string, number>;
    readonly actors: readonly CompiledActor[];
    readonly forces: readonly CompiledForce[];
    readonly places: ReadonlyMap<string, PlacePosition & {
        readonly roadSpeedKmPerHour: number;
    }>;
    readonly totalLengthKm: number;
    readonly detection: {
        readonly sweepWidthKm: number;
        readonly patrolSpeedKmPerHour: number;
        readonly exposureHours: number;
        readonly personnelPerPatrol: number;
        readonly sectorDepthKm: number;
        readonly dutyFraction: number;
        readonly searchMode: 'random' | 'exhaustive';
    };
    readonly season: {
        readonly winterClosedFactor: number;
    };
    readonly memoryWeight: number;
    readonly memoryDecay: number;
    readonly forceDynamics: {
        readonly fatigueRisePerWeek: number;
        readonly fatigueRecoveryPerWeek: number;
        readonly fatigueRisePerTurn: number;
        readonly fatigueRecoveryPerTurn: number;
        readonly rotation: FatigueRotation;
        readonly rotationMean: number;
        readonly readinessRatePerTurn: number;
        readonly movementHoursPerTurn: number;
        readonly roadSpeedKmPerHour: number;
    };
    readonly weeks: number;
    readonly response: {
        readonly respondersPerIncident: number;
        readonly localNoticeHours: number;
        readonly quickReactionRespondersPerIncident: number;
        readonly quickReactionReachKm: number;
    };
    readonly engagement: {
        readonly defenderFireRatePerHour: number;
        readonly defenderBreakpointFraction: number;
        readonly defenderPostureMultiplier: number;
    };
    readonly exerciseRangeKm: number;
    readonly assistance: {
        readonly sensorCap: number;
        readonly sensorGainPerWeek: number;
        readonly sensorGainPerTurn: number;
        readonly qualityCap: number;
        readonly qualityGainPerWeek: number;
        readonly qualityGainPerTurn: number;
        readonly sensorMean: number;
        readonly qualityMean: number;
        readonly usdPerSectorPerWeek: number;
    };
    readonly kinds: readonly CompiledKind[];
    readonly conflictWindowTurns: number;
}

// Condition
type Condition = {
    all: Condition[];
} | {
    any: Condition[];
} | {
    not: Condition;
} | {
    turn: Partial<Record<ComparisonOp, number>>;
} | {
    date: Partial<Record<ComparisonOp, string>>;
} | {
    month: Partial<Record<ComparisonOp, number>>;
} | {
    metric: ConditionMetric;
    window?: number;
    aggregate?: (typeof AGGREGATES)[number];
    op: ComparisonOp;
    value: number;
    sector?: string;
    kind?: ActorKind;
} | {
    flag: string;
} | {
    controlledBy: {
        province: string;
        is: string;
    };
} | {
    actor: string;
    property: (typeof ACTOR_PROPERTIES)[number];
    op: ComparisonOp;
    value: number;
} | {
    force: string;
    property: (typeof FORCE_PROPERTIES)[number];
    op: ComparisonOp;
    value: number;
} | {
    fired: string;
} | {
    drillActive: string;
};

// ConditionMetric
type ConditionMetric = (typeof CONDITION_METRICS)[number];

// ConvergencePoint
interface ConvergencePoint {
    adversary: string;
    stage: 'greedy' | 'search' | 'selection';
    level: number;
    step: number;
    evaluations: number;
    runs: number;
    sampleRuns: number;
    value: number;
}

// DeclarativePolicy
type DeclarativePolicy = Static<typeof PolicySchema>;

// DeclaredRange
interface DeclaredRange {
    pointer: string;
    min: number;
    max: number;
}

// DeepReadonly
type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? {
    readonly [K in keyof T]: DeepReadonly<T[K]>;
} : T;

// Drill
type Drill = Static<typeof DrillSchema>;

// Driver
interface Driver {
    name: string;
    firstOrder: number;
}

// EXPERIMENT_LIMITS
const EXPERIMENT_LIMITS: {
    readonly runs: 1000000000;
    readonly runsHeld: 1000000;
    readonly perTurnValues: 50000000;
    readonly workers: 256;
    readonly shards: 1000000;
    readonly designPoints: 100000;
    readonly levels: 1000;
    readonly policies: 1000;
};

// Emulator
interface Emulator {
    active: number[];
    beta: number[];
    cholesky: number[];
    residualVariance: number;
    structuralVariance: number;
    r2: number;
}

// EvaluationStore
interface EvaluationStore {
    get(key: string): ArrayLike<number> | undefined;
    set(key: string, values: Float64Array): void;
}

// EventAction
type EventAction = Static<typeof ActionSchema>;

// EventTrigger
type EventTrigger = Static<typeof Trigger>;

// ExperimentError
class ExperimentError extends Error {
    readonly name: string;
    readonly kind: ExperimentErrorKind;
    constructor(message: string, options?: ExperimentErrorOptions);
}

// ExperimentErrorKind
type ExperimentErrorKind = 'usage' | 'runtime';

// ExperimentErrorOptions
interface ExperimentErrorOptions {
    kind?: ExperimentErrorKind;
    cause?: unknown;
}

// FIXED_ADVERSARY
const FIXED_ADVERSARY: AdversaryModel;

// FLOW_METRICS
const FLOW_METRICS: readonly [
    "attempts",
    "detected",
    "interdicted",
    "apprehended",
    "turnedBack",
    "gotAway",
    "kgAttempted",
    "kgSeized",
    "kgThrough",
    "clashes",
    "breakthroughs",
    "repulses",
    "casualtiesForces",
    "casualtiesActors",
    "refugeesReceived",
    "refugeesTurnedBack"
];

// Finalist
interface Finalist {
    allocation: number[];
    origin: 'search' | 'greedy' | 'naive optimum' | 'visited';
    searchValue: number;
    selectionMean: number;
    selectionRuns: number;
    eliminatedAt: number | null;
}

// FlipRegion
interface FlipRegion {
    where: string;
    coverage: number;
    pBetter: number;
}

// FlowMetric
type FlowMetric = (typeof FLOW_METRICS)[number];

// Force
const Force: _sinclair_typebox.TObject<{
    id: _sinclair_typebox.TString;
    name: _sinclair_typebox.TString;
    side: _sinclair_typebox.TString;
    personnel: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    location: _sinclair_typebox.TString;
    role: _sinclair_typebox.TUnion<_sinclair_typebox.TLiteral<"patrol" | "quick-reaction" | "garrison" | "exercise" | "advisory">[]>;
    readiness: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    fatigue: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    quality: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    complicity: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    readinessTarget: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    quickReaction: _sinclair_typebox.TOptional<_sinclair_typebox.TBoolean>;
    noticeHours: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    moveTo: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    departDay: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    costPerPersonPerWeekUsd: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    sortieCostUsd: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    sovereigntyPerThousandPerWeek: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
}>;
type Force = Static<typeof Force>;

// ForceOverlay
type ForceOverlay = {
    id: string;
    name?: string | null;
    side?: string | null;
    personnel?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    location?: string | null;
    role?: RoleOverlay | null;
    readiness?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    fatigue?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    quality?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    complicity?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    readinessTarget?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    quickReaction?: boolean | null;
    noticeHours?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    moveTo?: string | null;
    departDay?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    costPerPersonPerWeekUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    sortieCostUsd?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    sovereigntyPerThousandPerWeek?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
};

// ForceRole
type ForceRole = (typeof FORCE_ROLES)[number];

// ForceSpec
interface ForceSpec {
    readonly name: string;
    readonly quickReaction: boolean;
    readonly noticeHours: number;
    readonly readinessTarget: number;
    readonly costPerPersonPerWeekUsd: number;
    readonly sortieCostUsd: number;
    readonly sovereigntyPerThousandPerWeek: number;
    readonly sovereigntyPerSortie: number;
}

// ForceState
interface ForceState {
    readonly id: string;
    readonly side: string;
    readonly personnel: number;
    readonly location: string;
    readonly role: ForceRole;
    readonly readiness: number;
    readonly fatigue: number;
    readonly quality: number;
    readonly complicity: number;
    readonly movingTo: string | null;
    readonly arrivesTurn: number;
    readonly casualties: number;
    readonly spec?: ForceSpec;
    readonly transferred?: number;
    readonly bought?: number;
}

// FunctionPolicy
interface FunctionPolicy {
    kind: 'function';
    name: string;
    decide: PolicyFunction;
    module?: string;
    exportName?: string;
}

// Game
interface Game {
    readonly scenario: CompiledScenario;
    readonly seed: number;
    readonly turns: number;
    readonly turn: number;
    readonly over: boolean;
    readonly players: Readonly<Record<Side, string>>;
    state(): SimState;
    hash(): string;
    view<S extends Side>(side: S): SideView<S>;
    pending(side: Side): readonly Order[];
    submit(side: Side, orders: readonly unknown[]): SubmitResult;
    withdraw(side: Side): void;
    advance(): PlayedTurn;
    history(): readonly PlayedTurn[];
    undo(): boolean;
    rewind(turn: number): void;
    record(): ReplayFile;
}

// GameOptions
interface GameOptions {
    readonly seed: number;
    readonly players?: Players;
    readonly turns?: number;
}

// HistoryEntry
interface HistoryEntry {
    readonly turn: number;
    readonly metrics: Readonly<Record<string, number>>;
    readonly byKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly bySector: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

// InputDistributionSpec
type InputDistributionSpec = 'uniform' | 'triangular' | 'normal' | 'lognormal' | 'beta' | {
    type: 'uniform';
} | {
    type: 'triangular';
    mode: number;
} | {
    type: 'normal';
    mean: number;
    sd: number;
} | {
    type: 'lognormal';
    median: number;
    sdLog: number;
} | {
    type: 'beta';
    alpha: number;
    beta: number;
};

// InputFactor
interface InputFactor {
    name: string;
    pointers: string[];
}

// KimNelsonOptions
interface KimNelsonOptions {
    alpha?: number;
    indifference: number;
    firstStage?: number;
    batch?: number;
    maxRuns?: number;
}

// KimNelsonResult
interface KimNelsonResult {
    best: number;
    means: number[];
    runs: number[];
    eliminatedAt: (number | null)[];
    certified: boolean;
    pcs: number;
    indifference: number;
    firstStage: number;
    batch: number;
    h2: number;
}

// KindMetricName
type KindMetricName = FlowMetric | 'effectiveness';

// KindMetrics
type KindMetrics = {
    readonly [K in KindMetricName]: number;
};

// LIMITS
const LIMITS: {
    readonly sectors: 20000;
    readonly forces: 20000;
    readonly entries: 20000;
    readonly actors: 1000;
    readonly turns: 5200;
    readonly count: 10000000;
    readonly attemptsPerWeek: 1000000;
    readonly lengthKm: 100000;
    readonly unitsInRun: 40000;
    readonly ordersPerTurn: 1000;
    readonly sectorActorPairs: 200000;
};

// LOGIT_DISPLACEMENT
const LOGIT_DISPLACEMENT: SidePolicy<'red'>;

// LOG_ENTRY_TYPES
const LOG_ENTRY_TYPES: readonly [
    "crossings",
    "clash",
    "clash-extrapolated",
    "move",
    "move-impossible",
    "arrive",
    "event",
    "rule",
    "order",
    "order-ignored",
    "order-rejected",
    "drill-start",
    "drill-stop",
    "drill-ignored",
    "actor-change",
    "control",
    "force-added",
    "force-removed",
    "parameter",
    "flag"
];

// LoadScenarioOptions
interface LoadScenarioOptions {
    allowExtendsOutside?: boolean;
}

// LogEntry
type LogEntry = {
    [T in LogEntryType]: LogEntryOf<T>;
}[LogEntryType];

// LogEntryOf
interface LogEntryOf<T extends LogEntryType> {
    readonly turn: number;
    readonly date: string;
    readonly type: T;
    readonly message: string;
    readonly sector?: string;
    readonly actor?: string;
    readonly data?: Readonly<Record<string, number | string>>;
}

// LogEntryType
type LogEntryType = (typeof LOG_ENTRY_TYPES)[number];

// Manifest
interface Manifest {
    format: typeof RUNS_FORMAT;
    formatVersion: number;
    engine: {
        name: 'frontier-sim';
        version: string;
    };
    scenario: {
        name: string;
        hash: string;
    };
    seed: number;
    runs: number;
    turns: number;
    policy: PolicyDescriptor;
    options: {
        until: PrecisionTarget[] | null;
        maxRuns: number | null;
        perTurn: string[];
    };
    shard?: Shard;
    uncertainty?: UncertaintyManifest;
}

// MatchedTarget
interface MatchedTarget {
    id: string;
    metric: string;
    per?: string;
    era: string;
    source: string;
    z: number;
    varObs: number;
    varDisc: number;
    withoutActors: string[];
}

// MergeOptions
interface MergeOptions {
    out?: string;
}

// MetricName
type MetricName = TurnMetricName | 'conflictShareMax' | `${ActorKind}.${KindMetricName}`;

// MetricTable
interface MetricTable<T> extends Readonly<Record<MetricName, T>> {
    readonly [name: string]: T;
}

// Metrics
type Metrics = Record<string, number>;

// MonteCarloOptions
interface MonteCarloOptions extends UncertaintyOptions {
    runs: number;
    seed: number;
    workers?: number;
    policy?: Policy;
    turns?: number;
    onProgress?: (progress: MonteCarloProgress) => void;
    signal?: AbortSignal;
    until?: string | readonly string[] | readonly PrecisionTarget[];
    maxRuns?: number;
    perTurn?: readonly string[];
    out?: string;
    resume?: boolean;
    shard?: Shard;
    onRun?: (run: RunOutput) => void;
}

// MonteCarloProgress
interface MonteCarloProgress {
    done: number;
    total: number;
    played: number;
}

// MonteCarloResult
interface MonteCarloResult {
    manifest: Manifest;
    runs: number;
    metrics: MetricTable<Summary>;
    perTurn?: Record<string, PerTurnSummary>;
    precision?: PrecisionOutcome;
    uncertainty?: Record<string, UncertaintySummary>;
}

// MorrisScreening
interface MorrisScreening {
    ranking: string[];
    effects: Omit<MorrisEffect, 'elementaryEffects'>[];
}

// OPPORTUNIST_ARMED_GROUP
const OPPORTUNIST_ARMED_GROUP: SidePolicy<'red'>;

// OptimizationManifest
interface OptimizationManifest {
    engine: {
        name: 'frontier-sim';
        version: string;
    };
    scenario: {
        name: string;
        hash: string;
    };
    seed: number;
    turns: number;
    objective: {
        label: string;
        sense: 'minimize' | 'maximize';
        terms: {
            metric: string;
            weight: number;
        }[];
    };
    policy: PolicyDescriptor;
    space: {
        side: string;
        levers: Lever[];
        caps: AllocationSpace['caps'];
        fill: boolean;
        lower: number[];
        upper: number[];
    };
    adversaries: {
        name: string;
        adapts: boolean;
    }[];
    search: Required<Pick<SearchOptions, 'runs' | 'levels' | 'maxIterations' | 'predicted' | 'random'>> & {
        step: number[];
    };
    selection: {
        finalists: number;
        alpha: number;
        indifference: number | null;
        firstStage: number;
        batch: number;
        maxRuns: number;
    };
    finalRuns: number;
}

// OptimizationResult
interface OptimizationResult {
    manifest: OptimizationManifest;
    sectors: SectorInfo[];
    coordinates: Coordinate[];
    allocations: Record<string, number[]>;
    extraSpendUsdPerYear: number;
    table: AllocationRow[];
    optima: AdversaryOptimum[];
    evaluation: AllocationEvaluation;
    robustness?: Robustness;
    comparison: Comparison;
    policies: OverlayPolicy[];
    convergence: ConvergencePoint[];
    counts: EvaluationCounts;
}

// OptimizeOptions
interface OptimizeOptions extends SpaceOptions {
    objective?: ObjectiveSpec;
    sense?: 'minimize' | 'maximize';
    seed: number;
    workers?: number;
    turns?: number;
    policy?: Policy;
    adversary?: AdversaryMode;
    adversaries?: {
        fixed?: AdversaryModel;
        adaptive?: AdversaryModel;
    };
    search?: SearchOptions;
    selection?: SelectionOptions;
    finalRuns?: number;
    store?: EvaluationStore;
    onProgress?: (p: OptimizeProgress) => void;
    signal?: AbortSignal;
}

// OptimizeProgress
interface OptimizeProgress {
    stage: string;
    done: number;
    total: number;
    played: number;
}

// Order
type Order = Static<typeof OrderSchema>;

// OrderIssue
interface OrderIssue {
    readonly index: number;
    readonly message: string;
}

// OrderType
type OrderType = Order['type'];

// OverlayPolicy
interface OverlayPolicy {
    kind?: 'overlay';
    name: string;
    overlay?: ScenarioOverlay;
}

// OverlayTypes
// = scenarioOverlay
namespace scenarioOverlay {
    export type { scenarioOverlay_Action as Action, scenarioOverlay_Action10 as Action10, scenarioOverlay_Action11 as Action11, scenarioOverlay_Action12 as Action12, scenarioOverlay_Action13 as Action13, scenarioOverlay_Action14 as Action14, scenarioOverlay_Action15 as Action15, scenarioOverlay_Action16 as Action16, scenarioOverlay_Action17 as Action17, scenarioOverlay_Action18 as Action18, scenarioOverlay_Action19 as Action19, scenarioOverlay_Action2 as Action2, scenarioOverlay_Action20 as Action20, scenarioOverlay_Action21 as Action21, scenarioOverlay_Action3 as Action3, scenarioOverlay_Action4 as Action4, scenarioOverlay_Action5 as Action5, scenarioOverlay_Action6 as Action6, scenarioOverlay_Action7 as Action7, scenarioOverlay_Action8 as Action8, scenarioOverlay_Action9 as Action9, scenarioOverlay_ActorOverlay as ActorOverlay, scenarioOverlay_ArmedGroupOverlay as ArmedGroupOverlay, scenarioOverlay_AssistanceOverlay as AssistanceOverlay, scenarioOverlay_AtOverlay as AtOverlay, scenarioOverlay_BaseOverlay as BaseOverlay, scenarioOverlay_BaseQuickReactionOverlay as BaseQuickReactionOverlay, scenarioOverlay_BlueOverlay as BlueOverlay, scenarioOverlay_BorderOverlay as BorderOverlay, scenarioOverlay_BorderOverlay2 as BorderOverlay2, scenarioOverlay_CalendarOverlay as CalendarOverlay, scenarioOverlay_Condition as Condition, scenarioOverlay_Condition10 as Condition10, scenarioOverlay_Condition2 as Condition2, scenarioOverlay_Condition3 as Condition3, scenarioOverlay_Condition4 as Condition4, scenarioOverlay_Condition5 as Condition5, scenarioOverlay_Condition6 as Condition6, scenarioOverlay_Condition7 as Condition7, scenarioOverlay_Condition8 as Condition8, scenarioOverlay_Condition9 as Condition9, scenarioOverlay_ConditionOverlay as ConditionOverlay, scenarioOverlay_ConditionOverlay10 as ConditionOverlay10, scenarioOverlay_ConditionOverlay2 as ConditionOverlay2, scenarioOverlay_ConditionOverlay3 as ConditionOverlay3, scenarioOverlay_ConditionOverlay4 as ConditionOverlay4, scenarioOverlay_ConditionOverlay5 as ConditionOverlay5, scenarioOverlay_ConditionOverlay6 as ConditionOverlay6, scenarioOverlay_ConditionOverlay7 as ConditionOverlay7, scenarioOverlay_ConditionOverlay8 as ConditionOverlay8, scenarioOverlay_ConditionOverlay9 as ConditionOverlay9, scenarioOverlay_ControlledBy as ControlledBy, scenarioOverlay_ControlledByOverlay as ControlledByOverlay, scenarioOverlay_CostsOverlay as CostsOverlay, scenarioOverlay_DateOverlay as DateOverlay, scenarioOverlay_DateValue as DateValue, scenarioOverlay_DetectionOverlay as DetectionOverlay, scenarioOverlay_DeterrenceOverlay as DeterrenceOverlay, scenarioOverlay_DisplacementOverlay as DisplacementOverlay, scenarioOverlay_DrillOverlay as DrillOverlay, scenarioOverlay_EngagementOverlay as EngagementOverlay, scenarioOverlay_EventOverlay as EventOverlay, scenarioOverlay_Force as Force, scenarioOverlay_ForceOverlay as ForceOverlay, scenarioOverlay_ForcesOverlay as ForcesOverlay, scenarioOverlay_GeographyOverlay as GeographyOverlay, scenarioOverlay_GeometryOverlay as GeometryOverlay, scenarioOverlay_GeometryOverlay2 as GeometryOverlay2, scenarioOverlay_InputDistribution as InputDistribution, scenarioOverlay_InputDistribution2 as InputDistribution2, scenarioOverlay_InputDistribution3 as InputDistribution3, scenarioOverlay_InputDistribution4 as InputDistribution4, scenarioOverlay_InputDistribution5 as InputDistribution5, scenarioOverlay_InputDistributionOverlay as InputDistributionOverlay, scenarioOverlay_InputDistributionOverlay2 as InputDistributionOverlay2, scenarioOverlay_InputDistributionOverlay3 as InputDistributionOverlay3, scenarioOverlay_InputDistributionOverlay4 as InputDistributionOverlay4, scenarioOverlay_InputDistributionOverlay5 as InputDistributionOverlay5, scenarioOverlay_InvitedGuardsOverlay as InvitedGuardsOverlay, scenarioOverlay_KindsOverlay as KindsOverlay, scenarioOverlay_LineOverlay as LineOverlay, scenarioOverlay_MetadataOverlay as MetadataOverlay, scenarioOverlay_Metric as Metric, scenarioOverlay_MetricsOverlay as MetricsOverlay, scenarioOverlay_Order as Order, scenarioOverlay_OrdersOverlay as OrdersOverlay, scenarioOverlay_OutlineOverlay as OutlineOverlay, scenarioOverlay_ParametersOverlay as ParametersOverlay, scenarioOverlay_PolicyOverlay as PolicyOverlay, scenarioOverlay_PostsOverlay as PostsOverlay, scenarioOverlay_PresenceOverlay as PresenceOverlay, scenarioOverlay_Property as Property, scenarioOverlay_ProvinceOverlay as ProvinceOverlay, scenarioOverlay_QuantityForm as QuantityForm, scenarioOverlay_QuantityForm2 as QuantityForm2, scenarioOverlay_QuantityFormOverlay as QuantityFormOverlay, scenarioOverlay_QuantityFormOverlay2 as QuantityFormOverlay2, scenarioOverlay_ReactionForceOverlay as ReactionForceOverlay, scenarioOverlay_ReallocationOverlay as ReallocationOverlay, scenarioOverlay_RedOverlay as RedOverlay, scenarioOverlay_RepeatOverlay as RepeatOverlay, scenarioOverlay_ResponseOverlay as ResponseOverlay, scenarioOverlay_RiverOverlay as RiverOverlay, scenarioOverlay_RoleOverlay as RoleOverlay, scenarioOverlay_RuleOverlay as RuleOverlay, scenarioOverlay_ScenarioOverlay as ScenarioOverlay, scenarioOverlay_SeasonOverlay as SeasonOverlay, scenarioOverlay_SeasonOverlay2 as SeasonOverlay2, scenarioOverlay_SectorOverlay as SectorOverlay, scenarioOverlay_SidesOverlay as SidesOverlay, scenarioOverlay_SourceOverlay as SourceOverlay, scenarioOverlay_TargetOverlay as TargetOverlay, scenarioOverlay_TerrainOverlay as TerrainOverlay, scenarioOverlay_TriggerOverlay as TriggerOverlay, scenarioOverlay_Turn as Turn, scenarioOverlay_TurnOverlay as TurnOverlay };
}

// POOL_IDLE_MS
const POOL_IDLE_MS = 30000;

// PairedComparison
interface PairedComparison {
    n: number;
    meanBaseline: number;
    meanPolicy: number;
    meanDifference: number;
    sdDifference: number;
    halfWidth: number;
    ci95: [
        number,
        number
    ];
    varianceBaseline: number;
    variancePolicy: number;
    varianceDifference: number;
    covariance: number;
    correlation: number;
    varianceRatio: number;
    varianceReduction: number;
}

// ParseScenarioOptions
interface ParseScenarioOptions extends LoadScenarioOptions {
    source?: string;
    baseDir?: string;
}

// PerTurnSummary
interface PerTurnSummary {
    mean: number[];
    p5: number[];
    p50: number[];
    p95: number[];
}

// PlayedTurn
interface PlayedTurn {
    readonly turn: number;
    readonly orders: SideOrders;
    readonly record: TurnRecord;
    readonly log: readonly LogEntry[];
    readonly hash: string;
}

// Player
type Player<S extends Side = Side> = 'person' | 'policy' | SidePolicy<S> | (S extends 'blue' ? DeclarativePolicy : never);

// Players
interface Players {
    readonly blue?: Player<'blue'>;
    readonly red?: Player<'red'>;
}

// Policy
type Policy = OverlayPolicy | FunctionPolicy;

// PolicyComparison
interface PolicyComparison {
    policy: string;
    metrics: MetricTable<PairedComparison>;
    uncertainty?: Record<string, RobustEffect>;
}

// PolicyContext
interface PolicyContext {
    readonly turn: number;
    readonly date: string;
    readonly month: number;
    readonly turnLengthDays: number;
    readonly ids: {
        readonly sectors: readonly string[];
        readonly actors: readonly string[];
        readonly forces: readonly string[];
        readonly provinces: readonly string[];
        readonly drills: readonly string[];
        readonly bases: readonly string[];
    };
    readonly sectorLengthKm: Readonly<Record<string, number>>;
    readonly recent: readonly HistoryEntry[];
}

// PolicyFile
interface PolicyFile {
    name: string;
    overlay: ScenarioOverlay;
    description?: string;
}

// PolicyFunction
type PolicyFunction = (view: PolicyView, ctx: PolicyContext) => readonly Order[] | undefined | void;

// PolicyRule
type PolicyRule = Static<typeof PolicyRuleSchema>;

// PolicyView
interface PolicyView {
    readonly turn: number;
    readonly sectors: readonly SectorState[];
    readonly forces: readonly ForceState[];
    readonly actors: readonly ActorState[];
    readonly world: WorldState;
}

// PrecisionOutcome
interface PrecisionOutcome {
    met: boolean;
    targets: PrecisionStatus[];
}

// Province
const Province: _sinclair_typebox.TObject<{
    id: _sinclair_typebox.TString;
    name: _sinclair_typebox.TString;
    country: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    controlledBy: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    at: _sinclair_typebox.TOptional<_sinclair_typebox.TObject<{
        lon: _sinclair_typebox.TNumber;
        lat: _sinclair_typebox.TNumber;
        source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    }>>;
}>;
type Province = Static<typeof Province>;

// QuantityValue
type QuantityValue = number | {
    value: number;
    source?: string;
    note?: string;
} | {
    min: number;
    max: number;
    value?: number;
    source?: string;
    note?: string;
    dist?: unknown;
    group?: string;
};

// RED_POLICIES
const RED_POLICIES: Readonly<Record<string, SidePolicy<'red'>>>;

// RedAccount
interface RedAccount {
    readonly spentUsd: number;
    readonly recruited: number;
}

// RedReport
interface RedReport {
    readonly attempts: number;
    readonly interdicted: number;
    readonly gotAway: number;
    readonly kgThrough: number;
    readonly kgSeized: number;
    readonly clashes: number;
    readonly breakthroughs: number;
    readonly repulses: number;
}

// RedSectorView
interface RedSectorView {
    readonly id: string;
    readonly lengthKm: number;
    readonly observedPersonnel: number;
    readonly observedUnits: number;
    readonly unitIds: readonly string[];
}

// RedView
interface RedView {
    readonly side: 'red';
    readonly turn: number;
    readonly actors: readonly (ActorState & {
        readonly kind: string;
    })[];
    readonly limits: {
        readonly maxSurge: number;
        readonly maxRouteWeight: number;
        readonly maxSplit: number;
        readonly maxComplicity: number;
        readonly maxStrengthRatio: number;
        readonly complicityCostUsd: number;
        readonly recruitCostUsd: number;
    };
    readonly means: {
        readonly budgetUsd: number;
        readonly spentUsd: number;
        readonly recruitPool: number;
        readonly recruited: number;
    };
    readonly bought: Readonly<Record<string, number>>;
    readonly sectors: readonly RedSectorView[];
    readonly reports: readonly {
        readonly turn: number;
        readonly bySector: Readonly<Record<string, RedReport>>;
    }[];
    readonly control: Readonly<Record<string, string>>;
}

// ReplayFile
interface ReplayFile {
    readonly format: 'frontier-sim-replay';
    readonly version: 1;
    readonly scenario: string;
    readonly scenarioHash: string;
    readonly seed: number;
    readonly players: {
        readonly blue: string;
        readonly red: string;
    };
    readonly policy?: DeclarativePolicy;
    readonly initialHash: string;
    readonly turns: readonly ReplayTurn[];
}

// ReplayOutcome
interface ReplayOutcome {
    readonly ok: boolean;
    readonly problems: readonly string[];
    readonly initialMatches: boolean;
    readonly turns: readonly ReplayedTurn[];
    readonly firstMismatch: number | null;
}

// ReplayTurn
interface ReplayTurn {
    readonly turn: number;
    readonly orders: {
        readonly blue: readonly Order[];
        readonly red: readonly Order[];
    };
    readonly hash: string;
}

// ReplayedTurn
interface ReplayedTurn {
    readonly turn: number;
    readonly orders: ReplayFile['turns'][number]['orders'];
    readonly record: TurnRecord;
    readonly log: readonly LogEntry[];
    readonly hash: string;
    readonly matches: boolean;
    readonly state: SimState;
}

// RobustEffect
interface RobustEffect extends UncertaintySummary {
    better: 'lower' | 'higher' | null;
    pBetter: number | null;
    drivers: Driver[];
    flips: FlipRegion[];
    sentences: string[];
}

// Robustness
interface Robustness {
    naive: number[];
    robust: number[];
    naiveMinusRobust: PairedComparison;
    loss: {
        mean: number;
        ci95: [
            number,
            number
        ];
    };
    promised: PairedComparison;
    delivered: PairedComparison;
}

// RunResult
interface RunResult {
    readonly seed: number;
    readonly scenario: string;
    readonly turns: readonly TurnRecord[];
    readonly totals: Totals;
    readonly finalState: SimState;
    readonly log: readonly LogEntry[];
    readonly hashes: readonly string[];
    readonly hash: string;
}

// RunsFileError
class RunsFileError extends ExperimentError {
    readonly name: string;
    noManifest: boolean;
}

// SIDES
const SIDES: readonly Side[];

// STATUS_QUO
const STATUS_QUO: OverlayPolicy;

// SaltelliDesign
interface SaltelliDesign {
    n: number;
    factors: number;
    points: number[][];
}

// Scenario
type Scenario = Static<typeof ScenarioSchema>;

// ScenarioError
class ScenarioError extends Error {
    readonly issues: ScenarioIssue[];
    constructor(issues: readonly ScenarioIssue[]);
    format(): string;
}

// ScenarioEvent
type ScenarioEvent = Static<typeof EventSchema>;

// ScenarioIssue
interface ScenarioIssue {
    file?: string;
    pointer: string;
    line?: number;
    column?: number;
    message: string;
}

// ScenarioOverlay
type ScenarioOverlay = {
    $schema?: string | null;
    extends?: string | null;
    metadata?: MetadataOverlay | null;
    calendar?: CalendarOverlay | null;
    provinces?: (ProvinceOverlay | {
        id: string;
        remove: true;
    })[] | null;
    terrains?: (TerrainOverlay | {
        id: string;
        remove: true;
    })[] | null;
    rivers?: (RiverOverlay | {
        id: string;
        remove: true;
    })[] | null;
    seasons?: (SeasonOverlay | {
        id: string;
        remove: true;
    })[] | null;
    bases?: (BaseOverlay | {
        id: string;
        remove: true;
    })[] | null;
    geography?: GeographyOverlay | null;
    sectors?: (SectorOverlay | {
        id: string;
        remove: true;
    })[] | null;
    forces?: (ForceOverlay | {
        id: string;
        remove: true;
    })[] | null;
    actors?: (ActorOverlay | {
        id: string;
        remove: true;
    })[] | null;
    parameters?: ParametersOverlay | null;
    events?: (EventOverlay | {
        id: string;
        remove: true;
    })[] | null;
    drills?: (DrillOverlay | {
        id: string;
        remove: true;
    })[] | null;
    policy?: PolicyOverlay | null;
    sides?: SidesOverlay | null;
    targets?: (TargetOverlay | {
        id: string;
        remove: true;
    })[] | null;
};

// ScenarioWarning
interface ScenarioWarning {
    readonly pointer: string;
    readonly message: string;
}

// SearchOptions
interface SearchOptions {
    runs?: number;
    levels?: number;
    greedySteps?: number;
    step?: {
        personnel?: number;
        posts?: number;
    };
    maxIterations?: number;
    predicted?: number;
    random?: number;
}

// Sector
const Sector: _sinclair_typebox.TObject<{
    id: _sinclair_typebox.TString;
    name: _sinclair_typebox.TString;
    lengthKm: _sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>;
    terrain: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    river: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
    provinceAcross: _sinclair_typebox.TString;
    depthKm: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    posts: _sinclair_typebox.TOptional<_sinclair_typebox.TObject<{
        count: _sinclair_typebox.TUnion<[
            _sinclair_typebox.TNumber,
            _sinclair_typebox.TObject<{
                source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                value: _sinclair_typebox.TNumber;
            }>,
            _sinclair_typebox.TObject<{
                dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
                group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                min: _sinclair_typebox.TNumber;
                max: _sinclair_typebox.TNumber;
                value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
            }>
        ]>;
        detectionRadiusKm: _sinclair_typebox.TUnion<[
            _sinclair_typebox.TNumber,
            _sinclair_typebox.TObject<{
                source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                value: _sinclair_typebox.TNumber;
            }>,
            _sinclair_typebox.TObject<{
                dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
                group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
                min: _sinclair_typebox.TNumber;
                max: _sinclair_typebox.TNumber;
                value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
            }>
        ]>;
    }>>;
    sensorDetection: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    roadSpeedKmPerHour: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    riverCrossabilityByMonth: _sinclair_typebox.TOptional<_sinclair_typebox.TArray<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>>;
    alongBorderKm: _sinclair_typebox.TOptional<_sinclair_typebox.TUnion<[
        _sinclair_typebox.TNumber,
        _sinclair_typebox.TObject<{
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            value: _sinclair_typebox.TNumber;
        }>,
        _sinclair_typebox.TObject<{
            dist: _sinclair_typebox.TOptional<_sinclair_typebox.TUnsafe<InputDistributionSpec>>;
            group: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            source: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            note: _sinclair_typebox.TOptional<_sinclair_typebox.TString>;
            min: _sinclair_typebox.TNumber;
            max: _sinclair_typebox.TNumber;
            value: _sinclair_typebox.TOptional<_sinclair_typebox.TNumber>;
        }>
    ]>>;
    line: _sinclair_typebox.TOptional<_sinclair_typebox.TObject<{
        fromKm: _sinclair_typebox.TNumber;
        toKm: _sinclair_typebox.TNumber;
    }>>;
}>;
type Sector = Static<typeof Sector>;

// SectorMetricName
type SectorMetricName = FlowMetric | 'effectiveness' | 'pDetect';

// SectorMetrics
type SectorMetrics = {
    readonly [K in SectorMetricName]: number;
};

// SectorOverlay
type SectorOverlay = {
    id: string;
    name?: string | null;
    lengthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    terrain?: string | null;
    river?: string | null;
    provinceAcross?: string | null;
    depthKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    posts?: PostsOverlay | null;
    sensorDetection?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    roadSpeedKmPerHour?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    riverCrossabilityByMonth?: (number | QuantityForm | QuantityForm2)[] | null;
    alongBorderKm?: number | QuantityFormOverlay | QuantityFormOverlay2 | null;
    line?: LineOverlay | null;
};

// SectorState
interface SectorState {
    readonly id: string;
    readonly attempts: number;
    readonly detected: number;
    readonly interdicted: number;
    readonly gotAway: number;
    readonly kgSeized: number;
    readonly kgThrough: number;
    readonly clashes: number;
    readonly lastClashTurn: number;
    readonly sensorDetection: number;
    readonly personnelArrived: number;
    readonly personnelDeparted: number;
    readonly personnelLost: number;
}

// SelectionOptions
interface SelectionOptions {
    finalists?: number;
    alpha?: number;
    indifference?: number;
    firstStage?: number;
    batch?: number;
    maxRuns?: number;
}

// SelectionOutcome
interface SelectionOutcome {
    method: 'kim-nelson';
    pcs: number;
    indifference: number;
    certified: boolean;
    firstStage: number;
    batch: number;
    finalists: Finalist[];
    chosen: number;
    seed: number;
}

// Shard
interface Shard {
    index: number;
    count: number;
}

// Side
type Side = 'blue' | 'red';

// SideContext
interface SideContext {
    readonly side: Side;
    readonly turn: number;
    readonly date: string;
    readonly month: number;
    readonly turnLengthDays: number;
    readonly sectors: readonly string[];
}

// SideOrders
interface SideOrders {
    readonly blue: readonly Order[];
    readonly red: readonly Order[];
}

// SidePolicy
interface SidePolicy<S extends Side = Side> {
    readonly name: string;
    decide(view: SideView<S>, ctx: SideContext): readonly Order[] | undefined | void;
}

// SideView
type SideView<S extends Side = Side> = S extends 'blue' ? BlueView : RedView;

// SimState
interface SimState {
    readonly turn: number;
    readonly sectors: readonly SectorState[];
    readonly forces: readonly ForceState[];
    readonly actors: readonly ActorState[];
    readonly world?: WorldState;
}

// SimulateOptions
interface SimulateOptions {
    seed: number;
    turns?: number;
    log?: boolean | 'events';
    detail?: boolean;
    hashes?: boolean;
    freeze?: boolean;
    policy?: PolicyFunction | {
        kind: 'function';
        name: string;
        decide: PolicyFunction;
    } | DeclarativePolicy;
}

// Simulation
interface Simulation {
    readonly scenario: CompiledScenario;
    readonly seed: number;
    initialState(): SimState;
    step(state: SimState, orders?: readonly Order[]): StepOutcome;
}

// SimulationOptions
interface SimulationOptions {
    readonly seed: number;
    readonly log?: boolean;
    readonly detail?: boolean;
    readonly freeze?: boolean;
    readonly policy?: {
        readonly name: string;
        readonly decide: PolicyFunction;
    };
}

// SobolAnalysis
interface SobolAnalysis {
    mean: number;
    variance: number;
    indices: SobolIndex[];
}

// SobolIndex
interface SobolIndex {
    first: number;
    firstCi95: [
        number,
        number
    ];
    firstSe: number;
    total: number;
    totalCi95: [
        number,
        number
    ];
    totalSe: number;
}

// SobolResult
interface SobolResult {
    mean: number;
    variance: number;
    indices: SobolIndex[];
    resamples: number;
}

// SobolSweepResult
interface SobolSweepResult {
    n: number;
    points: number;
    factors: InputFactor[];
    effectOf?: PolicyDescriptor;
    metrics: Record<string, SobolAnalysis>;
}

// SpaceOptions
interface SpaceOptions {
    extraPersonnel?: number;
    totalPersonnel?: number;
    extraPosts?: number;
    totalPosts?: number;
    budgetUsdPerYear?: number;
    postCostUsdPerYear?: number;
    postRadiusKm?: number;
    bounds?: {
        personnel?: Readonly<Record<string, LevelBounds>>;
        posts?: Readonly<Record<string, LevelBounds>>;
    };
    reallocate?: boolean;
    side?: string;
    fill?: boolean;
}

// StepOutcome
interface StepOutcome {
    readonly state: SimState;
    readonly record: TurnRecord;
    readonly log: readonly LogEntry[];
    readonly patches: readonly Patch[];
    readonly inversePatches: readonly Patch[];
}

// SubmitResult
type SubmitResult = {
    readonly ok: true;
    readonly pending: readonly Order[];
} | {
    readonly ok: false;
    readonly issues: readonly OrderIssue[];
};

// Summary
interface Summary {
    n: number;
    mean: number;
    sd: number;
    ci95: [
        number,
        number
    ];
    p5: number;
    p50: number;
    p95: number;
    min: number;
    max: number;
}

// SweepDesign
type SweepDesign = 'grid' | 'lhs' | 'morris' | 'sobol';

// SweepOptions
interface SweepOptions {
    parameters?: readonly (string | SweepParameter)[];
    fromRanges?: boolean;
    design: SweepDesign;
    points?: number;
    levels?: number;
    trajectories?: number;
    samples?: number;
    effectOf?: Policy;
    hold?: readonly string[];
    resamples?: number;
    runs: number;
    seed: number;
    workers?: number;
    turns?: number;
    policy?: Policy;
    metrics?: readonly string[];
    onProgress?: (progress: MonteCarloProgress) => void;
    signal?: AbortSignal;
}

// SweepParameter
interface SweepParameter {
    pointer: string;
    values?: readonly number[];
    min?: number;
    max?: number;
}

// SweepPoint
interface SweepPoint {
    index: number;
    values: Record<string, number>;
    metrics: Record<string, Summary>;
}

// SweepResult
interface SweepResult {
    manifest: {
        engine: {
            name: 'frontier-sim';
            version: string;
        };
        scenario: {
            name: string;
            hash: string;
        };
        seed: number;
        runs: number;
        turns: number;
        design: SweepDesign;
        policy: PolicyDescriptor;
    };
    parameters: SweptParameter[];
    points: SweepPoint[];
    morris?: Record<string, MorrisScreening>;
    sobol?: SobolSweepResult;
}

// TURN_METRICS
const TURN_METRICS: readonly [
    "quickReactionSorties",
    "cost",
    "sovereignty",
    "effectiveness",
    "conflictShare",
    "readiness",
    "personnel"
];

// Terrain
type Terrain = string;

// Totals
type Totals = {
    readonly [K in MetricName]: number;
};

// TurnMetricName
type TurnMetricName = FlowMetric | (typeof TURN_METRICS)[number];

// TurnMetrics
type TurnMetrics = {
    readonly [K in TurnMetricName]: number;
};

// TurnRecord
interface TurnRecord {
    readonly turn: number;
    readonly date: string;
    readonly metrics: TurnMetrics;
    readonly byKind: Readonly<Record<ActorKind, KindMetrics>>;
    readonly bySector: Readonly<Record<string, SectorMetrics>>;
}

// UncertaintyManifest
interface UncertaintyManifest {
    mode: 'ranges';
    design: 'lhs' | 'saltelli' | 'waves';
    points: number;
    replications: number;
    factors: number;
    hold: string[];
}

// UncertaintyOptions
interface UncertaintyOptions {
    uncertainty?: 'none' | 'ranges';
    replications?: number;
    hold?: readonly string[];
}

// UncertaintySummary
interface UncertaintySummary {
    n: number;
    points: number;
    replications: number;
    mean: number;
    ci95: [
        number,
        number
    ];
    p5: number;
    p50: number;
    p95: number;
    inputs: {
        p5: number;
        p50: number;
        p95: number;
    };
    variance: number;
    varianceInputs: number;
    varianceChance: number;
    inputShare: number;
    chanceHalfWidth: number;
    shareAbove: number;
    shareBelow: number;
}

// WaterFillingSector
interface WaterFillingSector {
    rate: number;
    coefficient: number;
}

// WorldState
interface WorldState {
    readonly flags: readonly string[];
    readonly control: Readonly<Record<string, string>>;
    readonly fired: Readonly<Record<string, {
        readonly count: number;
        readonly lastTurn: number;
    }>>;
    readonly drills: Readonly<Record<string, {
        readonly start: number;
        readonly end: number;
    }>>;
    readonly parameters: Readonly<Record<string, number | string>>;
    readonly assistance: AssistanceProgramme | null;
    readonly history: readonly HistoryEntry[];
    readonly sovereignty: number;
    readonly serial: number;
    readonly red?: RedAccount;
}

// allocationOverlay
function allocationOverlay(space: AllocationSpace, x: readonly number[]): {
    forces: ForceOverlay[];
    sectors?: SectorOverlay[];
};

// allocationSpace
function allocationSpace(scenario: Scenario, options: SpaceOptions): AllocationSpace;

// applyOverlay
function applyOverlay<T extends object>(base: T, overlay: object, options?: ApplyOverlayOptions): T;

// bundledNames
function bundledNames(kind: BundledKind): string[];

// calibrate
function calibrate(scenario: Scenario, options: CalibrateOptions): Promise<Calibration>;

// calibrationOverlay
function calibrationOverlay(scenario: Scenario, c: Calibration, extendsPath: string, minShrink?: number): Record<string, unknown>;

// closeWorkerPool
function closeWorkerPool(): Promise<void>;

// comparePolicies
function comparePolicies(scenario: Scenario, options: CompareOptions): Promise<Comparison>;

// compileScenario
function compileScenario(scenario: Scenario): CompiledScenario;

// createGame
function createGame(scenario: Scenario | CompiledScenario, options: GameOptions): Game;

// createSimulation
function createSimulation(scenario: CompiledScenario, options: SimulationOptions): Simulation;

// deriveSeed
function deriveSeed(rootSeed: number, index: number): number;

// expectedGotAways
function expectedGotAways(sectors: readonly WaterFillingSector[], q: number, x: readonly number[]): number;

// findRanges
function findRanges(scenario: object): DeclaredRange[];

// inspectRunsFile
function inspectRunsFile(path: string): RunsFileInfo;

// integerWaterFilling
function integerWaterFilling(sectors: readonly WaterFillingSector[], q: number, total: number, unit?: number): number[];

// kimNelson
function kimNelson(k: number, sample: (batch: number, systems: readonly number[]) => Promise<ArrayLike<number>[]>, o: KimNelsonOptions): Promise<KimNelsonResult>;

// loadPolicy
function loadPolicy(pathOrName: string): PolicyFile;

// loadPolicyFile
function loadPolicyFile(path: string): PolicyFile;

// loadScenario
function loadScenario(path: string, options?: LoadScenarioOptions): Scenario;

// mergeRunsFiles
function mergeRunsFiles(paths: readonly string[], options?: MergeOptions): MonteCarloResult;

// optimizationManifest
function optimizationManifest(scenario: Scenario, options: OptimizeOptions): OptimizationManifest;

// optimizeAllocation
function optimizeAllocation(scenario: Scenario, options: OptimizeOptions): Promise<OptimizationResult>;

// parseScenario
function parseScenario(input: string | object, options?: ParseScenarioOptions): Scenario;

// quantityValue
function quantityValue(q: QuantityValue): number;

// replay
function replay(file: unknown, scenario: Scenario | CompiledScenario): ReplayOutcome;

// replayFileProblems
function replayFileProblems(file: unknown): string[];

// runMonteCarlo
function runMonteCarlo(scenario: Scenario, options: MonteCarloOptions): Promise<MonteCarloResult>;

// saltelliDesign
function saltelliDesign(n: number, factors: number, seed: number | string): SaltelliDesign;

// scenarioHash
function scenarioHash(scenario: object): string;

// scenarioSchema
const scenarioSchema: Readonly<Record<string, unknown>>;

// scenarioWarnings
function scenarioWarnings(scenario: Scenario): ScenarioWarning[];

// sideOfOrder
function sideOfOrder(type: OrderType): Side;

// sidePolicyFunction
function sidePolicyFunction(sc: CompiledScenario, policies: {
    readonly blue?: SidePolicy<'blue'>;
    readonly red?: SidePolicy<'red'>;
}, given?: (side: Side, orders: readonly Order[]) => void): PolicyFunction;

// simulate
function simulate(scenario: Scenario | CompiledScenario, options: SimulateOptions): RunResult;

// sobolIndices
function sobolIndices(design: SaltelliDesign, y: ArrayLike<number>, options?: {
    resamples?: number;
    seed?: number | string;
}): SobolResult;

// sweep
function sweep(scenario: Scenario, options: SweepOptions): Promise<SweepResult>;

// varianceSplit
function varianceSplit(values: ArrayLike<number>, replications: number): UncertaintySummary;

// viewOf
function viewOf<S extends Side>(sc: CompiledScenario, state: Pick<SimState, 'turn' | 'sectors' | 'forces' | 'actors' | 'world'>, side: S): SideView<S>;

// waterFilling
function waterFilling(sectors: readonly WaterFillingSector[], q: number, total: number): WaterFillingOptimum;
