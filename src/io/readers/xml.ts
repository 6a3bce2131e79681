/**
 * A small, strict XML reader for data files (GraphML): elements, attributes, text, CDATA,
 * comments and processing instructions; the five predefined entities and character references.
 * It refuses any DOCTYPE or ENTITY declaration (entity expansion attacks, external entities)
 * and any malformed markup, with the line of the problem. It is used instead of DOMParser so the
 * same code runs in Node (the command line) and in the browser; a DOMParser would also need a
 * check for the `<parsererror>` document it returns instead of failing.
 */
export interface XmlElement {
  /** The qualified name as written (`y:ShapeNode`). */
  readonly name: string;
  /** The name without its namespace prefix (`ShapeNode`). */
  readonly local: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  readonly text: string;
  readonly line: number;
}

export type XmlResult =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly error: string };

interface OpenElement {
  name: string;
  local: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const NAME = /[A-Za-z_:\u00C0-\uFFEF][\w.:\-\u00B7\u00C0-\uFFEF]*/y;
const SPACE = /\s*/y;
const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

class XmlError extends Error {}

export function parseXml(source: string): XmlResult {
  // XML's end-of-line handling: CRLF and lone CR read as LF (a &#13; reference stays a CR).
  const text = (source.startsWith('\uFEFF') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    return {
      ok: false,
      error: `line ${lineFinder(text)(declaration.index)}: files with a ${declaration[1]!.toUpperCase()} declaration are refused`,
    };
  }
  try {
    return { ok: true, root: parse(text) };
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Index → line number, by binary search over where the lines start. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function parse(text: string): XmlElement {
  const lineAt = lineFinder(text);
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new XmlError(`line ${lineAt(at)}: ${message}`);
  };
  const skipTo = (end: string, what: string): string => {
    const close = text.indexOf(end, i);
    if (close < 0) fail(`${what} is not closed`);
    const inner = text.slice(i, close);
    i = close + end.length;
    return inner;
  };
  const readName = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (!match) return fail('a name was expected');
    i += match[0].length;
    return match[0];
  };
  const skipSpace = () => {
    SPACE.lastIndex = i;
    i += SPACE.exec(text)![0].length;
  };
  const addText = (chunk: string, at: number) => {
    const top = stack.at(-1);
    if (top) top.text += chunk;
    else if (chunk.trim() !== '') fail('text outside the root element', at);
  };

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) {
      addText(
        decode(text.slice(i, end), (m) => fail(m)),
        i,
      );
      i = end;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i += 4;
      skipTo('-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', i)) {
      const at = i;
      i += 9;
      addText(skipTo(']]>', 'a CDATA section'), at);
    } else if (text.startsWith('<?', i)) {
      i += 2;
      skipTo('?>', 'a processing instruction');
    } else if (text.startsWith('<!', i)) {
      fail('unexpected markup declaration');
    } else if (text.startsWith('</', i)) {
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== '>') fail(`the end tag </${name}> is malformed`);
      i++;
      const open = stack.pop();
      if (!open) return fail(`the end tag </${name}> has no start tag`);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> (line ${open.line})`);
      const element: XmlElement = open;
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else root = element;
    } else {
      if (root !== null) fail('a second root element');
      const line = lineAt(i);
      i++;
      const name = readName();
      const attributes = new Map<string, string>();
      for (;;) {
        const before = i;
        skipSpace();
        if (text.startsWith('/>', i) || text[i] === '>') break;
        if (i === before) fail(`a space is needed between the attributes of <${name}>`);
        const key = readName();
        skipSpace();
        if (text[i] !== '=') fail(`the attribute ${key} of <${name}> has no value`);
        i++;
        skipSpace();
        const quote = text[i];
        if (quote !== '"' && quote !== "'") fail(`the value of ${key} must be in quotes`);
        i++;
        const raw = skipTo(quote!, `the value of ${key}`);
        if (raw.includes('<')) fail(`the value of ${key} contains "<"`);
        if (attributes.has(key)) fail(`the attribute ${key} appears twice in <${name}>`);
        // Attribute-value normalisation: literal tabs and line breaks read as spaces,
        // character references (&#10;) keep theirs.
        attributes.set(
          key,
          decode(raw.replace(/[\t\n]/g, ' '), (m) => fail(m)),
        );
      }
      const local = name.slice(name.indexOf(':') + 1);
      const element: OpenElement = { name, local, attributes, children: [], text: '', line };
      if (text[i] === '/') {
        i += 2;
        if (stack.length > 0) stack.at(-1)!.children.push(element);
        else root = element;
      } else {
        i++;
        stack.push(element);
      }
    }
  }
  const unclosed = stack.at(-1);
  if (unclosed) fail(`<${unclosed.name}> (line ${unclosed.line}) is not closed`, text.length);
  if (!root) fail('there is no root element', text.length);
  return root!;
}

/** Decodes entity and character references; anything else after `&` is an error. */
function decode(raw: string, fail: (message: string) => never): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,32});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) return fail(`"&" must start a reference such as &amp;`);
    if (Object.hasOwn(ENTITIES, ref)) return ENTITIES[ref]!;
    const code = /^#x[0-9a-f]+$/i.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]+$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (Number.isNaN(code)) return fail(`unknown entity &${ref};`);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      return fail(`&${ref}; is not a character`);
    }
    return String.fromCodePoint(code);
  });
}
