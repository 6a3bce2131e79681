// CSV cells of the report: RFC 4180 quoting and formula injection defused in text only.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/report';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+32 9', "'+32 9"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=a,b', `"'=a,b"`],
  ])('text %j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers, booleans and null as they are', () => {
    expect([-0.5, 1e-7, 3, true, false, null].map(csvCell)).toEqual([
      '-0.5',
      '1e-7',
      '3',
      'true',
      'false',
      '',
    ]);
  });
});
