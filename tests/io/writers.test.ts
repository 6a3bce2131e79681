// The writers' building blocks: XML escaping, CSV cells (quoting, formula injection, decimal
// commas), the shape of the CSV, GraphML and GEXF files, and file names.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, defuseFormula, quoteField, restoreFormula } from '../../src/io/csvCells';
import {
  actorsCsvText,
  exportCsvZip,
  gexfText,
  graphmlText,
  nativeText,
  tiesCsvText,
} from '../../src/io';
import { parseXml, type XmlElement } from '../../src/io/readers';
import { baseFileName } from '../../src/io/writers/files';
import { escapeXmlAttribute, escapeXmlText, XmlWriter } from '../../src/io/writers/xmlWriter';
import { loadSampleMap } from '../fixtures/samples';

const map = loadSampleMap('secondary-school');
const all = (root: XmlElement, local: string): XmlElement[] => {
  const out: XmlElement[] = [];
  const stack = [root];
  for (let e = stack.pop(); e; e = stack.pop()) {
    if (e.local === local) out.push(e);
    stack.push(...[...e.children].reverse());
  }
  return out;
};
const parsed = (text: string): XmlElement => {
  const xml = parseXml(text);
  if (!xml.ok) throw new Error(xml.error);
  return xml.root;
};

describe('XmlWriter', () => {
  it('escapes markup and quotes, keeps line breaks in attributes, drops forbidden characters', () => {
    const nasty = `<script>"a" & 'b'</script>\n\tx\r\u0000\u0007\uD800 😀`;
    expect(escapeXmlText('a<b>&c\r')).toBe('a&lt;b&gt;&amp;c&#13;');
    expect(escapeXmlAttribute(`"'\n\t`)).toBe('&quot;&apos;&#10;&#9;');
    const text = new XmlWriter().start('root', { a: nasty }).leaf('t', {}, nasty).end().toString();
    const root = parsed(text);
    const clean = ['\u0000', '\u0007', '\uD800'].reduce((t, c) => t.replace(c, ''), nasty);
    expect(root.attributes.get('a')).toBe(clean);
    expect(root.children[0]!.text).toBe(clean);
  });

  it('refuses to finish with an open element', () => {
    expect(() => new XmlWriter().start('a').toString()).toThrow(/<a> is not closed/);
  });
});

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-x', '@SUM(A1)', '\tx', '\rx', "'=quoted"])(
    'defuses %j and restores it',
    (text) => {
      expect(defuseFormula(text)).toBe(`'${text}`);
      expect(restoreFormula(defuseFormula(text))).toBe(text);
    },
  );

  it('leaves other text, numbers and booleans alone', () => {
    expect(defuseFormula("it's")).toBe("it's");
    expect(restoreFormula("'plain")).toBe("'plain");
    expect(csvCell(-3.5, ',')).toBe('-3.5');
    expect(csvCell(-3.5, ';')).toBe('-3,5');
    expect(csvCell(true, ';')).toBe('true');
    expect(csvCell(null, ',')).toBe('');
    expect(csvCell('-3.5', ',')).toBe("'-3.5");
  });

  it('quotes by RFC 4180', () => {
    expect(quoteField('a,b', ',')).toBe('"a,b"');
    expect(quoteField('a,b', ';')).toBe('a,b');
    expect(quoteField('a;b', ';')).toBe('"a;b"');
    expect(quoteField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines', ',')).toBe('"two\nlines"');
  });

  it('writes a BOM and CRLF line ends', () => {
    expect(csvText(['a', 'b'], [[1, 'x']], ';')).toBe('\uFEFFa;b\r\n1;x\r\n');
  });
});

describe('CSV export', () => {
  it('actors.csv has every actor field', () => {
    const [header] = actorsCsvText(map).slice(1).split('\r\n');
    expect(header).toBe('id,label,kind,type,position,triangleRole,resources,notes,x,y');
  });

  it('ties.csv starts with source,target and has motives both ways and every attribute', () => {
    const lines = tiesCsvText(map).slice(1).split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['source', 'target', 'id']);
    for (const m of map.codebook.motives) expect(header).toContain(`motives.${m.id}`);
    for (const a of map.codebook.tieAttributes) expect(header).toContain(a.id);
    expect(header).toEqual(expect.arrayContaining(['motives', 'frequency', 'quotes', 'weight']));
    // One row per tie; the 0/1 columns agree with the joined column.
    const tie = map.ties.find((t) => t.motives.length > 1)!;
    const row = lines.find((l) => l.split(',')[2] === tie.id)!.split(',');
    for (const m of map.codebook.motives) {
      expect(row[header.indexOf(`motives.${m.id}`)]).toBe(tie.motives.includes(m.id) ? '1' : '0');
    }
  });

  it('zips both files, the same bytes every time', () => {
    const zip = exportCsvZip(map, { delimiter: ';' });
    expect(zip.mime).toBe('application/zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'ties.csv']);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['ties.csv'])).toBe(
      tiesCsvText(map, ';'),
    );
    expect(exportCsvZip(map, { delimiter: ';' }).bytes).toEqual(zip.bytes);
  });
});

describe('GraphML export', () => {
  const root = parsed(graphmlText(map));

  it('declares typed keys named like the native fields', () => {
    const keys = new Map(all(root, 'key').map((k) => [k.attributes.get('attr.name'), k]));
    expect(keys.get('x')!.attributes.get('attr.type')).toBe('double');
    expect(keys.get('directed')!.attributes.get('attr.type')).toBe('boolean');
    expect(keys.get('schemaVersion')!.attributes.get('attr.type')).toBe('int');
    for (const name of ['label', 'kind', 'type', 'resources', 'motives', 'frequency', 'quotes']) {
      expect(keys.get(name)?.attributes.get('attr.type')).toBe('string');
    }
    const ids = all(root, 'key').map((k) => k.attributes.get('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every tie once, with a unique id and no per-edge directed attribute', () => {
    const edges = all(root, 'edge');
    expect(edges.map((e) => e.attributes.get('id'))).toEqual(map.ties.map((t) => t.id));
    expect(edges.every((e) => !e.attributes.has('directed'))).toBe(true);
    expect(all(root, 'graph')[0]!.attributes.get('edgedefault')).toBe('undirected');
  });
});

describe('GEXF export', () => {
  it.each([
    ['1.2draft', 'http://www.gexf.net/1.2draft'],
    ['1.3', 'http://gexf.net/1.3'],
  ] as const)('%s uses its namespace and writes no colours', (version, ns) => {
    const text = gexfText(map, { version });
    const root = parsed(text);
    expect(root.attributes.get('xmlns')).toBe(ns);
    expect(all(root, 'color')).toEqual([]);
    expect(all(root, 'position')).toHaveLength(Object.keys(map.positions).length);
    expect(all(root, 'edge')).toHaveLength(map.ties.length);
  });
});

describe('file names', () => {
  const named = (title: string) => baseFileName({ ...map, title });
  it.each([
    ['De Regenboog: kaart 1/2', 'De Regenboog- kaart 1-2'],
    ['  ..', 'partnermap'],
    ['CON', 'partnermap'],
    ['a\u0000b?*', 'a-b-'],
  ])('%j → %j', (title, name) => expect(named(title)).toBe(name));

  it('the native file is the envelope with the schema version', () => {
    expect(JSON.parse(nativeText(map))).toEqual({ format: 'partnermap', schemaVersion: 1, map });
  });
});
