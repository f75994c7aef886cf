/**
 * The border model's pure process functions, one process a file. Every function is a pure
 * function of (parameters, random draws); randomness enters only as uniforms or an `Rng`.
 *
 * @module
 */
export * from './probability';
export * from './detection';
export * from './poisson';
export * from './pressure';
export * from './displacement';
export * from './interdiction';
export * from './lanchester';
export * from './forces';
export * from './metrics';
export * from './geography';
export * from './response';
export * from './engagement';
export * from './cost';
export * from './crossings';
export * from './sector-detection';
export * from './time';
