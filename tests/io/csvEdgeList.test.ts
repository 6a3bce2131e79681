// CSV edge lists: header, delimiter, BOM, encodings, weights and line-numbered errors.
import { describe, expect, it } from 'vitest';
import { readCsvEdgeList } from '../../src/io/readers';
import { bytes, fixture } from './helpers';

describe('readCsvEdgeList', () => {
  it('reads a comma file: ids as written, weights, empty weight as none, extra column noted', () => {
    const result = readCsvEdgeList(fixture('edges.csv'));
    expect(result.ok && result.notes).toEqual(['Ignored columns: note.']);
    if (!result.ok) return;
    expect(result.graph.edges[0]).toEqual({ id: '2', source: 'school', target: 'clb', weight: 5 });
    expect(result.graph.edges.at(-1)).toEqual({
      id: '10',
      source: 'solo',
      target: 'school',
      weight: null,
    });
    expect(result.graph.edges).toHaveLength(9);
  });

  it('reads ";" with a BOM, CRLF, any header case and order, and decimal commas', () => {
    const result = readCsvEdgeList(fixture('edges-semicolon.csv'));
    if (!result.ok) throw new Error(result.error);
    expect(result.notes).toEqual([]);
    expect(result.graph.edges.slice(0, 2)).toEqual([
      { id: '2', source: 'school', target: 'clb', weight: 5 },
      { id: '3', source: 'school', target: 'bib', weight: 2.5 },
    ]);
  });

  it('reads Windows-1252 files and says so', () => {
    const result = readCsvEdgeList(fixture('edges-windows-1252.csv'));
    if (!result.ok) throw new Error(result.error);
    expect(result.notes).toEqual(['The file is not UTF-8; read it as Windows-1252.']);
    expect(result.graph.edges[0]).toMatchObject({ source: 'Café Sint-Jozef' });
    expect(result.graph.edges[1]).toMatchObject({ target: 'Paul Coëmans' });
  });

  it.each([
    ['', 'the file is empty; it needs a header source,target'],
    ['from,to\na,b', 'line 1: the header must name the columns source and target'],
    ['source,target,source\na,b,c', 'line 1: the column "source" appears twice in the header'],
    ['source,target\na,b\n\nc', 'line 4: 1 fields where the header has 2'],
    ['source,target\na, ', 'line 2: the target is empty'],
    ['source,target\n x ,x', 'line 2: "x" is tied to itself; a tie needs two different actors'],
    ['source,target,weight\na,b,0', 'line 2: the weight "0" must be a positive number'],
    ['source,target,weight\na,b,"1,5"', 'line 2: the weight "1,5" must be a positive number'],
    ['source,target,weight\na,b,1e400', 'line 2: the weight "1e400" must be a positive number'],
    ['source,target\na,"b', 'line 2: a quoted field is not closed'],
  ])('refuses %j', (text, error) => {
    expect(readCsvEdgeList(bytes(text))).toEqual({ ok: false, error });
  });

  it('names the line of a bad weight in the fixture', () => {
    expect(readCsvEdgeList(fixture('bad-line.csv'))).toEqual({
      ok: false,
      error: 'line 4: the weight "often" must be a positive number',
    });
  });
});
