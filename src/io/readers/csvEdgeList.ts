/**
 * An edge list in CSV: a header with the columns `source` and `target` (any case, any order)
 * and optionally `weight` (a strength, like a frequency level: higher is stronger); other
 * columns are ignored. Node ids are the strings in the file, trimmed. Delimiter `,` or `;`
 * (detected); with `;` a weight may use a decimal comma. Edge ids are line numbers.
 */
import type { EdgeListInput } from '../../analysis/graph';
import { detectDelimiter, parseCsv } from './csv';
import { decodeText } from './text';
import type { EdgeListRead } from './types';

type Edge = EdgeListInput['edges'][number];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function readCsvEdgeList(bytes: Uint8Array): EdgeListRead {
  const { text, encoding } = decodeText(bytes);
  const notes: string[] = [];
  if (encoding === 'windows-1252') notes.push('The file is not UTF-8; read it as Windows-1252.');
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, error: 'the file is empty; it needs a header source,target' };

  const names = header.fields.map((f) => f.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  for (const [k, name] of names.entries()) {
    if (name !== '' && names.indexOf(name) !== k) {
      return fail(header.line, `the column "${name}" appears twice in the header`);
    }
  }
  const source = column('source');
  const target = column('target');
  const weight = column('weight');
  if (source < 0 || target < 0) {
    return fail(header.line, 'the header must name the columns source and target');
  }
  const ignored = names.filter((n) => !['source', 'target', 'weight'].includes(n) && n !== '');
  if (ignored.length > 0) notes.push(`Ignored columns: ${ignored.join(', ')}.`);

  const edges: Edge[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== names.length) {
      return fail(line, `${fields.length} fields where the header has ${names.length}`);
    }
    const from = fields[source]!.trim();
    const to = fields[target]!.trim();
    if (from === '' || to === '')
      return fail(line, `the ${from === '' ? 'source' : 'target'} is empty`);
    if (from === to) {
      return fail(line, `"${from}" is tied to itself; a tie needs two different actors`);
    }
    const raw = weight >= 0 ? fields[weight]!.trim() : '';
    let strength: number | null = null;
    if (raw !== '') {
      const plain = delimiter === ';' && !raw.includes('.') ? raw.replace(',', '.') : raw;
      strength = NUMBER.test(plain) ? Number(plain) : NaN;
      if (!(strength > 0) || !Number.isFinite(1 / strength) || !Number.isFinite(strength)) {
        return fail(line, `the weight "${raw}" must be a positive number`);
      }
    }
    edges.push({ id: String(line), source: from, target: to, weight: strength });
  }
  return { ok: true, graph: { edges }, notes };
}

function fail(line: number, message: string): EdgeListRead {
  return { ok: false, error: `line ${line}: ${message}` };
}
