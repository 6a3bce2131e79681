/**
 * A small XML builder for GraphML and GEXF, chosen over DOM APIs + XMLSerializer because:
 * - the same code and the same bytes in the browser and in Node (the command line has no DOM,
 *   and @xmldom/xmldom serialises differently from browsers);
 * - XMLSerializer writes characters that XML 1.0 forbids (a label pasted with a control
 *   character) as they are, giving a file no reader accepts; this builder drops them;
 * - attribute values keep tabs and line breaks (&#9; &#10; &#13;), which a serializer may
 *   leave raw, and XML parsers turn into spaces.
 * Element and attribute names are the writers' own constants; every value is escaped here.
 */

/** Characters XML 1.0 does not allow, including unpaired surrogates. */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

export function stripForbiddenXmlCharacters(value: string): string {
  return value.replace(XML_FORBIDDEN, '');
}

export function escapeXmlText(value: string): string {
  return stripForbiddenXmlCharacters(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

export function escapeXmlAttribute(value: string): string {
  return stripForbiddenXmlCharacters(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

/** Writes indented XML; `leaf` elements hold text or nothing, `start`/`end` hold children. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private readonly open: string[] = [];

  start(name: string, attributes: XmlAttributes = {}): this {
    this.parts.push(`${this.indent()}<${name}${formatAttributes(attributes)}>\n`);
    this.open.push(name);
    return this;
  }

  leaf(name: string, attributes: XmlAttributes = {}, text?: string): this {
    const head = `${this.indent()}<${name}${formatAttributes(attributes)}`;
    this.parts.push(
      text === undefined ? `${head}/>\n` : `${head}>${escapeXmlText(text)}</${name}>\n`,
    );
    return this;
  }

  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter: end() without start()');
    this.parts.push(`${this.indent()}</${name}>\n`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: <${this.open.at(-1)}> is not closed`);
    return this.parts.join('');
  }

  private indent(): string {
    return '  '.repeat(this.open.length);
  }
}

function formatAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(String(value))}"`;
  }
  return out;
}
