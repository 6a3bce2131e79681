/** Shared by the GraphML and GEXF imports: bytes → XML tree, and small tree helpers. */
import { decodeText, type TextEncoding } from '../readers/text';
import { parseXml, type XmlElement } from '../readers/xml';
import { lineError } from '../report';
import type { ImportError } from '../types';

export type XmlInput =
  | { readonly ok: true; readonly root: XmlElement; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly error: ImportError };

export function readXml(bytes: Uint8Array): XmlInput {
  const { text, encoding } = decodeText(bytes);
  const xml = parseXml(text);
  if (xml.ok) return { ok: true, root: xml.root, encoding };
  const refused = /^line (\d+): files with a (\w+) declaration are refused$/.exec(xml.error);
  if (refused) {
    return {
      ok: false,
      error: {
        code: 'refused-declaration',
        params: { line: Number(refused[1]), declaration: refused[2]! },
      },
    };
  }
  return { ok: false, error: lineError('malformed-xml', xml.error) };
}

/** Thrown inside a reader to stop with an error; caught at the reader's edge. */
export class XmlImportError extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}

/** The attribute's value; a missing one (or an empty one unless `allowEmpty`) is an error. */
export function required(element: XmlElement, attribute: string, allowEmpty = false): string {
  const value = element.attributes.get(attribute);
  if (value === undefined || (value === '' && !allowEmpty)) {
    throw new XmlImportError({
      code: 'missing-attribute',
      params: { element: element.name, attribute, line: element.line },
    });
  }
  return value;
}

export const childrenNamed = (element: XmlElement, local: string): XmlElement[] =>
  element.children.filter((c) => c.local === local);

/** The first descendant with this local name, depth first (no recursion: files may nest deeply). */
export function findDescendant(element: XmlElement, local: string): XmlElement | null {
  const stack = [...element.children].reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.local === local) return next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return null;
}
