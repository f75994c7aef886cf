import { describe, expect, test } from 'vitest';
import { formatNumber, renderTable } from '../../src/cli/table';

describe('tables for people', () => {
  test.each([
    [128037215.04, '128037215'],
    [1500.5, '1501'],
    [123.456, '123.5'],
    [12.3456, '12.35'],
    [0.123456, '0.123'],
    [42, '42'],
    [-2.5, '-2.50'],
    [Number.NaN, 'NaN'],
  ])('formatNumber(%d) = %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  test('numbers right-aligned, text left-aligned, a rule under the header', () => {
    const out = renderTable(['name', 'value'], [['a', 1], ['bbb', 1234.5]]);
    expect(out).toBe('name  value\n----  -----\na         1\nbbb    1235\n');
  });
});
