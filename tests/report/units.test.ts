import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { formatInterval, formatPercentChange, formatQuantity, humanNumber } from '../../src/report/units';

describe('numbers for people, with units', () => {
  test.each([
    [97437768, 'USD', {}, 'USD 97.4 M'],
    [134828070, 'USD', {}, 'USD 134.8 M'],
    [1.25e9, 'USD', {}, 'USD 1.25 bn'],
    [812345, 'USD', {}, 'USD 812.3 k'],
    [5123, 'USD', {}, 'USD 5,123'],
    [37390302, 'USD', { signed: true }, '+USD 37.4 M'],
    [-37390302, 'USD', { signed: true }, '-USD 37.4 M'],
    [0.0266, 'share', {}, '2.7 %'],
    [0.0189, 'share', { signed: true, difference: true }, '+1.9 pp'],
    [0.000576, 'share', { signed: true, difference: true }, '+0.058 pp'],
    [113667, 'kg', {}, '113.7 t'],
    [1755000, 'kg', {}, '1,755 t'],
    [534.4, 'kg', {}, '534 kg'],
    [-1755, 'kg', { signed: true }, '-1.75 t'],
    [0.77, 'index', {}, '0.77'],
    [270.6, 'points', {}, '270.6 pts'],
    [5033.2, 'count', {}, '5,033'],
    [137.33, 'count', {}, '137.3'],
    [0.02661, 'count', {}, '0.0266'],
    [0, 'count', {}, '0'],
    [3.67e-7, 'index', { signed: true }, '+0.000000367'],
  ] as const)('%d %s %j -> %s', (n, q, o, text) => {
    expect(formatQuantity(n, q, o)).toBe(text);
  });

  test('intervals: one scale for both ends, enough decimals to show their width', () => {
    expect(formatInterval('gotAway', -98.96, -96.19, { signed: true })).toBe('-99.0 to -96.2');
    expect(formatInterval('effectiveness', 0.0187, 0.019, { signed: true, difference: true })).toBe('+1.87 to +1.90 pp');
    expect(formatInterval('cost', 37387590, 37393013, { signed: true })).toBe('+USD 37.388 to +37.393 M');
    expect(formatInterval('kgThrough', -1790, -1719, { signed: true })).toBe('-1.79 to -1.72 t');
    expect(formatInterval('gotAway', 5025.2, 5041.9)).toBe('5,025 to 5,042');
    expect(formatInterval('clashes', 0, 0)).toBe('0 to 0');
  });

  test('% change: relative to the baseline, none from a baseline of 0', () => {
    expect(formatPercentChange(-97.57, 5033)).toBe('-1.9 %');
    expect(formatPercentChange(0.0189, 0.0266)).toBe('+71.1 %');
    expect(formatPercentChange(270.6, 0)).toBe('–');
  });

  fcTest.prop([fc.double({ min: -1e12, max: 1e12, noNaN: true })])('humanNumber reads back within its rounding', (n) => {
    const text = humanNumber(n);
    const back = Number(text.replace(/,/g, ''));
    expect(Number.isFinite(back)).toBe(true);
    const a = Math.abs(n);
    const tol = a >= 1000 ? 0.5 : a >= 100 ? 0.05 : a >= 1 ? 0.005 : Math.max(a * 0.005, 5e-13);
    expect(Math.abs(back - n)).toBeLessThanOrEqual(tol * 1.0001);
  });
});
