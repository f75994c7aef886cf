/**
 * The CLI's shared argument checks, in-process (the CLI tests spawn the real command for each
 * command; here every form of bad input meets the shared helpers directly, quickly).
 */
import { writeFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integerFlag, OUTPUT_FLAGS, parseCommandArgs } from '../../src/cli/args';
import { UsageError } from '../../src/cli/usage-error';

function usageMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const message = (e as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  return expect.fail('expected a UsageError');
}

describe('integerFlag (--seed and other counts)', () => {
  it.each(['-1', '-0', '1.5', '1.0', '1e3', '0x10', '0b1', 'abc', '', ' 7', '7 ', '+7', '٣', 'Infinity', 'NaN'])('rejects %j', (text) => {
    expect(usageMessage(() => integerFlag('seed', text))).toContain('--seed');
  });

  it.each(['9007199254740992', '9007199254740993', '99999999999999999999999', '1' + '0'.repeat(400)])('rejects %s (above 2^53 - 1)', (text) => {
    expect(usageMessage(() => integerFlag('seed', text))).toContain(String(Number.MAX_SAFE_INTEGER));
  });

  it('accepts 0, leading zeros and 2^53 - 1; respects a smaller maximum', () => {
    expect(integerFlag('seed', '0')).toBe(0);
    expect(integerFlag('seed', '007')).toBe(7);
    expect(integerFlag('seed', String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(usageMessage(() => integerFlag('turns', '11', undefined, 10))).toContain('must be at most 10');
    expect(integerFlag('seed', undefined, 1)).toBe(1);
    expect(usageMessage(() => integerFlag('seed', undefined))).toContain('required');
  });
});

describe('parseCommandArgs', () => {
  const options = { seed: { type: 'string' }, out: { type: 'string' }, summary: { type: 'string' }, many: { type: 'string', multiple: true } } as const;

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['-Z'], /Unknown option '-Z'/],
    [['--seed'], /argument missing/],
    [['--help=yes'], /does not take an argument/],
  ])('%j: one line', (argv, pattern) => {
    expect(usageMessage(() => parseCommandArgs(argv, options))).toMatch(pattern);
  });

  it('takes a negative number after a flag as its value, for the flag to refuse plainly', () => {
    expect(parseCommandArgs(['--seed', '-1'], options).values).toEqual({ seed: '-1' });
    expect(usageMessage(() => integerFlag('seed', '-1'))).toBe(`--seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got '-1'`);
    // A flag without a value followed by an option is still an error.
    expect(usageMessage(() => parseCommandArgs(['--seed', '-Z'], options))).toMatch(/ambiguous/);
  });

  const dir = tempDir('fsim-args-');
  const file = join(dir, 'file.txt');
  writeFileSync(file, 'x');

  it.each([...OUTPUT_FLAGS])('output flag --%s: missing folder, through a file, a folder, empty', (flag) => {
    const opts = { [flag]: { type: 'string' } } as const;
    expect(usageMessage(() => parseCommandArgs([`--${flag}`, join(dir, 'missing', 'x.json')], opts))).toMatch(/folder .* does not exist/);
    expect(usageMessage(() => parseCommandArgs([`--${flag}`, join(file, 'x.json')], opts))).toMatch(/is not a folder/);
    expect(usageMessage(() => parseCommandArgs([`--${flag}`, dir], opts))).toMatch(/is a folder, not a file/);
    expect(usageMessage(() => parseCommandArgs([`--${flag}=`], opts))).toMatch(/needs a file name/);
    // A new file in an existing folder, or an existing file (overwritten atomically later), is fine.
    expect(parseCommandArgs([`--${flag}`, join(dir, 'new.json')], opts).values).toEqual({ [flag]: join(dir, 'new.json') });
    expect(parseCommandArgs([`--${flag}`, file], opts).values).toEqual({ [flag]: file });
  });

  it('--help skips the output checks; non-output flags are not checked as paths', () => {
    expect(parseCommandArgs(['--help', '--out', join(dir, 'missing', 'x')], options).values.help).toBe(true);
    expect(parseCommandArgs(['--many', join(dir, 'missing', 'x')], options).values.many).toEqual([join(dir, 'missing', 'x')]);
  });
});
