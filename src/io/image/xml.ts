/** Small, strict helpers for writing SVG as text. Every label passes through escapeXml. */
import { escapeXmlAttribute, XML_FORBIDDEN } from '../writers/xmlWriter';

/**
 * Text safe inside an element or a quoted attribute. A character XML 1.0 forbids would make the
 * whole file unreadable, so it becomes U+FFFD (visible, unlike the data writers' silent drop).
 */
export function escapeXml(text: string): string {
  return escapeXmlAttribute(text.replace(XML_FORBIDDEN, '\uFFFD'));
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
