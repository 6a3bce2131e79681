// The strict RFC 4180 reader and the delimiter guess.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../src/io/readers';

const fields = (text: string, delimiter: ',' | ';' = ',') => {
  const result = parseCsv(text, delimiter);
  if (!result.ok) throw new Error(result.error);
  return result.records.map((r) => [r.line, ...r.fields]);
};

describe('parseCsv', () => {
  it('splits records on LF, CRLF and CR and skips empty lines', () => {
    expect(fields('a,b\r\nc,d\n\ne,f\rg,h')).toEqual([
      [1, 'a', 'b'],
      [2, 'c', 'd'],
      [4, 'e', 'f'],
      [5, 'g', 'h'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(fields('"a;1";"say ""hi"""\n"two\r\nlines";""\nx;y', ';')).toEqual([
      [1, 'a;1', 'say "hi"'],
      [2, 'two\nlines', ''],
      [4, 'x', 'y'],
    ]);
  });

  it('keeps empty fields, also at the end of a record', () => {
    expect(fields('a,,\n,b,')).toEqual([
      [1, 'a', '', ''],
      [2, '', 'b', ''],
    ]);
  });

  it('names the line of an unclosed quote, a stray quote and text after a closing quote', () => {
    expect(parseCsv('a,b\nc,"open\nmore', ',')).toEqual({
      ok: false,
      error: 'line 2: a quoted field is not closed',
    });
    expect(parseCsv('a,b\nc,d"e', ',')).toMatchObject({
      ok: false,
      error: /^line 2: a quote inside/,
    });
    expect(parseCsv('a\n"x"y,b', ',')).toMatchObject({
      ok: false,
      error: /^line 2: a closing quote/,
    });
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter of the header line, ignoring quoted text and later lines', () => {
    expect(detectDelimiter('source;target;weight\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('source,target\n;;;;')).toBe(',');
    expect(detectDelimiter('"a;b;c",target')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
    expect(detectDelimiter('source\ttarget\tnote, with; both')).toBe('\t');
  });
});
