// The public API of 'frontier-sim/kernel': 11 exports (scripts/api-report.mjs; do not edit).

// ConditionEnv
interface ConditionEnv {
    readonly turn: number;
    readonly date: string;
    readonly month: number;
    metric(name: ConditionMetric, window: number, aggregate: 'sum' | 'mean' | 'min' | 'max' | 'last', sector?: string, kind?: string): number;
    flag(id: string): boolean;
    controller(province: string): string | undefined;
    actor(id: string, property: 'strength' | 'intent' | 'casualties'): number | undefined;
    force(id: string, property: 'personnel' | 'readiness' | 'fatigue' | 'quality' | 'casualties'): number | undefined;
    fired(id: string): boolean;
    drillActive(id: string): boolean;
}

// ConditionResult
interface ConditionResult {
    readonly value: boolean;
    readonly cause: string;
    readonly data: Record<string, number | string>;
}

// RandomStreams
class RandomStreams {
    private readonly streams;
    private readonly list;
    constructor(seed: number, expectedStreams?: number);
    private currentSeed;
    get seed(): number;
    private readonly tables;
    at(key: string, turn: number, drawsPerTurn: number): Rng;
    child(key: string, turn: number): Rng;
    get drawn(): number;
}

// Rng
interface Rng {
    next(): number;
}

// StepContext
interface StepContext {
    readonly scenario: CompiledScenario;
    readonly streams: RandomStreams;
    readonly log: boolean;
    readonly detail: boolean;
    readonly battleKeys: string[][][];
    readonly sortieKeys: string[][];
    readonly forcesById: readonly number[];
    readonly policy?: {
        readonly name: string;
        readonly decide: PolicyFunction;
    };
    readonly variants: Map<string, CompiledScenario>;
    readonly freeze: boolean;
}

// StepOutcome
interface StepOutcome {
    readonly state: SimState;
    readonly record: TurnRecord;
    readonly log: readonly LogEntry[];
    readonly patches: readonly Patch[];
    readonly inversePatches: readonly Patch[];
}

// createRng
function createRng(seed: number | string): Rng;

// createStepContext
function createStepContext(scenario: CompiledScenario, streams: RandomStreams, options?: {
    log?: boolean;
    detail?: boolean;
    freeze?: boolean;
    policy?: {
        name: string;
        decide: PolicyFunction;
    };
    scratch?: TurnScratch;
}): StepContext;

// evaluateCondition
function evaluateCondition(c: Condition, env: ConditionEnv, data?: Record<string, number | string>): ConditionResult;

// initialState
function initialState(scenario: CompiledScenario, options?: {
    world?: boolean;
}): SimState;

// step
function step(state: SimState, ctx: StepContext, orders?: readonly Order[]): StepOutcome;
