import { describe, expect, test } from 'vitest';
import { formatNumber, renderTable } from '../../src/cli/table';

describe('tables for people', () => {
  test.each([
    [128037215.04, '128,037,215'],
    [1500.5, '1,501'],
    [123.456, '123.5'],
    [12.3456, '12.35'],
    [0.123456, '0.123'],
    [42, '42'],
    [-2.5, '-2.5'],
    [0, '0'],
    [Number.NaN, '–'],
  ])('formatNumber(%d) = %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  test('numbers right-aligned, text left-aligned, a rule under the header', () => {
    const out = renderTable(
      ['name', 'value'],
      [
        ['a', 1],
        ['bbb', 1234.5],
      ],
    );
    expect(out).toBe('name  value\n----  -----\na         1\nbbb   1,235\n');
  });

  test('numbers written with their units are right-aligned too; words are not', () => {
    const out = renderTable(
      ['metric', 'mean', 'note'],
      [
        ['cost', 'USD 97.4 M', 'x'],
        ['effectiveness', '2.7 %', 'longer'],
        ['kgThrough', '113.7 t', 'y'],
        ['gotAway', '-97.6 (n.s.)', 'z'],
      ],
    );
    const lines = out.split('\n');
    expect(lines[2]).toBe('cost             USD 97.4 M  x');
    expect(lines[3]).toBe('effectiveness         2.7 %  longer');
    expect(lines[5]).toBe('gotAway        -97.6 (n.s.)  z');
  });
});
