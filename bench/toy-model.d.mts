/** Types of bench/toy-model.mjs (plain JavaScript so that it runs on plain node). */
export interface ToyParameters {
  sectors: number;
  turns: number;
  lengthKm: number;
  depthKm: number;
  roadSpeedKmPerHour: number;
  personnel: Float64Array;
  readiness: number;
  quality: number;
  sweepWidthKm: number;
  patrolSpeedKmPerHour: number;
  exposureHours: number;
  personnelPerPatrol: number;
  dutyFraction: number;
  fatigueRisePerWeek: number;
  fatigueRecoveryPerWeek: number;
  respondersPerIncident: number;
  localNoticeHours: number;
  rates: number[];
  clearanceHours: number[];
}
export interface ToyTotals {
  attempts: number;
  detected: number;
  interdicted: number;
}
export interface ToyFigure {
  expected: number;
  meanA: number;
  meanB: number;
  zPair: number;
  zA: number;
  zB: number;
  ok: boolean;
}
export interface ToyAgreement {
  ok: boolean;
  zMax: number;
  runs: [number, number];
  figures: Record<keyof ToyTotals, ToyFigure>;
}
export declare const TOY_RATES: number[];
export declare const TOY_KINDS: string[];
export declare const TOY_CLEARANCE_HOURS: number[];
export declare const TOY_TURNS: number;
export declare function toyParameters(sectors: number): ToyParameters;
export declare function fatigueModel(p: ToyParameters): { settle: number; mean: number; next: (f: number) => number };
export declare function coveragePerCondition(p: ToyParameters, i: number): number;
export declare function reachChance(p: ToyParameters, i: number, k: number): number;
export declare function toyExpectation(p: ToyParameters): ToyTotals;
export declare function toyScenario(sectors: number): Record<string, unknown>;
export declare function toyAgreement(a: readonly ToyTotals[], b: readonly ToyTotals[], expected: ToyTotals, zMax?: number): ToyAgreement;
