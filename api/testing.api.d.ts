// The public API of 'frontier-sim/testing': 43 exports (scripts/api-report.mjs; do not edit).

// AppliedChange
interface AppliedChange {
    scenario: Scenario;
    description: string;
}

// Assumption
interface Assumption {
    readonly name: string;
    readonly options: AssumptionOptions;
    readonly arbitrary: fc.Arbitrary<AssumptionSample>;
    evaluate(sample: AssumptionSample): AssumptionOutcome;
    check(sample: AssumptionSample): void;
    predicate(sample: AssumptionSample): boolean;
    property(): fc.IProperty<[
        AssumptionSample
    ]>;
    assert(parameters?: fc.Parameters<[
        AssumptionSample
    ]>): AssumptionReport;
}

// AssumptionError
class AssumptionError extends Error {
    readonly outcome: AssumptionOutcome;
    readonly scenarioFile: string | undefined;
    readonly changedScenarioFile: string | undefined;
    readonly replay: {
        seed: number;
        path: string;
    } | undefined;
    readonly name = "AssumptionError";
    constructor(message: string, outcome: AssumptionOutcome, scenarioFile: string | undefined, changedScenarioFile: string | undefined, replay: {
        seed: number;
        path: string;
    } | undefined);
}

// AssumptionOptions
interface AssumptionOptions {
    name?: string;
    scenario: Scenario | object | Arb<Scenario | object>;
    change: Change | Arb<Change>;
    metric: Metric;
    relation: Relation;
    mode?: 'pathwise' | 'statistical';
    turns?: number;
    seed?: number | Arb<number>;
    tolerance?: number;
    runs?: number;
    rootSeed?: number;
    confidence?: number;
    test?: 't' | 'sign';
    fc?: fc.Parameters<[
        AssumptionSample
    ]>;
    counterexampleDir?: string;
}

// AssumptionOutcome
interface AssumptionOutcome {
    holds: boolean;
    mode: 'pathwise' | 'statistical';
    before?: Scenario;
    after?: Scenario;
    change: string;
    seed: number;
    turns: number;
    runs: number;
    values: ComparedValue[];
    error?: unknown;
}

// AssumptionReport
interface AssumptionReport {
    name: string;
    mode: 'pathwise' | 'statistical';
    numRuns: number;
    fcSeed: number | undefined;
}

// AssumptionSample
interface AssumptionSample {
    scenario: Scenario | object;
    change: Change;
    seed: number | undefined;
}

// BuiltInRelation
interface BuiltInRelation {
    readonly name: string;
    readonly mode: 'pathwise' | 'statistical' | 'pathwise+statistical';
    readonly description: string;
    check(scenario: Scenario | object, options?: RelationOptions): RelationResult;
    assert(scenario: Scenario | object, options?: RelationOptions): void;
}

// Change
type Change = OverlayPolicy | ParameterChange | ((scenario: Scenario) => Scenario | OverlayPolicy | ParameterChange | object);

// ComparedValue
interface ComparedValue {
    label: string;
    before: number;
    after: number;
    holds: boolean;
    test?: PairedTest;
}

// Metric
type Metric = string | {
    name: string;
    sector: string | number | 'each';
} | ((result: RunResult) => number | Readonly<Record<string, number>>);

// NumericLeaf
interface NumericLeaf {
    pointer: string;
    value: number;
    min: number;
    max: number;
    exclusiveMin: boolean;
    integer: boolean;
}

// PairedTest
interface PairedTest {
    test: 't' | 'sign';
    n: number;
    meanBefore: number;
    meanAfter: number;
    meanDifference: number;
    sdDifference: number;
    statistic: number;
    critical: number;
    pValue: number | undefined;
    alpha: number;
    holds: boolean;
    reason: string;
}

// ParameterChange
interface ParameterChange {
    pointer: string;
    value: unknown;
}

// PolicyArbitraryOptions
interface PolicyArbitraryOptions {
    kinds?: readonly PolicyKind[];
}

// PolicyKind
type PolicyKind = 'reinforce' | 'personnel' | 'sensor' | 'posts' | 'intent';

// Relation
type Relation = RelationName | ((before: number, after: number) => boolean);

// RelationName
type RelationName = '<=' | '>=' | '==' | '<' | '>';

// RelationOptions
interface RelationOptions {
    seed?: number;
    turns?: number;
    runs?: number;
    rootSeed?: number;
    confidence?: number;
    personnel?: number;
    sectors?: readonly string[];
}

// RelationResult
interface RelationResult {
    relation: string;
    holds: boolean;
    problems: string[];
    runs: number;
}

// ScenarioArbitraryOptions
interface ScenarioArbitraryOptions {
    sectors?: Size;
    forces?: Size;
    actors?: Size;
    bases?: Size;
    turns?: Size;
    kinds?: readonly ActorKind[];
    roles?: readonly ForceRole[];
    displacement?: boolean;
    uniformComplicity?: boolean;
    moves?: boolean;
    quantities?: boolean;
}

// ScenarioFunction
type ScenarioFunction<T> = ((scenario: Scenario) => T) & {
    readonly description: string;
};

// ScenarioSpec
interface ScenarioSpec {
    sectors: Of<typeof sectorSpec>[];
    bases: Of<typeof baseSpec>[];
    terrains: Of<typeof terrainSpec>[];
    seasons: Of<typeof seasonSpec>[];
    forces: Of<ReturnType<typeof forceSpec>>[];
    actors: Of<ReturnType<typeof actorSpec>>[];
    detection: Of<typeof detectionSpec>;
    month: number;
    turnLengthDays: number;
    turns: number;
    complicity: number;
    quantities: boolean[];
}

// Size
type Size = number | {
    min?: number;
    max?: number;
};

// applyChange
function applyChange(scenario: Scenario, change: Change): AppliedChange;

// arbitraries
const arbitraries: {
    seed: () => fc.Arbitrary<number>;
    scenario: (options?: ScenarioArbitraryOptions) => fc.Arbitrary<Scenario>;
    policy: {
        (scenario: Scenario, options?: PolicyArbitraryOptions): fc.Arbitrary<OverlayPolicy>;
        (scenario?: undefined, options?: PolicyArbitraryOptions): fc.Arbitrary<ScenarioFunction<OverlayPolicy>>;
    };
    parameterChange: {
        (scenario: Scenario): fc.Arbitrary<ParameterChange>;
        (scenario?: undefined): fc.Arbitrary<ScenarioFunction<ParameterChange>>;
    };
};

// binomialUpperTailHalf
function binomialUpperTailHalf(n: number, k: number): number;

// buildScenario
function buildScenario(spec: ScenarioSpec, options?: Pick<ScenarioArbitraryOptions, 'uniformComplicity'>): Scenario;

// checkAssumption
function checkAssumption(options: AssumptionOptions): AssumptionReport;

// checkConservation
function checkConservation(s: Scenario, r: RunResult, out: RelationResult): void;

// defineAssumption
function defineAssumption(options: AssumptionOptions): Assumption;

// describeChange
function describeChange(change: unknown): string;

// numericLeaves
function numericLeaves(scenario: Scenario): NumericLeaf[];

// pairedTest
function pairedTest(before: readonly number[], after: readonly number[], relation: RelationName, alpha: number, test: 't' | 'sign'): PairedTest;

// policyFromSpec
function policyFromSpec(scenario: Scenario, spec: PolicySpec): OverlayPolicy;

// reinforce
function reinforce(s: Scenario, sectorId: string, personnel: number): Scenario;

// relations
const relations: {
    reorder: BuiltInRelation;
    renameIds: BuiltInRelation;
    zeroPersonnelUnit: BuiltInRelation;
    sectorIsolation: BuiltInRelation;
    detectionMonotone: BuiltInRelation;
    conservation: BuiltInRelation;
    readonly all: readonly BuiltInRelation[];
};

// renameScenario
function renameScenario(s: Scenario, what: {
    sectors?: boolean;
    actors?: boolean;
    forces?: boolean;
    provinces?: boolean;
    bases?: boolean;
}): {
    scenario: Scenario;
    sectors: Map<string, string>;
};

// reorderScenario
function reorderScenario(s: Scenario): Scenario;

// scenarioSpec
function scenarioSpec(options?: ScenarioArbitraryOptions): fc.Arbitrary<ScenarioSpec>;

// summarizeScenario
function summarizeScenario(s: Scenario): string;

// withZeroPersonnelUnits
function withZeroPersonnelUnits(s: Scenario): Scenario;

// withoutFights
function withoutFights(s: Scenario, displacement: boolean): Scenario;
