/** Types of bench/synthetic.mjs (plain JavaScript so that the memory benchmarks run on plain node). */
export declare const SECTORS_PER_PROVINCE: number;
export declare const SECTORS_PER_BASE: number;
export declare function syntheticScenario(sectors: number, turns: number): Record<string, unknown>;
