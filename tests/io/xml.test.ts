// The strict XML reader behind the GraphML import.
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from '../../src/io/readers';

function root(text: string): XmlElement {
  const result = parseXml(text);
  if (!result.ok) throw new Error(result.error);
  return result.root;
}

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and references; skips comments and PIs', () => {
    const doc = root(
      '\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2" y=\'&lt;&#233;&#x20AC;\'>\n' +
        '  <b:c z="3"/>text &quot;q&quot;<![CDATA[<raw & ok>]]><d>inner</d>\n</a>\n',
    );
    expect(doc.name).toBe('a');
    expect(Object.fromEntries(doc.attributes)).toEqual({ x: '1 & 2', y: '<é€' });
    expect(doc.children.map((c) => [c.name, c.local, c.line])).toEqual([
      ['b:c', 'c', 4],
      ['d', 'd', 4],
    ]);
    expect(doc.text.trim()).toBe('text "q"<raw & ok>');
    expect(doc.children[1]!.text).toBe('inner');
  });

  it('normalises line ends and attribute whitespace as XML says; references keep theirs', () => {
    const xml = parseXml('<a x="1\r\n2\t3" y="1&#10;2&#9;3&#13;">one\r\ntwo\rthree&#13;</a>');
    if (!xml.ok) throw new Error(xml.error);
    expect(Object.fromEntries(xml.root.attributes)).toEqual({ x: '1 2 3', y: '1\n2\t3\r' });
    expect(xml.root.text).toBe('one\ntwo\nthree\r');
  });

  it.each([
    ['<!DOCTYPE a []><a/>', 'line 1: files with a DOCTYPE declaration are refused'],
    ['<a>\n<!ENTITY x "y"></a>', 'line 2: files with a ENTITY declaration are refused'],
    ['<a>\n<b></a>', 'line 2: </a> closes <b> (line 2)'],
    ['<a>\n<b>', 'line 2: <b> (line 2) is not closed'],
    ['<a/><b/>', 'line 1: a second root element'],
    ['text<a/>', 'line 1: text outside the root element'],
    ['<a x="1" x="2"/>', 'line 1: the attribute x appears twice in <a>'],
    ['<a x=1/>', 'line 1: the value of x must be in quotes'],
    ['<a x="<"/>', 'line 1: the value of x contains "<"'],
    ['<a>&nbsp;</a>', 'line 1: unknown entity &nbsp;'],
    ['<a>fish & chips</a>', 'line 1: "&" must start a reference such as &amp;'],
    ['<a>&#0;</a>', 'line 1: &#0; is not a character'],
    ['<a><!-- open </a>', 'line 1: a comment is not closed'],
    ['</a>', 'line 1: the end tag </a> has no start tag'],
    ['', 'line 1: there is no root element'],
  ])('refuses %j', (text, error) => {
    expect(parseXml(text)).toEqual({ ok: false, error });
  });
});
