/** Small, strict helpers for writing SVG as text. Every label passes through escapeXml. */

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF). One of them in a label would make the whole file unreadable, so it becomes U+FFFD.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A number for an attribute: at most 2 decimals, never NaN or Infinity. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** A colour for an attribute: a hex colour or 'none'; anything else falls back to grey. */
export function colour(value: string): string {
  return HEX_COLOUR.test(value) || value === 'none' ? value : '#9ca3af';
}

/** An element with attributes (escaped) and optional raw children (already SVG). */
export function element(
  name: string,
  attributes: Readonly<Record<string, string | number | null | undefined>>,
  children = '',
): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return children ? `${out}>${children}</${name}>` : `${out}/>`;
}
